package id.timpora.watch;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.TimeZones;
import id.timpora.infrastructure.pdf.PdfDocuments;
import id.timpora.region.RegionService;
import id.timpora.report.Countries;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The daily situation report (laporan situasi harian) of a watch: for one day and one area (or all of the watch's
 * regions), the figures and the list of that day's matching reports in the viewer's scope, as an A4 PDF in Bahasa
 * Indonesia, ready to send up the chain. Its download is in the audit log with the ids it lists.
 */
@Service
public class SituationReport {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    public record Document(String fileName, byte[] content) {}

    private final WatchQueries queries;
    private final WatchDashboard dashboard;
    private final PdfDocuments pdf;
    private final RegionService regions;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    SituationReport(
            WatchQueries queries,
            WatchDashboard dashboard,
            PdfDocuments pdf,
            RegionService regions,
            Countries countries,
            AuditLog audit,
            Clock clock) {
        this.queries = queries;
        this.dashboard = dashboard;
        this.pdf = pdf;
        this.regions = regions;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses a day outside the watch and an area outside its regions ({@link InvalidInput}). */
    public Document daily(CurrentUser user, long id, LocalDate day, String areaCode) {
        WatchView watch = queries.view(user, id);
        WatchCriteria criteria = watch.criteria();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (day == null || !watch.activeOn(day)) {
            problems.add("tanggal", "watch.error.dayOutside");
        }
        String area = areaCode == null || areaCode.isBlank() ? null : areaCode.strip();
        if (area != null && (!criteria.covers(area) || area.length() > 8)) {
            problems.add("wilayah", "watch.error.areaOutside");
        }
        problems.throwIfAny();
        WatchDashboard.Slice slice = new WatchDashboard.Slice(day, area);
        WatchFigures figures = dashboard.figures(user, criteria, slice);
        List<WatchFigures.Row> rows = dashboard.rows(user, criteria, slice);
        boolean more = rows.size() > WatchDashboard.MAX_ROWS;
        List<WatchFigures.Row> shown = more ? rows.subList(0, WatchDashboard.MAX_ROWS) : rows;
        Map<String, Object> model = new HashMap<>();
        model.put("watch", watch);
        model.put("day", day);
        model.put("areaLabel", area == null ? null : regions.label(area).orElse(area));
        model.put("figures", figures);
        model.put("rows", shown);
        model.put("more", more);
        model.put("countries", countries);
        model.put("zone", TimeZones.abbreviation(watch.zone()));
        model.put("zoneId", watch.zone());
        model.put("printedAt", clock.instant().atZone(user.zone()));
        model.put("printedBy", user.displayName());
        model.put("agencyName", user.agencyName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write("watch/pdf-daily", model, INDONESIAN, out);
        audit.record(
                AuditAction.DOWNLOAD,
                WatchService.TARGET,
                id,
                "daily situation report " + day + (area == null ? "" : " " + area) + "; ids="
                        + shown.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")));
        return new Document(
                "laporan-situasi-harian-" + id + "-" + FILE_DAY.format(day) + (area == null ? "" : "-" + area) + ".pdf",
                out.toByteArray());
    }
}
