package id.timpora.report.web;

import id.timpora.common.Text;
import id.timpora.region.RegionCodes;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.ReportFilter;
import id.timpora.report.ReportSort;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The list's query parameters, shared by the list and its exports so that an export is exactly what the list shows.
 * A value that does not bind (an unknown status, a malformed date) is dropped rather than refused: a filter link that
 * went stale still shows a list.
 */
public class ReportFilterForm {

    static final int MAX_QUERY_LENGTH = 200;

    private ReportStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** The region picker's field: a region code of any level. */
    private String wilayah;

    private String nationality;
    private Activity activity;
    private Indication indication;
    private PermitType permit;
    private ReportSource source;
    private Long agency;
    private String q;
    private String sort;

    ReportFilter toFilter() {
        return new ReportFilter(
                status,
                from,
                to,
                RegionCodes.isValid(Text.blankToNull(wilayah)) ? Text.blankToNull(wilayah) : null,
                nationalityCode(),
                activity,
                indication,
                permit,
                source,
                agency,
                query());
    }

    /** The order chosen; without one, the BARU queue opens with the report that has waited longest. */
    ReportSort toSort() {
        if ((sort == null || sort.isBlank()) && status == ReportStatus.BARU) {
            return ReportSort.QUEUE;
        }
        return ReportSort.fromParameter(sort);
    }

    /** How many filters are set (for the phone's collapsed filter button). */
    public int activeCount() {
        ReportFilter filter = toFilter();
        return countSet(filter.query(), filter.nationality(), filter.status()) + advancedCount();
    }

    /** How many of the filters behind "more filters" are set; the section opens by itself when any is. */
    public int advancedCount() {
        ReportFilter filter = toFilter();
        return countSet(
                filter.observedFrom(),
                filter.observedTo(),
                filter.regionCode(),
                filter.permitType(),
                filter.activity(),
                filter.indication(),
                filter.source(),
                filter.reportingAgencyId());
    }

    private static int countSet(Object... values) {
        int count = 0;
        for (Object value : values) {
            if (value != null) {
                count++;
            }
        }
        return count;
    }

    private String nationalityCode() {
        String code = Text.blankToNull(nationality);
        return code != null && code.matches("[A-Za-z]{2}") ? code.toUpperCase(Locale.ROOT) : null;
    }

    private String query() {
        String text = Text.blankToNull(q);
        if (text == null) {
            return null;
        }
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getWilayah() {
        return wilayah;
    }

    public void setWilayah(String wilayah) {
        this.wilayah = wilayah;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public Indication getIndication() {
        return indication;
    }

    public void setIndication(Indication indication) {
        this.indication = indication;
    }

    public PermitType getPermit() {
        return permit;
    }

    public void setPermit(PermitType permit) {
        this.permit = permit;
    }

    public ReportSource getSource() {
        return source;
    }

    public void setSource(ReportSource source) {
        this.source = source;
    }

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
