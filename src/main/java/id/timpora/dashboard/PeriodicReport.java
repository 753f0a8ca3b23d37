package id.timpora.dashboard;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.TimeZones;
import id.timpora.infrastructure.pdf.PdfDocuments;
import id.timpora.intake.Triage;
import id.timpora.report.Countries;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The periodic report "Laporan Pengawasan Orang Asing": the dashboard's figures for a period and region as a PDF to
 * hand out at a coordination meeting. Every download is audited with its period and region.
 */
@Service
public class PeriodicReport {

    static final String AUDIT_TARGET = "DASHBOARD_REPORT";
    static final int MEETINGS_LISTED = 10;
    /** Desa or kabupaten/kota listed in the public and village reports' section, most first. */
    static final int SOURCE_ROWS_LISTED = 50;
    /** Wide enough to stay sharp across the A4 page's text width (178 mm) when printed. */
    static final int MAP_WIDTH_PX = 1400;

    private final DashboardQueries queries;
    private final DashboardAreas areas;
    private final PdfDocuments pdf;
    private final Countries countries;
    private final MeetingDigest meetings;
    private final DashboardMap maps;
    private final MapPicture mapPicture;
    private final AuditLog audit;
    private final Clock clock;
    private final SourceCounts sourceCounts;
    private final Triage triage;

    PeriodicReport(
            DashboardQueries queries,
            DashboardAreas areas,
            PdfDocuments pdf,
            Countries countries,
            MeetingDigest meetings,
            DashboardMap maps,
            MapPicture mapPicture,
            AuditLog audit,
            Clock clock,
            SourceCounts sourceCounts,
            Triage triage) {
        this.queries = queries;
        this.areas = areas;
        this.pdf = pdf;
        this.countries = countries;
        this.meetings = meetings;
        this.maps = maps;
        this.mapPicture = mapPicture;
        this.audit = audit;
        this.clock = clock;
        this.sourceCounts = sourceCounts;
        this.triage = triage;
    }

    /** Writes the PDF of the area and period, as the user may see them, to {@code out}. */
    public void write(CurrentUser user, DashboardArea area, DashboardPeriod period, Locale locale, OutputStream out) {
        Map<String, Object> model = new HashMap<>();
        model.put("period", period);
        model.put("areaNames", areas.namesOf(area));
        model.put("figures", queries.figures(area, period));
        List<AreaCount> breakdown = queries.breakdown(areas.childrenOf(area), area, period);
        model.put("breakdown", breakdown);
        model.put(
                "largestBreakdown",
                breakdown.stream().mapToLong(AreaCount::count).max().orElse(0));
        model.put("countries", countries);
        // The choropleth the dashboard shows, drawn into the PDF (not only its credit line).
        MapView map = maps.map(area, period);
        model.put(
                "mapImage",
                mapPicture
                        .png(map, MAP_WIDTH_PX)
                        .map(png ->
                                "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                        .orElse(null));
        model.put("mapLegend", mapPicture.legend(map));
        // public and village reports (#14): per desa for a kabupaten, else per kabupaten/kota
        model.put("sourceGrouping", SourceCounts.groupingOf(area));
        model.put("showPublicCounts", triage.mayTriage(user));
        model.put(
                "sourceCounts",
                sourceCounts.of(
                        area,
                        triage.scope(user),
                        period.from().atStartOfDay(user.zone()).toInstant(),
                        period.to().plusDays(1).atStartOfDay(user.zone()).toInstant(),
                        PageRequest.of(0, SOURCE_ROWS_LISTED)));
        model.put("upcomingMeetings", meetings.upcoming(user, area.regionCode(), MEETINGS_LISTED));
        model.put("overdueActionItems", meetings.overdueActionItems(user, area.regionCode(), MEETINGS_LISTED));
        model.put("zone", user.zone());
        model.put("zoneName", TimeZones.abbreviation(user.zone()));
        model.put("generatedAt", ZonedDateTime.now(clock.withZone(user.zone())));
        model.put("agencyName", user.agencyName());
        model.put("author", user.displayName());
        audit.record(
                AuditAction.EXPORT,
                AUDIT_TARGET,
                null,
                "period=" + period.from() + ".." + period.to() + "; region="
                        + (area.regionCode() == null ? "jurisdiction" : area.regionCode()));
        pdf.write("dashboard/report-pdf", model, locale, out);
    }
}
