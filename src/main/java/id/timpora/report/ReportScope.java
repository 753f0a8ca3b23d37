package id.timpora.report;

import id.timpora.agency.Jurisdiction;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports a user may see, as a SQL condition over the report's copied ancestor codes. Equality tests on
 * {@code province_code}, {@code regency_code} and {@code district_code} use their indexes, where a LIKE over the
 * region code could not. Use it in every query that reads reports: lists, counts, exports, details, attachments.
 *
 * <pre>{@code
 * ReportScope scope = reportScopes.of(user);
 * jdbc.query("select ... from report r where " + scope.condition("r") + " and ...", mapper, scope.with(moreArgs));
 * }</pre>
 */
public final class ReportScope {

    private final Jurisdiction jurisdiction;

    ReportScope(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public static ReportScope of(Jurisdiction jurisdiction) {
        return new ReportScope(jurisdiction);
    }

    /** The SQL condition for a report table with the given alias; bind {@link #parameters()} in its place. */
    public String condition(String alias) {
        String prefix = alias == null || alias.isBlank() ? "" : alias + ".";
        return "(" + prefix + "province_code = any(?::varchar[]) or " + prefix + "regency_code = any(?::varchar[]) or "
                + prefix + "district_code = any(?::varchar[]) or ?::boolean)";
    }

    /** The condition's four parameters, in order. */
    public Object[] parameters() {
        return new Object[] {
            jurisdiction.codesOfLength(2).toArray(String[]::new),
            jurisdiction.codesOfLength(5).toArray(String[]::new),
            jurisdiction.codesOfLength(8).toArray(String[]::new),
            jurisdiction.national()
        };
    }

    /** The condition's parameters followed by further ones, for a query with more placeholders after it. */
    public Object[] with(Object... more) {
        List<Object> all = new ArrayList<>(List.of(parameters()));
        all.addAll(List.of(more));
        return all.toArray();
    }

    public boolean covers(String regionCode) {
        return jurisdiction.covers(regionCode);
    }

    public boolean isEmpty() {
        return jurisdiction.isEmpty();
    }

    public boolean national() {
        return jurisdiction.national();
    }
}
