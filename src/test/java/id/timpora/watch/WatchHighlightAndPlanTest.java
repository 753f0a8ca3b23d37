package id.timpora.watch;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.agency.Jurisdiction;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report list marks the rows that match an active watch the viewer can see, in the list's own query; and the
 * watch's statements are planned on the report's indexes (seen time and copied region codes), not a scan of the table.
 */
class WatchHighlightAndPlanTest extends WatchTestBase {

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rowsMatchingAnActiveWatchCarryItsBadgeAndOthersDoNot() throws Exception {
        String officer = kalbarOfficer();
        String reporter = kapuasHuluReporter();
        String pontianakReporter =
                accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", PONTIANAK));
        String word = "Sorotan" + System.nanoTime();
        LocalDate today = LocalDate.now(WIB);
        String name = unique("Pilkada Berjalan");
        org.springframework.test.web.servlet.MvcResult saved = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/pengawasan-khusus/baru")
                                .with(accounts.as(officer))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("name", name)
                                .param(
                                        "startsOn",
                                        today.minusDays(2)
                                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                                .param(
                                        "endsOn",
                                        today.plusDays(2)
                                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                                .param("regionCodes", "61.06.01")
                                .param("activities", "POLITIK_KAMPANYE"))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/pengawasan-khusus/");
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        long matching = reports.by(officer, PALA_PULAU)
                .set("full_name", word + " Kampanye")
                .set("observed_at", anHourAgo)
                .set("activities", new String[] {"POLITIK_KAMPANYE"})
                .insert();
        long otherActivity = reports.by(officer, PALA_PULAU)
                .set("full_name", word + " Wisata")
                .set("observed_at", anHourAgo)
                .set("activities", new String[] {"WISATA"})
                .insert();
        long otherKecamatan = reports.by(officer, OTHER_KECAMATAN_DESA)
                .set("full_name", word + " Lain")
                .set("observed_at", anHourAgo)
                .set("activities", new String[] {"POLITIK_KAMPANYE"})
                .insert();
        long beforeTheWatch = reports.by(officer, PALA_PULAU)
                .set("full_name", word + " Dulu")
                .set("observed_at", today.minusDays(5).atTime(10, 0).atZone(WIB).toInstant())
                .set("activities", new String[] {"POLITIK_KAMPANYE"})
                .insert();

        for (String viewer : new String[] {officer, reporter}) {
            // with a text search (few matches: the page comes from the matches) and without
            for (String url : new String[] {
                "/laporan?q=" + word,
                "/laporan?wilayah=61.06.01&from="
                        + today.minusDays(6).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            }) {
                Document list = page(viewer, url);
                Element row = list.selectFirst("tr[data-report-id=" + matching + "]");
                assertThat(row).as(viewer + " " + url).isNotNull();
                assertThat(row.select(".watch-badge").text()).isEqualTo("Pengawasan: " + name);
                assertThat(row.hasClass("watch-match")).isTrue();
                for (long plain : List.of(otherActivity, beforeTheWatch)) {
                    Element other = list.selectFirst("tr[data-report-id=" + plain + "]");
                    assertThat(other).as(viewer + " " + url + " " + plain).isNotNull();
                    assertThat(other.select(".watch-badge")).isEmpty();
                }
            }
            Element outside =
                    page(viewer, "/laporan?q=" + word).selectFirst("tr[data-report-id=" + otherKecamatan + "]");
            assertThat(outside).isNotNull();
            assertThat(outside.select(".watch-badge")).isEmpty();
        }
        // a user whose jurisdiction does not meet the watch sees no badge and no watch
        assertThat(page(pontianakReporter, "/laporan").select(".watch-badge").eachText())
                .doesNotContain("Pengawasan: " + name);
    }

    @Test
    void theDashboardStatementsReadTheRegionAndTimeIndexes() {
        String officer = kalbarOfficer();
        long reporterId = accounts.idOf(officer);
        long agencyId = jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, reporterId);
        // a few thousand reports over many desa of the country and two years
        jdbc.update(
                """
                insert into report (full_name, nationality, sex, permit_type, observed_at, region_code, province_code,
                                    regency_code, district_code, place_type, source, reporter_id, reporting_agency_id,
                                    activities)
                select 'Rencana ' || g, 'MY', 'LAKI_LAKI', 'TIDAK_DIKETAHUI',
                       timestamptz '2023-06-01 00:00+07' + g * interval '4 hours', v.code, substr(v.code, 1, 2),
                       substr(v.code, 1, 5), substr(v.code, 1, 8), 'TEMPAT_UMUM', 'PATROLI', ?, ?,
                       case when g % 3 = 0 then array['POLITIK_KAMPANYE'] else array['WISATA'] end::varchar[]
                  from generate_series(1, 4000) g
                  join (select code, row_number() over (order by code) as n from region
                         where level = 'DESA' and code like '__.__.__.2001') v on v.n = 1 + (g * 7919) % 400""",
                reporterId, agencyId);
        jdbc.execute("vacuum analyze report");
        WatchCriteria watch = new WatchCriteria(
                0,
                "Pilkada",
                LocalDate.of(2024, 11, 20),
                LocalDate.of(2024, 11, 30),
                WIB,
                Set.of(KAPUAS_HULU, PONTIANAK),
                Set.of(Activity.POLITIK_KAMPANYE, Activity.JURNALISTIK),
                Set.of(Indication.PEMILU),
                Set.of(ReportSource.MEDIA_SOSIAL));
        for (Jurisdiction viewer : List.of(
                new Jurisdiction(false, Set.of("61")),
                new Jurisdiction(false, Set.of(KAPUAS_HULU)),
                Jurisdiction.everything())) {
            SqlFragment where = WatchDashboard.where(ReportScope.of(viewer), watch, WatchDashboard.Slice.WHOLE);
            String plan = plan(SqlFragment.of("select count(*) from report r").plus(where));
            assertThat(plan).as(viewer + "\n" + plan).doesNotContain("Seq Scan on report");
            assertThat(plan)
                    .as(viewer + "\n" + plan)
                    .containsPattern("report_(regency|province|district)?_?observed_idx");
            String day = plan(SqlFragment.of("select r.id from report r")
                    .plus(WatchDashboard.where(
                            ReportScope.of(viewer),
                            watch,
                            new WatchDashboard.Slice(LocalDate.of(2024, 11, 27), KAPUAS_HULU)))
                    .plus(" order by r.observed_at limit 501"));
            assertThat(day).as(viewer + "\n" + day).doesNotContain("Seq Scan on report");
        }
        // the badge's expression over a list page adds no scan either
        SqlFragment badge = SqlFragment.of("select r.id, (case when ")
                .plus(watch.sql("r"))
                .plus(
                        " then 'x' end) from report r where r.regency_code = '61.06' order by r.observed_at desc, r.id desc limit 25");
        assertThat(plan(badge)).doesNotContain("Seq Scan on report");
    }

    private String plan(SqlFragment query) {
        return new TransactionTemplate(transactions)
                .execute(status -> String.join(
                        "\n", named.queryForList("explain " + query.text(), query.parameters(), String.class)));
    }
}
