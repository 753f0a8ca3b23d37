package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.agency.Jurisdiction;
import id.timpora.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sort orders and the passport search can use the indexes of V8. Sequential scans and sorts are priced out for
 * the test, so the plan shows which index PostgreSQL can match to the query's expressions at all.
 */
class ReportListIndexesTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void nameAndStatusOrdersMatchTheirIndexes() {
        assertThat(plan("select r.id from report r order by " + ReportSort.NAME.orderBy() + " limit 25"))
                .contains("report_name_sort_idx");
        assertThat(plan("select r.id from report r order by " + ReportSort.STATUS.orderBy() + " limit 25"))
                .contains("report_status_rank_idx");
        assertThat(plan("select r.id from report r order by " + ReportSort.NEWEST.orderBy() + " limit 25"))
                .contains("report_observed_idx");
    }

    @Test
    void aOneKabupatenJurisdictionReadsItsReportsInDateOrderWithoutSorting() {
        // Other suites insert and delete thousands of Kapuas Hulu reports (ReportExportTest): until autovacuum runs,
        // their dead index entries and statistics make the kabupaten index look dear, and the planner filters the
        // date index instead. A vacuum makes the plan depend on the live rows only.
        jdbc.execute("vacuum analyze report");
        ReportScope kabupaten = ReportScope.of(new Jurisdiction(false, Set.of("61.06")));
        String condition = kabupaten.sql("r").text().replace(":scope_regency", "'61.06'");

        assertThat(plan("select r.id from report r where " + condition + " order by " + ReportSort.NEWEST.orderBy()
                        + " limit 25"))
                .contains("report_regency_observed_idx")
                .doesNotContain("Sort");
    }

    @Test
    void everyStatementIsPlannedForItsOwnParameters() {
        // A generic plan knows neither the page size nor the jurisdiction: it would sort every match (application.yml).
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    @Test
    void aPassportNumberAloneFindsItsIndex() {
        assertThat(plan("select r.id from report r where r.passport_number = 'A12345689'"))
                .contains("report_passport_number_idx");
    }

    @Test
    void unknownSortParametersFallBackToNewestFirst() {
        assertThat(ReportSort.fromParameter("name")).isEqualTo(ReportSort.NAME);
        assertThat(ReportSort.fromParameter("name;drop table report")).isEqualTo(ReportSort.NEWEST);
        assertThat(ReportSort.fromParameter(null)).isEqualTo(ReportSort.NEWEST);
    }

    private String plan(String query) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("set local enable_sort = off");
            List<String> lines = jdbc.queryForList("explain " + query, String.class);
            return String.join("\n", lines);
        });
    }
}
