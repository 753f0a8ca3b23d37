package id.timpora.organisation;

import id.timpora.agency.Jurisdiction;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisations a user may see, as a SQL condition over the organisation's copied ancestor codes (indexed
 * equalities, as {@code report.ReportScope} does for reports). Put it first in every query that reads organisations.
 */
public final class OrganisationScope {

    private static final int[] LENGTHS = {2, 5, 8, 13};
    private static final String[] COLUMNS = {"province_code", "regency_code", "district_code", "region_code"};
    private static final String[] NAMES = {"org_province", "org_regency", "org_district", "org_village"};

    private final Jurisdiction jurisdiction;

    private OrganisationScope(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public static OrganisationScope of(Jurisdiction jurisdiction) {
        return new OrganisationScope(jurisdiction);
    }

    public static OrganisationScope nothing() {
        return new OrganisationScope(Jurisdiction.nothing());
    }

    public SqlFragment sql(String alias) {
        if (jurisdiction.national()) {
            return SqlFragment.of("(true)");
        }
        String prefix = alias == null || alias.isBlank() ? "" : alias + ".";
        List<SqlFragment> parts = new ArrayList<>();
        for (int i = 0; i < LENGTHS.length; i++) {
            List<String> codes = jurisdiction.codesOfLength(LENGTHS[i]);
            if (codes.size() == 1) {
                parts.add(SqlFragment.of(prefix + COLUMNS[i] + " = :" + NAMES[i], NAMES[i], codes.get(0)));
            } else if (!codes.isEmpty()) {
                parts.add(SqlFragment.of(
                        prefix + COLUMNS[i] + " = any(:" + NAMES[i] + "::varchar[])",
                        NAMES[i],
                        codes.toArray(String[]::new)));
            }
        }
        return parts.isEmpty()
                ? SqlFragment.of("(false)")
                : SqlFragment.join(" or ", parts).parenthesised();
    }

    public boolean covers(String regionCode) {
        return jurisdiction.covers(regionCode);
    }

    public boolean isEmpty() {
        return jurisdiction.isEmpty();
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }
}
