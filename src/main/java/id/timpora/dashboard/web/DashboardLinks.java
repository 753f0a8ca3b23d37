package id.timpora.dashboard.web;

import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.PeriodKind;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.ReportListLink;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the dashboard's period: to the dashboard of another region, to the report list of the same reports,
 * to the PDF and to the map's data. The report list filters by the viewer's days, the dashboard by the days at the
 * place of the sighting: the two agree wherever the viewer's zone is the region's (see docs/performance.md).
 */
public final class DashboardLinks {

    private final String contextPath;
    private final DashboardPeriod period;

    DashboardLinks(String contextPath, DashboardPeriod period) {
        this.contextPath = contextPath;
        this.period = period;
    }

    /** The dashboard of a region (null: the whole jurisdiction) for the same period. */
    public String dashboard(String regionCode) {
        return withPeriod(contextPath + "/", regionCode);
    }

    public String pdf(String regionCode) {
        return withPeriod(contextPath + "/laporan-pengawasan.pdf", regionCode);
    }

    public String mapData(String regionCode) {
        return withPeriod(contextPath + "/peta/data", regionCode);
    }

    /** The report list of the period's days, in the region (or the whole jurisdiction). */
    public String reports(String regionCode) {
        return inPeriod(regionCode).href(contextPath);
    }

    /**
     * The report list of one bar of a chart: the period's reports in the region with that value. A value the report
     * feature no longer knows links to the period's reports, as the list would show them for it anyway.
     */
    public String reports(String regionCode, String chart, String code) {
        ReportListLink link = inPeriod(regionCode);
        ReportListLink filtered =
                switch (chart) {
                    case "status" -> link.status(known(ReportStatus.class, code));
                    case "nationality" -> link.nationality(code);
                    case "activity" -> link.activity(known(Activity.class, code));
                    case "indication" -> link.indication(known(Indication.class, code));
                    case "permit" -> link.permit(known(PermitType.class, code));
                    case "source" -> link.source(known(ReportSource.class, code));
                    default -> throw new IllegalArgumentException("no chart " + chart);
                };
        return filtered.href(contextPath);
    }

    /** The report list with a status, whatever the day: the work waiting. */
    public String queue(String regionCode, ReportStatus status) {
        return ReportListLink.all().region(regionCode).status(status).href(contextPath);
    }

    private ReportListLink inPeriod(String regionCode) {
        return ReportListLink.all().region(regionCode).observedBetween(period.from(), period.to());
    }

    private static <E extends Enum<E>> E known(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        return null;
    }

    private String withPeriod(String path, String regionCode) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
                .queryParam("periode", period.kind().parameter());
        if (period.kind() == PeriodKind.CUSTOM) {
            uri.queryParam("from", period.from()).queryParam("to", period.to());
        }
        if (regionCode != null) {
            uri.queryParam("wilayah", regionCode);
        }
        return uri.build().encode().toUriString();
    }
}
