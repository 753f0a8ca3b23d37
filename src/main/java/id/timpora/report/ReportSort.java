package id.timpora.report;

import id.timpora.common.Labelled;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders the report list offers. Each carries its own fixed ORDER BY clause: a request only ever picks one by
 * name, so nothing the user typed reaches the SQL. Every order ends on the id, so pages never overlap.
 */
public enum ReportSort implements Labelled {
    NEWEST("r.observed_at desc, r.id desc"),
    OLDEST("r.observed_at asc, r.id asc"),
    /** By arrival (waktu diterima): the report waiting longest first, as an officer's queue is worked. */
    RECEIVED_OLDEST("r.created_at asc, r.id asc"),
    RECEIVED_NEWEST("r.created_at desc, r.id desc"),
    NAME("lower(r.full_name), r.id"),
    STATUS(statusRank() + ", r.observed_at desc, r.id desc");

    public static final ReportSort DEFAULT = NEWEST;

    /** The order of the BARU queue when none was chosen: whoever has waited longest comes first. */
    public static final ReportSort QUEUE = RECEIVED_OLDEST;

    private final String orderBy;

    ReportSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    /**
     * The request parameter value: {@code newest}, {@code oldest}, {@code received_oldest}, {@code received_newest},
     * {@code name}, {@code status}.
     */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String messageKey() {
        return "report.list.sort." + name();
    }

    /** The order named by a request parameter; anything else (missing, unknown, an injection attempt) is the default. */
    public static ReportSort fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(values())
                .filter(sort -> sort.parameter().equals(value.trim()))
                .findFirst()
                .orElse(DEFAULT);
    }

    /**
     * Statuses in the order of the workflow rather than the alphabet. The expression is repeated verbatim in the index
     * of V8__report_list_indexes.sql, which PostgreSQL only uses when the two are the same.
     */
    static String statusRank() {
        ReportStatus[] statuses = ReportStatus.values();
        return Arrays.stream(statuses)
                .map(status -> "when '" + status.name() + "' then " + status.ordinal())
                .collect(Collectors.joining(" ", "(case r.status ", " end)"));
    }
}
