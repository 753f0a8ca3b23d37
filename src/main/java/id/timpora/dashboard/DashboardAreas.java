package id.timpora.dashboard;

import id.timpora.account.CurrentUser;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.JurisdictionService;
import id.timpora.common.NotFoundException;
import id.timpora.region.Region;
import id.timpora.region.RegionCodes;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns "this user, this region" into the area the dashboard counts, refusing regions outside the jurisdiction. */
@Component
public class DashboardAreas {

    private final JurisdictionService jurisdictions;
    private final RegionService regions;

    DashboardAreas(JurisdictionService jurisdictions, RegionService regions) {
        this.jurisdictions = jurisdictions;
        this.regions = regions;
    }

    /**
     * The user's whole jurisdiction, or the part of it inside the given region (a province, kabupaten/kota or
     * kecamatan). A region the jurisdiction does not reach is "not found", like any record outside it.
     *
     * @param regionCode null or blank for the whole jurisdiction
     * @throws NotFoundException for an unknown region, a village, or one outside the jurisdiction
     */
    public DashboardArea resolve(CurrentUser user, String regionCode) {
        Jurisdiction jurisdiction = jurisdictions.ofAgency(user.agencyId());
        ReportScope scope = ReportScope.of(jurisdiction);
        List<String> own = outermost(jurisdiction.regionCodes());
        if (regionCode == null || regionCode.isBlank()) {
            return new DashboardArea(scope, jurisdiction.national(), own, null, List.of(), own);
        }
        String code = regionCode.trim();
        if (!RegionCodes.isValid(code)
                || code.length() > RegionLevel.KECAMATAN.codeLength()
                || jurisdiction.isEmpty()) {
            throw new NotFoundException();
        }
        List<String> codes;
        if (jurisdiction.covers(code)) {
            codes = List.of(code);
        } else {
            codes = own.stream()
                    .filter(inner -> RegionCodes.isWithin(inner, code))
                    .toList();
            if (codes.isEmpty()) {
                throw new NotFoundException();
            }
        }
        List<Region> path = regions.path(code);
        if (path.isEmpty()) {
            throw new NotFoundException();
        }
        return new DashboardArea(scope, false, codes, path.get(path.size() - 1), path, own);
    }

    /**
     * The regions one level into the area, for drilling down: the provinces for a national user, the kabupaten/kota of
     * a province, the kecamatan of a kabupaten/kota, nothing below a kecamatan. An area made of several regions (a
     * Kantor Imigrasi's kabupaten) offers those regions.
     */
    public List<Region> childrenOf(DashboardArea area) {
        if (area.everything()) {
            return regions.provinces();
        }
        List<String> codes = area.codes();
        if (codes.size() != 1) {
            return regions.findAll(codes);
        }
        String only = codes.get(0);
        boolean wholeSelection =
                area.selected() == null || area.selected().code().equals(only);
        if (!wholeSelection) {
            return regions.findAll(codes);
        }
        return only.length() >= RegionLevel.KECAMATAN.codeLength() ? List.of() : regions.children(only);
    }

    /**
     * The names of the regions the area covers ("Kabupaten Kapuas Hulu", or several for an office covering more), for
     * headings; empty for all of Indonesia.
     */
    public List<String> namesOf(DashboardArea area) {
        if (area.selected() != null) {
            return List.of(area.selected().designatedName());
        }
        if (area.everything()) {
            return List.of();
        }
        return regions.findAll(area.codes()).stream()
                .map(Region::designatedName)
                .toList();
    }

    /** The codes with every code inside another one left out, in code order. */
    static List<String> outermost(Collection<String> codes) {
        List<String> result = new ArrayList<>();
        for (String code : codes.stream().sorted().toList()) {
            if (!RegionCodes.isWithinAny(code, result)) {
                result.add(code);
            }
        }
        return result;
    }
}
