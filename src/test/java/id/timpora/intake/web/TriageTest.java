package id.timpora.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Routing and triage of public reports (#14): a report from a Kapuas Hulu desa reaches the Kanim and the Kesbangpol of
 * Kapuas Hulu and nobody in Bali; accept, duplicate and reject by role; everyone else gets "not found".
 */
class TriageTest extends PublicIntakeTestBase {

    String kanimOfficer;
    String kesbangpolReporter;
    String polriReporter;
    String baliOfficer;
    String admin;
    long kesbangpol;

    @BeforeEach
    void people() {
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        kanimOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        kesbangpolReporter = accounts.create("REPORTER", kesbangpol);
        polriReporter = accounts.create("REPORTER", agencies.create("POLRI", "KABUPATEN_KOTA", "61.06"));
        baliOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        admin = accounts.create("ADMIN", kesbangpol);
    }

    /** Sends a public report and returns its id and tracking code. */
    Object[] sendPublicReport(String region, MockMultipartFile... photos) throws Exception {
        Visitor visitor = new Visitor(newClient());
        Map<String, String> fields = filledIn(region);
        MvcResult sent = visitor.send(fields, photos);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        long id = jdbc.queryForObject(
                "select id from public_report where description = ?", Long.class, fields.get("description"));
        return new Object[] {id, sent.getFlashMap().get(PublicReportController.CODE)};
    }

    Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        if (user != null) {
            request.with(accounts.as(user));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
    }

    String publicStatus(String code) throws Exception {
        return Jsoup.parse(mvc.perform(post("/lapor/status").with(csrf()).param("code", code))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .select("#statusResult")
                .text();
    }

    @Test
    void aKapuasHuluReportReachesTheKanimAndKesbangpolOfKapuasHuluAndNobodyInBali() throws Exception {
        long reportsBefore = jdbc.queryForObject("select count(*) from report", Long.class);
        long countedBefore = jdbc.queryForObject("select coalesce(sum(n), 0) from dashboard_count", Long.class);
        long id = (long) sendPublicReport(PALA_PULAU)[0];
        String row = "tr[data-public-report-id=" + id + "]";

        assertThat(page(kanimOfficer, "/laporan-masyarakat").select(row)).hasSize(1);
        assertThat(page(kesbangpolReporter, "/laporan-masyarakat").select(row)).hasSize(1);
        assertThat(page(kanimOfficer, "/laporan-masyarakat/" + id)
                        .select("#description")
                        .text())
                .startsWith("Dua orang asing bekerja di kebun sawit");
        assertThat(page(kanimOfficer, "/laporan-masyarakat").select("#navPublicReports"))
                .hasSize(1);

        // Bali sees nothing, not even by URL
        assertThat(page(baliOfficer, "/laporan-masyarakat").select(row)).isEmpty();
        assertThat(status(baliOfficer, get("/laporan-masyarakat/" + id))).isEqualTo(404);
        // another agency type in Kapuas Hulu does not triage: no queue, no record, no menu
        assertThat(status(polriReporter, get("/laporan-masyarakat"))).isEqualTo(404);
        assertThat(status(polriReporter, get("/laporan-masyarakat/" + id))).isEqualTo(404);
        assertThat(page(polriReporter, "/laporan").select("#navPublicReports")).isEmpty();
        // administrators see no report data; the public is sent to sign in
        assertThat(status(admin, get("/laporan-masyarakat/" + id))).isEqualTo(403);
        assertThat(status(null, get("/laporan-masyarakat/" + id))).isEqualTo(302);

        // it is no report yet: not in the report list, not counted
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where narrative like ?",
                        Long.class,
                        "Laporan masyarakat #" + id + " %"))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from report", Long.class))
                .isEqualTo(reportsBefore);
        assertThat(jdbc.queryForObject("select coalesce(sum(n), 0) from dashboard_count", Long.class))
                .isEqualTo(countedBefore);
    }

    @Test
    void aKesbangpolReporterAcceptsItAsANewReportWithItsPhotosAndTheSenderSeesDiterima() throws Exception {
        Object[] sent =
                sendPublicReport(PALA_PULAU, new MockMultipartFile("photos", "a.jpg", "image/jpeg", jpeg(40, 30)));
        long id = (long) sent[0];
        String code = (String) sent[1];
        Document detail = page(kesbangpolReporter, "/laporan-masyarakat/" + id);
        assertThat(detail.select("#photos img")).hasSize(1);
        String photoUrl = detail.select("#photos img").attr("src");
        assertThat(mvc.perform(get(photoUrl).with(accounts.as(kesbangpolReporter)))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("image/jpeg");
        assertThat(status(baliOfficer, get(photoUrl))).isEqualTo(404);

        // the subject fields are required: refused beside them, nothing saved
        MvcResult refused = mvc.perform(post("/laporan-masyarakat/" + id + "/terima")
                        .with(accounts.as(kesbangpolReporter))
                        .with(csrf())
                        .param("version", "0")
                        .param("fullName", "")
                        .param("nationality", "MY")
                        .param("sex", "TIDAK_DIKETAHUI")
                        .param("permitType", "TIDAK_DIKETAHUI"))
                .andReturn();
        Document form = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#acceptForm .error-summary li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(form.select("#acceptForm #nationality-accept option[selected]")
                        .val())
                .isEqualTo("MY");
        assertThat(jdbc.queryForObject("select status from public_report where id = ?", String.class, id))
                .isEqualTo("MENUNGGU");

        MvcResult accepted = mvc.perform(post("/laporan-masyarakat/" + id + "/terima")
                        .with(accounts.as(kesbangpolReporter))
                        .with(csrf())
                        .param("version", "0")
                        .param("fullName", "Tidak diketahui")
                        .param("nationality", "MY")
                        .param("sex", "LAKI_LAKI")
                        .param("approximateAge", "35")
                        .param("permitType", "TIDAK_DIKETAHUI")
                        .param("placeType", "TEMPAT_KERJA")
                        .param("activities", "BEKERJA")
                        .param("publicNote", "Terima kasih, petugas akan memeriksa lokasi."))
                .andReturn();
        String location = accepted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/laporan/");
        long reportId = Long.parseLong(location.substring("/laporan/".length()));
        Map<String, Object> report = jdbc.queryForMap(
                "select status, source, region_code, full_name, reporter_id, narrative from report where id = ?",
                reportId);
        assertThat(report)
                .containsEntry("status", "BARU")
                .containsEntry("source", "LAPORAN_MASYARAKAT")
                .containsEntry("region_code", PALA_PULAU)
                .containsEntry("full_name", "Tidak diketahui")
                .containsEntry("reporter_id", accounts.idOf(kesbangpolReporter));
        assertThat(report.get("narrative").toString()).contains("kebun sawit");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_attachment where report_id = ?", Long.class, reportId))
                .isOne();
        assertThat(jdbc.queryForMap(
                        "select status, accepted_report_id, decided_by from public_report where id = ?", id))
                .containsEntry("status", "DITERIMA")
                .containsEntry("accepted_report_id", reportId)
                .containsEntry("decided_by", accounts.idOf(kesbangpolReporter));
        assertThat(jdbc.queryForList(
                        "select detail from audit_log where target_type = 'PUBLIC_REPORT' and target_id = ?"
                                + " and action = 'STATUS_CHANGE'",
                        String.class,
                        String.valueOf(id)))
                .singleElement()
                .asString()
                .contains("MENUNGGU → DITERIMA");
        // the Kanim officer sees it in the normal list now
        assertThat(page(kanimOfficer, "/laporan/" + reportId)
                        .select("#reportStatus")
                        .text())
                .isEqualTo("Baru");

        String statusText = publicStatus(code);
        assertThat(statusText)
                .contains("Diterima")
                .contains("Terima kasih, petugas akan memeriksa lokasi.")
                .doesNotContain(accounts.idOf(kesbangpolReporter) + "")
                .doesNotContain("#" + reportId);

        // decided once: a second decision is refused and changes nothing
        MvcResult again = mvc.perform(post("/laporan-masyarakat/" + id + "/tolak")
                        .with(accounts.as(kanimOfficer))
                        .with(csrf())
                        .param("version", "0")
                        .param("reason", "SPAM"))
                .andReturn();
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("triage.alreadyDecided");
        assertThat(jdbc.queryForObject("select status from public_report where id = ?", String.class, id))
                .isEqualTo("DITERIMA");
    }

    @Test
    void anOfficerMarksADuplicateOfAReportInTheJurisdictionOnly() throws Exception {
        long id = (long) sendPublicReport(PALA_PULAU)[0];
        long original = reports.by(kanimOfficer, PALA_PULAU).insert();
        long inBali = reports.by(baliOfficer, TUBAN_BADUNG).insert();

        Document refused = Jsoup.parse(mvc.perform(post("/laporan-masyarakat/" + id + "/duplikat")
                        .with(accounts.as(kanimOfficer))
                        .with(csrf())
                        .param("version", "0")
                        .param("duplicateOfId", String.valueOf(inBali)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#duplicateForm #duplicateOfId-error").text())
                .isEqualTo("Nomor laporan tidak ditemukan di wilayah Anda.");
        assertThat(refused.select("#duplicateForm #duplicateOfId").val()).isEqualTo(String.valueOf(inBali));

        MvcResult done = mvc.perform(post("/laporan-masyarakat/" + id + "/duplikat")
                        .with(accounts.as(kanimOfficer))
                        .with(csrf())
                        .param("version", "0")
                        .param("duplicateOfId", String.valueOf(original)))
                .andReturn();
        assertThat(done.getFlashMap().get("flashSuccess")).isEqualTo("triage.markedDuplicate");
        assertThat(jdbc.queryForMap("select status, duplicate_of_id from public_report where id = ?", id))
                .containsEntry("status", "DUPLIKAT")
                .containsEntry("duplicate_of_id", original);
        assertThat(page(kanimOfficer, "/laporan-masyarakat").select("tr[data-public-report-id=" + id + "]"))
                .isEmpty();
    }

    @Test
    void rejectionNeedsAReasonAndOnlyTheJurisdictionsTriagersMayDecide() throws Exception {
        Object[] sent = sendPublicReport(PALA_PULAU);
        long id = (long) sent[0];
        String url = "/laporan-masyarakat/" + id + "/tolak";

        assertThat(status(baliOfficer, post(url).param("version", "0").param("reason", "SPAM")))
                .isEqualTo(404);
        assertThat(status(polriReporter, post(url).param("version", "0").param("reason", "SPAM")))
                .isEqualTo(404);
        assertThat(status(admin, post(url).param("version", "0").param("reason", "SPAM")))
                .isEqualTo(403);
        assertThat(status(null, post(url).param("version", "0").param("reason", "SPAM")))
                .isEqualTo(302);
        assertThat(status(
                        baliOfficer,
                        post("/laporan-masyarakat/" + id + "/terima").param("version", "0")))
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select status from public_report where id = ?", String.class, id))
                .isEqualTo("MENUNGGU");

        Document noReason = Jsoup.parse(mvc.perform(post(url)
                        .with(accounts.as(kanimOfficer))
                        .with(csrf())
                        .param("version", "0")
                        .param("publicNote", "Catatan"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(noReason.select("#rejectForm #reason-error").text()).isEqualTo("Pilih alasan.");
        assertThat(noReason.select("#rejectForm textarea[name=publicNote]").text())
                .isEqualTo("Catatan");

        mvc.perform(post(url)
                .with(accounts.as(kanimOfficer))
                .with(csrf())
                .param("version", "0")
                .param("reason", "TIDAK_RELEVAN")
                .param("publicNote", "Orang tersebut warga negara Indonesia."));
        assertThat(jdbc.queryForMap("select status, rejection_reason from public_report where id = ?", id))
                .containsEntry("status", "DITOLAK")
                .containsEntry("rejection_reason", "TIDAK_RELEVAN");
        assertThat(publicStatus((String) sent[1]))
                .contains("Tidak ditindaklanjuti")
                .contains("Orang tersebut warga negara Indonesia.");
    }

    @Test
    void theDashboardCountsPublicReportsApartForThoseWhoTriageThem() throws Exception {
        long id = (long) sendPublicReport(PALA_PULAU)[0];
        Document home = page(kanimOfficer, "/");
        String counts = home.select("#publicReportCounts").text();
        assertThat(counts).contains("menunggu telaah");
        long waiting = jdbc.queryForObject(
                "select count(*) from public_report where regency_code = '61.06' and status = 'MENUNGGU'"
                        + " and received_at >= now() - interval '29 days'",
                Long.class);
        assertThat(counts).contains("menunggu telaah " + waiting + " (");
        mvc.perform(post("/laporan-masyarakat/" + id + "/tolak")
                .with(accounts.as(kanimOfficer))
                .with(csrf())
                .param("version", "0")
                .param("reason", "SPAM"));
        assertThat(page(kanimOfficer, "/").select("#publicReportCounts").text())
                .contains("menunggu telaah " + (waiting - 1) + " (");
        assertThat(page(polriReporter, "/").select("#publicReportCounts")).isEmpty();
        assertThat(page(baliOfficer, "/").select("#publicReportCounts").text()).doesNotContain("telaah " + waiting);
    }

    @Test
    void theQueueShowsTheWaitAndFlagsWhatWaitedMoreThanADay() throws Exception {
        long old = (long) sendPublicReport(PALA_PULAU)[0];
        long fresh = (long) sendPublicReport(PALA_PULAU)[0];
        jdbc.update("update public_report set received_at = now() - interval '30 hours' where id = ?", old);

        Document queue = page(kanimOfficer, "/laporan-masyarakat");
        var oldRow = queue.select("tr[data-public-report-id=" + old + "]");
        var freshRow = queue.select("tr[data-public-report-id=" + fresh + "]");
        assertThat(oldRow.select(".triage-waited").text()).isEqualTo("menunggu 1 hari");
        assertThat(oldRow.select(".triage-overdue").text()).isEqualTo("Lebih dari 24 jam");
        assertThat(freshRow.select(".triage-waited").text()).isEqualTo("menunggu kurang dari 1 jam");
        assertThat(freshRow.select(".triage-overdue")).isEmpty();
        // longest waiting first
        assertThat(queue.select("tr[data-public-report-id]").eachAttr("data-public-report-id"))
                .containsSubsequence(String.valueOf(old), String.valueOf(fresh));
    }

    @Test
    void theTriagePageHasNoDuplicateIdsAndEveryLabelPointsToItsOwnField() throws Exception {
        long id = (long) sendPublicReport(PALA_PULAU)[0];
        Document detail = page(kanimOfficer, "/laporan-masyarakat/" + id);
        java.util.List<String> ids = detail.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(detail.select("textarea[name=publicNote]")).hasSize(3);
        for (var label : detail.select("label[for]")) {
            assertThat(detail.getElementById(label.attr("for")))
                    .as("the field of label " + label.text())
                    .isNotNull();
        }
        assertThat(detail.select("#rejectForm label[for=publicNote-reject]")).hasSize(1);
        assertThat(detail.select("#rejectForm input[name=version]").val()).isEqualTo("0");
    }

    @Test
    void theErrorSummaryOfTheDuplicateAndRejectFormsLeadsToTheirOwnFields() throws Exception {
        long id = (long) sendPublicReport(PALA_PULAU)[0];
        for (String[] form : new String[][] {{"tolak", "rejectForm"}, {"duplikat", "duplicateForm"}}) {
            Document refused = Jsoup.parse(mvc.perform(post("/laporan-masyarakat/" + id + "/" + form[0])
                            .with(accounts.as(kanimOfficer))
                            .with(csrf())
                            .param("version", "0")
                            .param("publicNote", "x".repeat(501)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            var links = refused.select("#" + form[1] + " .error-summary a[href^=#]");
            assertThat(links).as(form[1]).isNotEmpty();
            for (var link : links) {
                var target = refused.getElementById(link.attr("href").substring(1));
                assertThat(target).as(form[1] + " " + link.text()).isNotNull();
                assertThat(target.closest("form").id()).as(link.text()).isEqualTo(form[1]);
            }
        }
    }
}
