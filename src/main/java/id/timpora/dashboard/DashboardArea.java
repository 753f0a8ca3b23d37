package id.timpora.dashboard;

import id.timpora.region.Region;
import id.timpora.report.ReportScope;
import java.util.List;

/**
 * What the dashboard counts: the user's jurisdiction, narrowed to the region they drilled into.
 *
 * @param scope the user's jurisdiction, against which every region a direct query counts is checked once more
 * @param everything a national user with no region chosen: every report
 * @param codes otherwise the regions counted (provinces, kabupaten/kota or kecamatan), none inside another; empty
 *     for a user without jurisdiction
 * @param selected the region chosen, or null for the whole jurisdiction
 * @param path the chosen region's ancestors and itself, province first (empty when none is chosen)
 * @param jurisdiction the jurisdiction's own regions, none inside another (empty for a national user)
 */
public record DashboardArea(
        ReportScope scope,
        boolean everything,
        List<String> codes,
        Region selected,
        List<Region> path,
        List<String> jurisdiction) {

    public DashboardArea {
        codes = List.copyOf(codes);
        path = List.copyOf(path);
        jurisdiction = List.copyOf(jurisdiction);
    }

    public boolean isEmpty() {
        return !everything && codes.isEmpty();
    }

    /** The code of the chosen region, for links that keep it; null for the whole jurisdiction. */
    public String regionCode() {
        return selected == null ? null : selected.code();
    }

    /**
     * Whether a kecamatan is among the regions counted. The rollups stop at kabupaten/kota, so such an area is counted
     * from the reports themselves: a kecamatan holds few of them.
     */
    boolean countedDirectly() {
        return !everything && codes.stream().anyMatch(code -> code.length() > 5);
    }
}
