package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.agency.JurisdictionService;
import id.timpora.report.ReportFilters;
import id.timpora.report.ReportMatching;
import id.timpora.report.ReportScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A thousand watched searches tried against one new report in one statement: the cost stays small (the figure at
 * 1,000,000 reports belongs in docs/performance.md; this guards against a regression to one query per search).
 */
class WatchedSearchCostTest extends NotificationTestBase {

    @Autowired
    SavedSearchWatch watch;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReportMatching matching;

    @Autowired
    JurisdictionService jurisdictions;

    /** The thousand searches would match every later test's reports: they go with the test. */
    @org.junit.jupiter.api.AfterEach
    void removeTheSearches() {
        jdbc.update(
                "delete from saved_search where name ~ '^s[0-9]+$' and owner_id in (?, ?, ?, ?)",
                accounts.idOf(officer),
                accounts.idOf(colleague),
                accounts.idOf(officerBali),
                accounts.idOf(reporterBali));
    }

    @Test
    void aThousandWatchedSearchesAreMatchedAgainstANewReportQuickly() throws Exception {
        String[] filters = {
            "nationality=CN",
            "activity=BEKERJA",
            "wilayah=61.06",
            "status=BARU&activity=WISATA",
            "q=Li+Wei",
            "permit=ITAS&nationality=MY",
            "from=2026-10-01&to=2026-11-30",
            "source=PATROLI&wilayah=61.06.01"
        };
        List<Object[]> rows = new ArrayList<>();
        String[] owners = {officer, colleague, officerBali, reporterBali};
        for (int i = 0; i < 1000; i++) {
            rows.add(new Object[] {accounts.idOf(owners[i % owners.length]), "s" + i, filters[i % filters.length]});
        }
        jdbc.batchUpdate("insert into saved_search (owner_id, name, query, watched) values (?, ?, ?, true)", rows);
        long id = submit(reporter, PALA_PULAU); // matched once already while being logged

        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long started = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                watch.newReport(id, accounts.idOf(reporter));
                status.setRollbackOnly();
            });
            best = Math.min(best, System.nanoTime() - started);
        }
        List<ReportMatching.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long owner = (Long) rows.get(i)[0];
            Long agency = jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, owner);
            candidates.add(new ReportMatching.Candidate(
                    i,
                    ReportFilters.parse((String) rows.get(i)[2]),
                    ReportScope.of(jurisdictions.ofAgency(agency)),
                    java.time.ZoneId.of("Asia/Jakarta")));
        }
        long bestMatch = Long.MAX_VALUE;
        int matched = 0;
        for (int run = 0; run < 10; run++) {
            long started = System.nanoTime();
            matched = matching.matching(id, candidates).size();
            bestMatch = Math.min(bestMatch, System.nanoTime() - started);
        }
        System.out.printf(
                "watched searches: 1000 matched against one report in %.1f ms (best of 10), %d matches;"
                        + " with their ~%d notifications written %.1f ms%n",
                bestMatch / 1e6, matched, matched, best / 1e6);
        assertThat(bestMatch / 1_000_000).isLessThan(1000);
        // sharing one evaluation among equal candidates and skipping other regions' changes no answer: each candidate
        // on its own matches exactly when it matched among the thousand
        Set<Long> together = matching.matching(id, candidates);
        Set<Long> alone = new HashSet<>();
        for (int i = 0; i < filters.length; i++) { // candidate i has filter i % 8 and owner i % 4: eight distinct
            if (!matching.matching(id, List.of(candidates.get(i))).isEmpty()) {
                alone.add((long) i);
            }
        }
        assertThat(alone).isNotEmpty();
        assertThat(together).allSatisfy(key -> assertThat(alone).contains(key % filters.length));
        assertThat(together).hasSize(alone.size() * (1000 / filters.length));
        // the Kapuas Hulu owners matched what their filters say; Bali's owners nothing
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where kind = 'SAVED_SEARCH_MATCH' and recipient_id = ?",
                        Integer.class,
                        accounts.idOf(officerBali)))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where kind = 'SAVED_SEARCH_MATCH' and recipient_id = ?",
                        Integer.class,
                        accounts.idOf(officer)))
                .isPositive();
    }
}
