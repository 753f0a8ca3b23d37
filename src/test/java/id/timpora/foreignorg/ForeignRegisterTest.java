package id.timpora.foreignorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The foreign organisations register: jurisdiction like reports (404 outside, also by URL), the Permendagri 49/2010
 * checklist and decision by role, and the journalist without a valid coverage permit flagged on the report.
 */
class ForeignRegisterTest extends IntegrationTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String PALA_PULAU = "61.06.01.2004";
    static final String BADUNG_DESA = "51.03.01.1001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private long organisation(String kind, String desa, long agencyId) {
        return jdbc.queryForObject(
                """
                insert into organisation (kind, name, country_code, region_code, province_code, regency_code,
                                          district_code, address, registered_by_agency_id)
                values (?, ?, 'AU', ?, ?, ?, ?, 'Jl. Uji 1', ?) returning id""",
                Long.class,
                kind,
                kind + " Uji " + System.nanoTime() + "-" + SEQUENCE.incrementAndGet(),
                desa,
                desa.substring(0, 2),
                desa.substring(0, 5),
                desa.substring(0, 8),
                agencyId);
    }

    private long agencyOf(String user) {
        return jdbc.queryForObject("select agency_id from app_user where username = ?", Long.class, user);
    }

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        if (user != null) {
            request.with(accounts.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private Document page(String user, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(accounts.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(accounts.as(user)).with(csrf())).andReturn();
    }

    private long createActivity(String user, long organisation, String region) throws Exception {
        MvcResult result = send(
                user,
                post("/organisasi-asing/" + organisation + "/kegiatan/baru")
                        .param("title", "Pelatihan pemantau pemilu")
                        .param("purpose", "Pelatihan relawan pemantau Pilkada")
                        .param("startsOn", "20/11/2024")
                        .param("endsOn", "28/11/2024")
                        .param("regionCodes", region)
                        .param("fundingSource", "Donor luar negeri"));
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/organisasi-asing/kegiatan/");
        return Long.parseLong(location.substring("/organisasi-asing/kegiatan/".length()));
    }

    @Test
    void theRegisterFollowsJurisdictionLikeReports() throws Exception {
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "61"));
        String baliKesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "51.03"));
        String police = accounts.create("REPORTER", agencies.create("POLRI", "KABUPATEN_KOTA", "61.06"));
        String kalbarAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "61"));
        long ngo = organisation("LSM_ASING", PALA_PULAU, agencyOf(kesbangpol));
        long lodging = organisation("PENGINAPAN_HOTEL", PALA_PULAU, agencyOf(kesbangpol));
        long baliNgo = organisation("YAYASAN_ASING", BADUNG_DESA, agencyOf(baliKesbangpol));
        long activity = createActivity(kesbangpol, ngo, "61.06.01");
        String partner = accounts.create("PARTNER");
        jdbc.update(
                "insert into partner_account (account_id, organisation_id) values (?, ?)",
                accounts.idOf(partner),
                lodging);

        for (String viewer : new String[] {kesbangpol, officer, kalbarAdmin}) {
            assertThat(status(viewer, get("/organisasi-asing/" + ngo)))
                    .as(viewer)
                    .isEqualTo(200);
            assertThat(status(viewer, get("/organisasi-asing/kegiatan/" + activity)))
                    .as(viewer)
                    .isEqualTo(200);
            Document list = page(viewer, "/organisasi-asing");
            assertThat(list.select("[data-organisation-id=" + ngo + "]"))
                    .as(viewer)
                    .hasSize(1);
            assertThat(list.select("[data-organisation-id=" + lodging + "]"))
                    .as("not foreign")
                    .isEmpty();
            assertThat(list.select("[data-organisation-id=" + baliNgo + "]"))
                    .as(viewer)
                    .isEmpty();
        }
        // administrators read the organisation and its activities, not its people or reports
        assertThat(page(kalbarAdmin, "/organisasi-asing/" + ngo).select("#orang, #laporan"))
                .isEmpty();
        assertThat(page(kesbangpol, "/organisasi-asing/" + ngo).select("#orang, #laporan"))
                .hasSize(2);
        // a lodging is no foreign organisation, whoever asks
        assertThat(status(kesbangpol, get("/organisasi-asing/" + lodging))).isEqualTo(404);
        // another province, another agency's role, a partner: not found, also by URL
        for (String outsider : new String[] {baliKesbangpol, police, partner}) {
            assertThat(status(outsider, get("/organisasi-asing/" + ngo)))
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(status(outsider, get("/organisasi-asing/kegiatan/" + activity)))
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(mvc.perform(post("/organisasi-asing/" + ngo + "/mitra")
                                    .with(accounts.as(outsider))
                                    .with(csrf())
                                    .param("partnerName", "LSM Lokal")
                                    .param("partnerKind", "LSM_LOKAL"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(status(police, get("/organisasi-asing"))).isEqualTo(404);
        assertThat(status(partner, get("/organisasi-asing"))).isEqualTo(404);
        assertThat(mvc.perform(get("/organisasi-asing/" + ngo))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");

        // a Bali organisation with an activity in Kapuas Hulu is seen there
        long baliActivity = createActivity(baliKesbangpol, baliNgo, "51.03");
        jdbc.update(
                "insert into foreign_activity_region (activity_id, region_code) values (?, '61.06.01')", baliActivity);
        assertThat(page(kesbangpol, "/organisasi-asing").select("[data-organisation-id=" + baliNgo + "]"))
                .hasSize(1);
        // ...but of its activities only the one that meets the jurisdiction
        long onlyInBali = createActivity(baliKesbangpol, baliNgo, "51.03");
        Document baliPage = page(kesbangpol, "/organisasi-asing/" + baliNgo);
        assertThat(baliPage.select("[data-activity-id=" + baliActivity + "]")).hasSize(1);
        assertThat(baliPage.select("[data-activity-id=" + onlyInBali + "]")).isEmpty();
        assertThat(status(kesbangpol, get("/organisasi-asing/kegiatan/" + onlyInBali)))
                .isEqualTo(404);
        assertThat(status(baliKesbangpol, get("/organisasi-asing/kegiatan/" + onlyInBali)))
                .isEqualTo(200);
        assertThat(count("select count(*) from foreign_partner where organisation_id = ?", ngo))
                .isZero();
    }

    @Test
    void theChecklistIsKesbangpolsAndImmigrationsAndTheDecisionKesbangpolsAlone() throws Exception {
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String police = accounts.create("OFFICER", agencies.create("POLRI", "KABUPATEN_KOTA", "61.06"));
        String kalbarAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "61"));
        long ngo = organisation("LSM_ASING", PALA_PULAU, agencyOf(kesbangpol));
        MvcResult partner = send(
                kesbangpol,
                post("/organisasi-asing/" + ngo + "/mitra")
                        .param("partnerName", "Yayasan Lokal Kapuas")
                        .param("partnerKind", "LSM_LOKAL")
                        .param("partnerRegion", PALA_PULAU));
        assertThat(partner.getResponse().getRedirectedUrl()).startsWith("/organisasi-asing/" + ngo);
        long activity = createActivity(kesbangpol, ngo, "61.06.01");
        String url = "/organisasi-asing/kegiatan/" + activity;

        // who may check: Kesbangpol and Imigrasi officers; not the police, not administrators
        assertThat(send(police, post(url + "/periksa").param("fulfilled[MOU]", "true"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(kalbarAdmin, post(url + "/periksa").param("fulfilled[MOU]", "true"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(
                                officer,
                                post(url + "/periksa")
                                        .param("fulfilled[REKOMENDASI_KEMLU]", "true")
                                        .param("notes[REKOMENDASI_KEMLU]", "Surat Kemlu 123/2024"))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(url);
        // deciding before every item is checked is refused
        MvcResult early = send(
                kesbangpol,
                post(url + "/keputusan").param("decision", "DIIZINKAN").param("version", "0"));
        assertThat(early.getResponse().getStatus()).isEqualTo(200);
        assertThat(early.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Periksa semua butir sebelum memutuskan.");
        MockHttpServletRequestBuilder rest = post(url + "/periksa");
        for (ChecklistItem item : ChecklistItem.values()) {
            if (item != ChecklistItem.REKOMENDASI_KEMLU) {
                rest.param("fulfilled[" + item + "]", item == ChecklistItem.MOU ? "false" : "true");
            }
        }
        rest.param("notes[MOU]", "MoU belum ditandatangani");
        assertThat(send(kesbangpol, rest).getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(count("select count(*) from foreign_activity_check where activity_id = ?", activity))
                .isEqualTo(7);

        // an immigration officer checks but does not decide
        assertThat(send(
                                officer,
                                post(url + "/keputusan")
                                        .param("decision", "DITUNDA")
                                        .param("reason", "x")
                                        .param("version", "0"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        Document officerPage = page(officer, url);
        assertThat(officerPage.select("#decisionForm")).isEmpty();
        assertThat(officerPage.select("#saveChecklist")).hasSize(1);
        // allowing with an item not fulfilled, postponing without a reason: refused beside the field
        MvcResult allow = send(
                kesbangpol,
                post(url + "/keputusan").param("decision", "DIIZINKAN").param("version", "0"));
        assertThat(Jsoup.parse(allow.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select("#decision-error")
                        .text())
                .isEqualTo("Kegiatan hanya dapat diizinkan bila semua butir terpenuhi.");
        MvcResult noReason = send(
                kesbangpol,
                post(url + "/keputusan").param("decision", "DITUNDA").param("version", "0"));
        assertThat(noReason.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tulis alasan penundaan atau penolakan.");
        assertThat(jdbc.queryForObject("select status from foreign_activity where id = ?", String.class, activity))
                .isEqualTo("DIAJUKAN");
        // postponed with a reason, then allowed once the MoU is there
        assertThat(send(
                                kesbangpol,
                                post(url + "/keputusan")
                                        .param("decision", "DITUNDA")
                                        .param("reason", "Menunggu MoU")
                                        .param("version", "0"))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(url);
        assertThat(send(kesbangpol, post(url + "/periksa").param("fulfilled[MOU]", "true"))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(url);
        assertThat(send(
                                kesbangpol,
                                post(url + "/keputusan")
                                        .param("decision", "DIIZINKAN")
                                        .param("version", "1"))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(url);
        assertThat(jdbc.queryForMap("select status, decided_agency_id from foreign_activity where id = ?", activity))
                .containsEntry("status", "DIIZINKAN")
                .containsEntry("decided_agency_id", agencyOf(kesbangpol));
        Document decided = page(kesbangpol, url);
        assertThat(decided.select("#activityStatus").text()).isEqualTo("Diizinkan");
        assertThat(decided.select("#decisionForm")).isEmpty();
        // decided is final
        MvcResult again = send(
                kesbangpol,
                post(url + "/keputusan")
                        .param("decision", "DITOLAK")
                        .param("reason", "x")
                        .param("version", "2"));
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("foreignorg.error.decided");
        assertThat(jdbc.queryForObject("select status from foreign_activity where id = ?", String.class, activity))
                .isEqualTo("DIIZINKAN");
        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_type = 'FOREIGN_ACTIVITY' and target_id = ? order by id",
                        String.class,
                        String.valueOf(activity)))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "STATUS_CHANGE", "UPDATE", "STATUS_CHANGE");
    }

    @Test
    void aJournalistWithoutAValidCoveragePermitIsFlaggedOnTheReport() throws Exception {
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        long outlet = organisation("MEDIA_ASING", PALA_PULAU, agencyOf(kesbangpol));
        String passport = "J" + System.nanoTime() % 10000000;
        long subject = jdbc.queryForObject(
                "insert into subject (full_name, nationality, passport_number) values ('Jane Reporter', 'AU', ?) returning id",
                Long.class,
                passport);
        Instant onTheDay = LocalDateTime.of(2024, 11, 27, 10, 0).atZone(WIB).toInstant();
        long report = reports.by(kesbangpol, PALA_PULAU)
                .set("full_name", "Jane Reporter")
                .set("passport_number", passport)
                .set("activities", new String[] {"JURNALISTIK"})
                .set("observed_at", onTheDay)
                .set("subject_id", subject)
                .insert();
        long later = reports.by(kesbangpol, PALA_PULAU)
                .set("full_name", "Jane Reporter")
                .set("activities", new String[] {"JURNALISTIK"})
                .set("observed_at", onTheDay.plusSeconds(40L * 86400))
                .set("subject_id", subject)
                .insert();
        long tourist = reports.by(kesbangpol, PALA_PULAU)
                .set("activities", new String[] {"WISATA"})
                .insert();

        assertThat(panel(kesbangpol, report).select("#journalistFlag").text()).contains("Jurnalis tanpa izin liputan");
        assertThat(panel(kesbangpol, tourist).select("#journalistFlag")).isEmpty();

        // a permit for Bali only does not cover Kapuas Hulu
        MvcResult bali = send(kesbangpol, permit(outlet, subject, "PERS-BALI-1").param("permitRegion", "51"));
        assertThat(bali.getResponse().getRedirectedUrl())
                .as(bali.getResponse().getContentAsString())
                .startsWith("/organisasi-asing/");
        assertThat(panel(kesbangpol, report).select("#journalistFlag")).hasSize(1);
        // a permit for all of Indonesia for November covers the day, not the sighting 40 days later
        assertThat(send(kesbangpol, permit(outlet, subject, "PERS-2024-77"))
                        .getResponse()
                        .getRedirectedUrl())
                .startsWith("/organisasi-asing/" + outlet);
        Document covered = panel(kesbangpol, report);
        assertThat(covered.select("#journalistFlag")).isEmpty();
        assertThat(covered.select("#journalistPermit").text()).contains("PERS-2024-77");
        assertThat(panel(kesbangpol, later).select("#journalistFlag")).hasSize(1);
        // the permit is on the person, shown on the outlet, and the journalist is one of its people
        Document outletPage = page(kesbangpol, "/organisasi-asing/" + outlet);
        assertThat(outletPage.select("#permitList").text())
                .contains("PERS-2024-77")
                .contains("Jane Reporter");
        assertThat(outletPage
                        .select("#peopleList [data-subject-id=" + subject + "]")
                        .text())
                .contains("Jurnalis");
        // a subject outside the user's jurisdiction cannot be given a permit
        String bali2 = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "51.03"));
        long baliSubject = jdbc.queryForObject(
                "insert into subject (full_name, nationality) values ('Bali Person', 'AU') returning id", Long.class);
        reports.by(bali2, BADUNG_DESA).set("subject_id", baliSubject).insert();
        MvcResult refused = send(kesbangpol, permit(outlet, baliSubject, "PERS-X"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Orang asing dengan nomor ini tidak ada di wilayah Anda.");
        assertThat(count("select count(*) from journalist_permit where press_permit_number = 'PERS-X'"))
                .isZero();
        // the panel follows the report's jurisdiction
        assertThat(status(bali2, get("/organisasi-asing/laporan/" + report + "/panel")))
                .isEqualTo(404);
    }

    @Test
    void aReportLinkedFromItsPageShowsOnTheOrganisationInsideTheViewersJurisdiction() throws Exception {
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        String bali = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "51.03"));
        long ngo = organisation("LSM_ASING", PALA_PULAU, agencyOf(kesbangpol));
        long report = reports.by(kesbangpol, PALA_PULAU)
                .set("full_name", "Relawan Asing")
                .insert();
        long baliReport = reports.by(bali, BADUNG_DESA).insert();
        assertThat(send(
                                kesbangpol,
                                post("/organisasi-asing/tautkan-laporan")
                                        .param("organisationId", String.valueOf(ngo))
                                        .param("reportId", String.valueOf(report)))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/laporan/" + report);
        assertThat(page(kesbangpol, "/organisasi-asing/" + ngo)
                        .select("#linkedReports [data-report-id=" + report + "]"))
                .hasSize(1);
        assertThat(panel(kesbangpol, report).select("#linkedOrganisations a").text())
                .startsWith("LSM_ASING Uji");
        // a report outside the jurisdiction cannot be linked
        MvcResult refused = send(
                kesbangpol,
                post("/organisasi-asing/" + ngo + "/laporan").param("reportId", String.valueOf(baliReport)));
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Laporan dengan nomor ini tidak ada di wilayah Anda.");
        assertThat(count("select count(*) from foreign_report_link where report_id = ?", baliReport))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_type = 'FOREIGN_ORGANISATION' and target_id = ?",
                        String.class,
                        String.valueOf(ngo)))
                .contains("LINK", "VIEW");
    }

    @Test
    void aSubjectMergeKeepsTheRegistersPeopleAndPermits() throws Exception {
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        long outlet = organisation("MEDIA_ASING", PALA_PULAU, agencyOf(kesbangpol));
        long[] subjects = new long[2];
        for (int i = 0; i < 2; i++) {
            subjects[i] = jdbc.queryForObject(
                    "insert into subject (full_name, nationality) values ('Tom Camera', 'GB') returning id",
                    Long.class);
            reports.by(kesbangpol, PALA_PULAU)
                    .set("full_name", "Tom Camera")
                    .set("nationality", "GB")
                    .set("subject_id", subjects[i])
                    .insert();
        }
        assertThat(send(kesbangpol, permit(outlet, subjects[1], "PERS-GB-9"))
                        .getResponse()
                        .getRedirectedUrl())
                .startsWith("/organisasi-asing/" + outlet);
        assertThat(send(
                                officer,
                                post("/orang-asing/" + subjects[0] + "/gabung")
                                        .param("otherId", String.valueOf(subjects[1])))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/orang-asing/" + subjects[0]);
        assertThat(count("select count(*) from subject where id = ?", subjects[1]))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select subject_id from journalist_permit where press_permit_number = 'PERS-GB-9'", Long.class))
                .isEqualTo(subjects[0]);
        assertThat(jdbc.queryForList(
                        "select subject_id from foreign_person where organisation_id = ?", Long.class, outlet))
                .containsExactly(subjects[0]);
    }

    @Test
    void aPermitOrPartnerWithAnUnknownRegionIsRefusedBesideTheFieldNotA500() throws Exception {
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        long outlet = organisation("MEDIA_ASING", PALA_PULAU, agencyOf(kesbangpol));
        long subject = jdbc.queryForObject(
                "insert into subject (full_name, nationality) values ('Unknown Region', 'AU') returning id",
                Long.class);
        reports.by(kesbangpol, PALA_PULAU).set("subject_id", subject).insert();

        MvcResult refused =
                send(kesbangpol, permit(outlet, subject, "PERS-NOWHERE").param("permitRegion", "99.99"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#permitForm .invalid-feedback").text()).contains("Wilayah tidak dikenal.");
        assertThat(page.select("input[name=pressPermitNumber]").val()).isEqualTo("PERS-NOWHERE");
        assertThat(count("select count(*) from journalist_permit where press_permit_number = 'PERS-NOWHERE'"))
                .isZero();

        MvcResult partner = send(
                kesbangpol,
                post("/organisasi-asing/" + outlet + "/mitra")
                        .param("partnerName", "Mitra Lokal Uji")
                        .param("partnerKind", "LSM_LOKAL")
                        .param("partnerRegion", "99.99.99.9999"));
        assertThat(partner.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(partner.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select("#partnerForm .invalid-feedback")
                        .text())
                .contains("Wilayah tidak dikenal.");
    }

    private MockHttpServletRequestBuilder permit(long outlet, long subject, String number) {
        return post("/organisasi-asing/" + outlet + "/izin-jurnalis")
                .param("permitSubjectId", String.valueOf(subject))
                .param("pressPermitNumber", number)
                .param("visa", "C2 Jurnalistik 123")
                .param("validFrom", "01/11/2024")
                .param("validUntil", "30/11/2024")
                .param("topic", "Pilkada");
    }

    private Document panel(String user, long report) throws Exception {
        return page(user, "/organisasi-asing/laporan/" + report + "/panel");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
