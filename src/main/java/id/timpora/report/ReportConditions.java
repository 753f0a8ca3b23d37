package id.timpora.report;

import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.RegionCodes;
import java.time.ZoneId;

/**
 * The WHERE clause shared by the list, its count and the exports: the user's jurisdiction first, then each filter
 * that is set. Each condition is one an index of V6 or V8 serves.
 */
final class ReportConditions {

    /** Shorter text finds too many names by part to be worth the trigram index; whole words still match. */
    private static final int MIN_PARTIAL_NAME = 3;

    private ReportConditions() {}

    /** {@code " where …"} over {@code report r}. Filter dates are days in the given zone. */
    static SqlFragment where(ReportFilter filter, ReportScope scope, ZoneId zone) {
        return conditions(filter, scope, zone).toWhere();
    }

    /** The same conditions without {@code where}, to combine with others. */
    static SqlFragment condition(ReportFilter filter, ReportScope scope, ZoneId zone) {
        return conditions(filter, scope, zone).toCondition();
    }

    private static Conditions conditions(ReportFilter filter, ReportScope scope, ZoneId zone) {
        return Conditions.where()
                .and(scope.sql("r"))
                .equal("r.status", "status", filter.status())
                .atLeast(
                        "r.observed_at",
                        "observed_from",
                        filter.observedFrom() == null
                                ? null
                                : filter.observedFrom().atStartOfDay(zone).toInstant())
                .before(
                        "r.observed_at",
                        "observed_to",
                        filter.observedTo() == null
                                ? null
                                : filter.observedTo()
                                        .plusDays(1)
                                        .atStartOfDay(zone)
                                        .toInstant())
                .equal(regionColumnFor(filter.regionCode()), "region", regionOrNull(filter.regionCode()))
                .equal("r.nationality", "nationality", filter.nationality())
                .arrayHolds("r.activities", "activity", filter.activity())
                .arrayHolds("r.indications", "indication", filter.indication())
                .equal("r.permit_type", "permit_type", filter.permitType())
                .equal("r.source", "source", filter.source())
                .equal("r.reporting_agency_id", "reporting_agency", filter.reportingAgencyId())
                .and(hasText(filter.query()) ? text(filter.query()) : null);
    }

    /** Only the free-text part of the filter, for any report: how common the text is, whoever searches. */
    static SqlFragment textOnly(String query) {
        return Conditions.where().and(text(query)).toWhere();
    }

    static boolean hasText(String query) {
        return query != null && !query.isBlank();
    }

    /**
     * Words anywhere in name, passport, sponsor or narrative (the stored tsvector), part of a name (trigram index),
     * or the passport number however it was typed (normalised like the stored one).
     */
    private static SqlFragment text(String query) {
        String text = query.trim();
        SqlFragment condition = SqlFragment.of("(r.search @@ websearch_to_tsquery('simple', :text)", "text", text);
        // Names hold no digits: text with a digit is a passport or permit number, and a name pattern for it would
        // match nothing while the planner, expecting matches, walks the whole date index to fill a page.
        if (text.length() >= MIN_PARTIAL_NAME && text.chars().noneMatch(Character::isDigit)) {
            condition = condition.plus(SqlFragment.of(
                    " or lower(r.full_name) like :name_part", "name_part", Conditions.containsPattern(text)));
        }
        String passport = ReportData.normalisePassport(text);
        if (passport != null) {
            condition = condition.plus(SqlFragment.of(" or r.passport_number = :passport", "passport", passport));
        }
        return condition.plus(")");
    }

    private static String regionOrNull(String code) {
        return RegionCodes.isValid(code) ? code : null;
    }

    /** The copied ancestor column that holds codes of this code's level. */
    private static String regionColumnFor(String code) {
        int length = code == null ? 0 : code.length();
        return switch (length) {
            case 2 -> "r.province_code";
            case 5 -> "r.regency_code";
            case 8 -> "r.district_code";
            default -> "r.region_code";
        };
    }
}
