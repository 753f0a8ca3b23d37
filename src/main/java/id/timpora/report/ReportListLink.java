package id.timpora.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A link to the report list with some of its filters set, built from typed values: other features (the dashboard, its
 * map) link to "these reports" without knowing the list's URL or its query parameters.
 *
 * <pre>{@code
 * ReportListLink.all().region("61.06").status(ReportStatus.BARU).href(contextPath)  // /laporan?wilayah=61.06&status=BARU
 * }</pre>
 */
public final class ReportListLink {

    /** The list's query parameters, as its filter form binds them, in the order a link lists them. */
    enum Parameter {
        REGION("wilayah"),
        STATUS("status"),
        NATIONALITY("nationality"),
        ACTIVITY("activity"),
        INDICATION("indication"),
        PERMIT("permit"),
        SOURCE("source"),
        FROM("from"),
        TO("to");

        final String name;

        Parameter(String name) {
            this.name = name;
        }
    }

    private static final String PATH = "/laporan";

    private final Map<Parameter, Object> values;

    private ReportListLink(Map<Parameter, Object> values) {
        this.values = values;
    }

    /** Every report the viewer may see. */
    public static ReportListLink all() {
        return new ReportListLink(new EnumMap<>(Parameter.class));
    }

    /** Reports in a region of any level; null leaves the filter out. */
    public ReportListLink region(String regionCode) {
        return with(Parameter.REGION, regionCode);
    }

    /** Reports seen on these days (inclusive) in the viewer's zone. */
    public ReportListLink observedBetween(LocalDate from, LocalDate to) {
        return with(Parameter.FROM, from).with(Parameter.TO, to);
    }

    public ReportListLink status(ReportStatus status) {
        return with(Parameter.STATUS, status);
    }

    /** ISO 3166-1 alpha-2. */
    public ReportListLink nationality(String countryCode) {
        return with(Parameter.NATIONALITY, countryCode);
    }

    public ReportListLink activity(Activity activity) {
        return with(Parameter.ACTIVITY, activity);
    }

    public ReportListLink indication(Indication indication) {
        return with(Parameter.INDICATION, indication);
    }

    public ReportListLink permit(PermitType permit) {
        return with(Parameter.PERMIT, permit);
    }

    public ReportListLink source(ReportSource source) {
        return with(Parameter.SOURCE, source);
    }

    /** The link below the application's context path, encoded. */
    public String href(String contextPath) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(contextPath + PATH);
        values.forEach((parameter, value) -> uri.queryParam(parameter.name, value));
        return uri.build().encode().toUriString();
    }

    private ReportListLink with(Parameter parameter, Object value) {
        Map<Parameter, Object> copy = new EnumMap<>(values);
        if (value == null) {
            copy.remove(parameter);
        } else {
            copy.put(parameter, value instanceof Enum<?> constant ? constant.name() : value);
        }
        return new ReportListLink(copy);
    }
}
