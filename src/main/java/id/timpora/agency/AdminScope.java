package id.timpora.agency;

import id.timpora.infrastructure.persistence.SqlFragment;

/**
 * What an administrator may manage: everything for a national administrator (no agency, or a national agency),
 * otherwise only the agencies, teams and accounts inside their agency's jurisdiction. Use it as the first condition of
 * every admin list and in every single-record read and write; an out-of-scope record is "not found".
 *
 * <pre>{@code
 * AdminScope scope = adminScopes.of(user);
 * SqlFragment where = Conditions.where().and(scope.agencies("a")).equal(...).toWhere();
 * }</pre>
 */
public final class AdminScope {

    private static final AdminScope EVERYTHING = new AdminScope(Jurisdiction.everything());

    private final Jurisdiction jurisdiction;

    private AdminScope(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public static AdminScope everything() {
        return EVERYTHING;
    }

    public static AdminScope of(Jurisdiction jurisdiction) {
        return jurisdiction.national() ? EVERYTHING : new AdminScope(jurisdiction);
    }

    public boolean national() {
        return jurisdiction.national();
    }

    /** Whether a region (an agency's or a team's) lies inside the administrator's jurisdiction. */
    public boolean covers(String regionCode) {
        return jurisdiction.covers(regionCode);
    }

    /**
     * The condition over an agency table alias: a non-national agency with at least one region, each of them covered
     * ({@code :admin_regions}, the jurisdiction's codes).
     */
    public SqlFragment agencies(String alias) {
        if (national()) {
            return SqlFragment.of("(true)");
        }
        return SqlFragment.of(
                "(" + alias + ".level <> 'PUSAT'"
                        + " and exists (select 1 from agency_region sr where sr.agency_id = " + alias + ".id)"
                        + " and not exists (select 1 from agency_region sr where sr.agency_id = " + alias + ".id"
                        + " and not " + covered("sr.region_code") + "))",
                "admin_regions",
                codes());
    }

    /** The condition over a team table alias: the team's region is covered (never the national team). */
    public SqlFragment teams(String alias) {
        if (national()) {
            return SqlFragment.of("(true)");
        }
        return SqlFragment.of("(" + covered(alias + ".region_code") + ")", "admin_regions", codes());
    }

    /**
     * The condition over an account table alias: the account's agency is inside the scope; accounts without an agency
     * only for national administrators.
     */
    public SqlFragment accounts(String alias) {
        if (national()) {
            return SqlFragment.of("(true)");
        }
        return SqlFragment.of("(exists (select 1 from agency sa where sa.id = " + alias + ".agency_id and ")
                .plus(agencies("sa"))
                .plus("))");
    }

    /** A region code equal to, or below, one of the jurisdiction's codes (each segment has a fixed width). */
    private static String covered(String column) {
        return "(" + column + " is not null and exists (select 1 from unnest(:admin_regions::varchar[]) j(code)"
                + " where " + column + " = j.code or " + column + " like j.code || '.%'))";
    }

    private String[] codes() {
        return jurisdiction.regionCodes().stream().sorted().toArray(String[]::new);
    }
}
