package id.timpora.dashboard.web;

import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.PeriodKind;
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

    /** The report list of the period's days, in the region (or the whole jurisdiction), with more filters. */
    public String reports(String regionCode, String name, String value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(contextPath + "/laporan");
        if (regionCode != null) {
            uri.queryParam("wilayah", regionCode);
        }
        if (name != null && value != null) {
            uri.queryParam(name, value);
        }
        return uri.queryParam("from", period.from())
                .queryParam("to", period.to())
                .build()
                .encode()
                .toUriString();
    }

    public String reports(String regionCode) {
        return reports(regionCode, null, null);
    }

    /** The report list with a status, whatever the day: the work waiting. */
    public String queue(String regionCode, String status) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(contextPath + "/laporan");
        if (regionCode != null) {
            uri.queryParam("wilayah", regionCode);
        }
        return uri.queryParam("status", status).build().encode().toUriString();
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
