package id.timpora.report;

import id.timpora.infrastructure.persistence.LikePatterns;
import id.timpora.region.RegionCodes;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause shared by the list, its count and the exports: the user's jurisdiction first, then each filter
 * that is set, every value a bind parameter. Each condition is one an index of V6 or V8 serves.
 */
record ReportConditions(String where, List<Object> arguments) {

    /** Shorter text finds too many names by part to be worth the trigram index; whole words still match. */
    private static final int MIN_PARTIAL_NAME = 3;

    static ReportConditions of(ReportFilter filter, ReportScope scope, ZoneId zone) {
        StringBuilder where = new StringBuilder(" where ").append(scope.condition("r"));
        List<Object> arguments = new ArrayList<>(List.of(scope.parameters()));
        if (filter.status() != null) {
            where.append(" and r.status = ?");
            arguments.add(filter.status().name());
        }
        if (filter.observedFrom() != null) {
            where.append(" and r.observed_at >= ?");
            arguments.add(
                    Timestamp.from(filter.observedFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.observedTo() != null) {
            where.append(" and r.observed_at < ?");
            arguments.add(Timestamp.from(
                    filter.observedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String regionColumn = regionColumnFor(filter.regionCode());
        if (regionColumn != null) {
            where.append(" and r.").append(regionColumn).append(" = ?");
            arguments.add(filter.regionCode());
        }
        if (filter.nationality() != null) {
            where.append(" and r.nationality = ?");
            arguments.add(filter.nationality());
        }
        if (filter.activity() != null) {
            where.append(" and r.activities @> array[?]::varchar[]");
            arguments.add(filter.activity().name());
        }
        if (filter.indication() != null) {
            where.append(" and r.indications @> array[?]::varchar[]");
            arguments.add(filter.indication().name());
        }
        if (filter.permitType() != null) {
            where.append(" and r.permit_type = ?");
            arguments.add(filter.permitType().name());
        }
        if (filter.source() != null) {
            where.append(" and r.source = ?");
            arguments.add(filter.source().name());
        }
        if (filter.reportingAgencyId() != null) {
            where.append(" and r.reporting_agency_id = ?");
            arguments.add(filter.reportingAgencyId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            appendText(filter.query().trim(), where, arguments);
        }
        return new ReportConditions(where.toString(), List.copyOf(arguments));
    }

    /** Only the free-text part of the filter, for any report: how common the text is, whoever searches. */
    static ReportConditions textOf(String query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        appendText(query.trim(), where, arguments);
        return new ReportConditions(where.toString(), List.copyOf(arguments));
    }

    /**
     * Words anywhere in name, passport, sponsor or narrative (the stored tsvector), part of a name (trigram index),
     * or the passport number however it was typed (normalised like the stored one).
     */
    private static void appendText(String text, StringBuilder where, List<Object> arguments) {
        where.append(" and (r.search @@ websearch_to_tsquery('simple', ?)");
        arguments.add(text);
        // Names hold no digits: text with a digit is a passport or permit number, and a name pattern for it would
        // match nothing while the planner, expecting matches, walks the whole date index to fill a page.
        if (text.length() >= MIN_PARTIAL_NAME && text.chars().noneMatch(Character::isDigit)) {
            where.append(" or lower(r.full_name) like ?");
            arguments.add("%" + LikePatterns.escape(text.toLowerCase(Locale.ROOT)) + "%");
        }
        String passport = ReportData.normalisePassport(text);
        if (passport != null) {
            where.append(" or r.passport_number = ?");
            arguments.add(passport);
        }
        where.append(")");
    }

    /** The copied ancestor column that holds codes of this code's level; null for a malformed code. */
    private static String regionColumnFor(String code) {
        if (!RegionCodes.isValid(code)) {
            return null;
        }
        return switch (code.length()) {
            case 2 -> "province_code";
            case 5 -> "regency_code";
            case 8 -> "district_code";
            default -> "region_code";
        };
    }

    /** The arguments followed by more, for placeholders after the WHERE clause (limit, offset). */
    Object[] argumentsWith(Object... more) {
        List<Object> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
