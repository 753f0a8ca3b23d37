package id.timpora.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Filters of the report list and its exports; every field is optional (null means "any").
 *
 * @param observedFrom first day of the sighting, in the viewer's time zone
 * @param observedTo last day of the sighting (inclusive), in the viewer's time zone
 * @param regionCode a region at any level; the report's place must lie in it
 * @param nationality ISO 3166-1 alpha-2, upper case
 * @param query free text: words of the name, passport number, sponsor or narrative, part of a name, or a passport
 *     number typed with spaces or dashes
 */
public record ReportFilter(
        ReportStatus status,
        LocalDate observedFrom,
        LocalDate observedTo,
        String regionCode,
        String nationality,
        Activity activity,
        Indication indication,
        PermitType permitType,
        ReportSource source,
        Long reportingAgencyId,
        String query) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The filters that are set, as "name=value" pairs: what the audit log records for an export. */
    public String describe() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", status);
        set.put("from", observedFrom);
        set.put("to", observedTo);
        set.put("region", regionCode);
        set.put("nationality", nationality);
        set.put("activity", activity);
        set.put("indication", indication);
        set.put("permit", permitType);
        set.put("source", source);
        set.put("agency", reportingAgencyId);
        set.put("q", query);
        String described = set.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
        return described.isEmpty() ? "no filter" : described;
    }
}
