package id.timpora.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The watch dashboard's figures are the reports a direct, plainly written SQL count finds (in the viewer's
 * jurisdiction, the watch's regions and days, and with one of its kinds), and the daily situation report opens in a
 * PDF reader and holds the same figures and the day's reports.
 */
class WatchFiguresTest extends WatchTestBase {

    /** The plain condition of the Pilkada watch of {@link #definePilkada}: no helper of the application involved. */
    private static final String PILKADA = " (r.region_code like '61.06.%' or r.region_code like '61.71.%')"
            + " and r.observed_at >= timestamptz '2024-11-20 00:00+07' and r.observed_at < timestamptz '2024-12-01 00:00+07'"
            + " and ('POLITIK_KAMPANYE' = any(r.activities) or 'JURNALISTIK' = any(r.activities)"
            + " or 'PEMILU' = any(r.indications) or r.source = 'MEDIA_SOSIAL')";

    private long insert(String reporter, String desa, Instant seen, String name, String[] activities, String source) {
        return reports.by(reporter, desa)
                .set("observed_at", seen)
                .set("full_name", name)
                .set("activities", activities)
                .set("source", source)
                .insert();
    }

    @Test
    void theDashboardFiguresEqualDirectCountsForEachViewer() throws Exception {
        String officer = kalbarOfficer();
        String reporter = kapuasHuluReporter();
        String admin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "61"));
        String bali = baliOfficer();
        String campaign = unique("Kampanye");
        long r1 = insert(
                officer, PALA_PULAU, wib(2024, 11, 27, 10, 0), campaign, new String[] {"POLITIK_KAMPANYE"}, "PATROLI");
        long r2 = insert(
                officer,
                OTHER_KECAMATAN_DESA,
                wib(2024, 11, 27, 23, 30),
                unique("Jurnalis"),
                new String[] {"JURNALISTIK"},
                "PATROLI");
        long r3 = insert(
                officer,
                PONTIANAK_DESA,
                wib(2024, 11, 28, 8, 0),
                unique("Sosmed"),
                new String[] {"WISATA"},
                "MEDIA_SOSIAL");
        jdbc.update("update report set status = 'TINDAK_LANJUT' where id = ?", r3);
        long r4 = insert(
                officer, PALA_PULAU, wib(2024, 11, 27, 11, 0), unique("Turis"), new String[] {"WISATA"}, "PATROLI");
        long r5 = insert(
                officer,
                PALA_PULAU,
                wib(2024, 12, 1, 0, 0),
                unique("Sesudah"),
                new String[] {"POLITIK_KAMPANYE"},
                "PATROLI");
        long r6 = insert(
                bali,
                BADUNG_DESA,
                wib(2024, 11, 27, 9, 0),
                unique("Bali"),
                new String[] {"POLITIK_KAMPANYE"},
                "PATROLI");
        long r7 = insert(
                officer,
                PALA_PULAU,
                wib(2024, 11, 19, 23, 59),
                unique("Sebelum"),
                new String[] {"JURNALISTIK"},
                "PATROLI");
        long r8 = reports.by(officer, PALA_PULAU)
                .set("observed_at", wib(2024, 11, 30, 23, 59))
                .set("activities", new String[] {"LAINNYA"})
                .set("indications", new String[] {"PEMILU"})
                .insert();
        long id = definePilkada(officer, unique("Pilkada Serentak 2024"));

        // the rows this test made are in, or out, as the watch says
        List<Long> mine = List.of(r1, r2, r3, r4, r5, r6, r7, r8);
        assertThat(jdbc.queryForList(
                        "select r.id from report r where r.id = any(?) and" + PILKADA + " order by r.id",
                        Long.class,
                        (Object) mine.toArray(Long[]::new)))
                .containsExactly(r1, r2, r3, r8);

        Document officerPage = page(officer, "/pengawasan-khusus/" + id);
        assertFiguresMatch(officerPage, "(r.province_code = '61')");
        assertThat(figure(officerPage, "#figMatching")).isGreaterThanOrEqualTo(4);
        assertThat(figure(officerPage, "#figFollowUps")).isGreaterThanOrEqualTo(1);
        Document reporterPage = page(reporter, "/pengawasan-khusus/" + id);
        assertFiguresMatch(reporterPage, "(r.regency_code = '61.06')");
        assertThat(figure(reporterPage, "#figMatching")).isLessThan(figure(officerPage, "#figMatching"));

        // one area of the watch
        Document pontianak = page(officer, "/pengawasan-khusus/" + id + "?wilayah=" + PONTIANAK);
        assertThat(figure(pontianak, "#figMatching"))
                .isEqualTo(count("select count(*) from report r where r.regency_code = '61.71' and" + PILKADA));
        assertThat(pontianak.select("#perArea tr[data-area]").eachAttr("data-area"))
                .containsExactly(PONTIANAK);

        // per day (in WIB): the 23:30 report is on the 27th
        long the27th = count("select count(*) from report r where r.province_code = '61' and" + PILKADA
                + " and (r.observed_at at time zone 'Asia/Jakarta')::date = date '2024-11-27'");
        assertThat(Long.parseLong(
                        officerPage.select("tr[data-day=2024-11-27] .day-count").text()))
                .isEqualTo(the27th);
        assertThat(officerPage.select("tr[data-day]")).hasSize(11);

        // an administrator sees the watch, not the reports
        Document adminPage = page(admin, "/pengawasan-khusus/" + id);
        assertThat(adminPage.select("#noReportData")).hasSize(1);
        assertThat(figure(adminPage, "#figMatching")).isZero();

        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_type = 'WATCH_DASHBOARD' and target_id = ?",
                        String.class,
                        String.valueOf(id)))
                .contains("VIEW");
    }

    @Test
    void theDailySituationReportOpensAsPdfAndHoldsTheDaysFiguresAndReports() throws Exception {
        String officer = kalbarOfficer();
        String campaign = unique("Kampanye Harian");
        String otherDay = unique("Hari Lain");
        String notMatching = unique("Turis Harian");
        long seen = insert(
                officer,
                PALA_PULAU,
                wib(2024, 11, 27, 10, 15),
                campaign,
                new String[] {"POLITIK_KAMPANYE"},
                "MEDIA_SOSIAL");
        insert(officer, PALA_PULAU, wib(2024, 11, 26, 10, 0), otherDay, new String[] {"POLITIK_KAMPANYE"}, "PATROLI");
        insert(officer, PALA_PULAU, wib(2024, 11, 27, 12, 0), notMatching, new String[] {"WISATA"}, "PATROLI");
        long id = definePilkada(officer, unique("Pilkada Serentak 2024"));

        MvcResult result = mvc.perform(get("/pengawasan-khusus/" + id + "/laporan-situasi.pdf")
                        .param("tanggal", "2024-11-27")
                        .param("wilayah", KAPUAS_HULU)
                        .with(accounts.as(officer)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("laporan-situasi-harian-" + id + "-20241127-61.06.pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        long matching = count("select count(*) from report r where r.regency_code = '61.06' and" + PILKADA
                + " and (r.observed_at at time zone 'Asia/Jakarta')::date = date '2024-11-27'");
        long social = count("select count(*) from report r where r.regency_code = '61.06' and" + PILKADA
                + " and (r.observed_at at time zone 'Asia/Jakarta')::date = date '2024-11-27'"
                + " and r.source = 'MEDIA_SOSIAL'");
        assertThat(text)
                .contains("LAPORAN SITUASI HARIAN")
                .contains("Rabu, 27 November 2024")
                .contains("Kabupaten Kapuas Hulu")
                .contains("Laporan yang cocok " + matching)
                .contains("Dari media sosial " + social)
                .contains(campaign)
                .contains("#" + seen + " · 10.15")
                .doesNotContain(otherDay)
                .doesNotContain(notMatching);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where target_type = 'WATCH_PERIOD' and target_id = ?"
                                + " and action = 'DOWNLOAD' order by id desc limit 1",
                        String.class,
                        String.valueOf(id)))
                .contains("2024-11-27")
                .contains(String.valueOf(seen));

        // a day outside the watch, an area outside its regions: back to the page with a message, no PDF
        for (String query :
                new String[] {"tanggal=2024-12-02", "tanggal=bukan-tanggal", "tanggal=2024-11-27&wilayah=51.03"}) {
            MvcResult refused = mvc.perform(get("/pengawasan-khusus/" + id + "/laporan-situasi.pdf?" + query)
                            .with(accounts.as(officer)))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).as(query).isEqualTo(302);
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/pengawasan-khusus/" + id);
        }
        assertThat(LocalDate.of(2024, 11, 27).getDayOfWeek().getValue()).isEqualTo(3); // Rabu
    }

    @Test
    void foreignOrganisationsActiveInTheWatchsRegionsAndDaysAreCounted() throws Exception {
        String officer = kalbarOfficer();
        long agency = jdbc.queryForObject("select agency_id from app_user where username = ?", Long.class, officer);
        long creator = accounts.idOf(officer);
        long[] organisations = new long[3];
        for (int i = 0; i < 3; i++) {
            organisations[i] = jdbc.queryForObject(
                    """
                    insert into organisation (kind, name, country_code, region_code, province_code, regency_code,
                                              district_code, address, registered_by_agency_id)
                    values ('LSM_ASING', ?, 'US', ?, '61', '61.06', '61.06.01', 'Jl. Uji', ?) returning id""",
                    Long.class,
                    unique("LSM Pemilu"),
                    PALA_PULAU,
                    agency);
        }
        // during the watch in Kapuas Hulu; during the watch in Bali; after the watch in Kapuas Hulu
        String[][] activities = {
            {"2024-11-25", "2024-11-29", "61.06.01"},
            {"2024-11-25", "2024-11-29", "51.03"},
            {"2024-12-05", "2024-12-09", "61.06"}
        };
        for (int i = 0; i < 3; i++) {
            long activity = jdbc.queryForObject(
                    """
                    insert into foreign_activity (organisation_id, title, purpose, starts_on, ends_on, created_by)
                    values (?, 'Pemantauan', 'Pemantauan pemilu', ?::date, ?::date, ?) returning id""",
                    Long.class,
                    organisations[i],
                    activities[i][0],
                    activities[i][1],
                    creator);
            jdbc.update(
                    "insert into foreign_activity_region (activity_id, region_code) values (?, ?)",
                    activity,
                    activities[i][2]);
        }
        long id = definePilkada(officer, unique("Pilkada Serentak 2024"));
        long direct = count(
                """
                select count(*) from organisation o where o.province_code = '61'
                   and o.kind in ('LSM_ASING', 'MEDIA_ASING', 'YAYASAN_ASING')
                   and exists (select 1 from foreign_activity fa join foreign_activity_region far on far.activity_id = fa.id
                                where fa.organisation_id = o.id and fa.status <> 'DITOLAK'
                                  and fa.starts_on <= date '2024-11-30' and fa.ends_on >= date '2024-11-20'
                                  and (far.region_code like '61.06%' or far.region_code like '61.71%'))""");
        Document dashboard = page(officer, "/pengawasan-khusus/" + id);
        assertThat(figure(dashboard, "#figOrganisations")).isEqualTo(direct).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select o.id from organisation o where o.id = any(?) and exists (select 1 from foreign_activity fa"
                                + " join foreign_activity_region far on far.activity_id = fa.id where fa.organisation_id = o.id"
                                + " and fa.starts_on <= date '2024-11-30' and fa.ends_on >= date '2024-11-20'"
                                + " and far.region_code like '61.06%')",
                        Long.class, (Object) new Long[] {organisations[0], organisations[1], organisations[2]}))
                .containsExactly(organisations[0]);
    }

    private void assertFiguresMatch(Document page, String scope) {
        String where = " from report r where " + scope + " and" + PILKADA;
        assertThat(figure(page, "#figMatching")).isEqualTo(count("select count(*)" + where));
        assertThat(figure(page, "#figCampaign"))
                .isEqualTo(count("select count(*)" + where + " and 'POLITIK_KAMPANYE' = any(r.activities)"));
        assertThat(figure(page, "#figJournalists"))
                .isEqualTo(count("select count(*) from (select distinct coalesce('s' || r.subject_id, 'r' || r.id)"
                        + where + " and 'JURNALISTIK' = any(r.activities)) people"));
        assertThat(figure(page, "#figSocial"))
                .isEqualTo(count("select count(*)" + where + " and r.source = 'MEDIA_SOSIAL'"));
        assertThat(figure(page, "#figFollowUps"))
                .isEqualTo(count("select count(*)" + where + " and r.status = 'TINDAK_LANJUT'"));
        long perAreaSum = page.select("#perArea tr[data-area] td.text-end").eachText().stream()
                .mapToLong(Long::parseLong)
                .sum();
        assertThat(perAreaSum).isEqualTo(figure(page, "#figMatching"));
    }

    private static long figure(Document page, String selector) {
        return Long.parseLong(page.select(selector).text());
    }
}
