package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The report flows of #12: the first follow-up moves a verified report on, the queue by arrival, taking a verification
 * back (audited), hard-to-reverse steps ask first, and files of a refused form are kept for their uploader only.
 */
class ReportFlowsTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kabupaten Kapuas Hulu
    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Badung
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    long kesbangpol;
    long kanim;
    String reporter;
    String officer;
    String officerBali;

    @BeforeEach
    void people() {
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        reporter = accounts.create("REPORTER", kesbangpol);
        officer = accounts.create("OFFICER", kanim);
        officerBali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
    }

    @Test
    void theFirstFollowUpOfAVerifiedReportMovesItToTindakLanjutWithItsHistory() throws Exception {
        long id =
                reports.by(reporter, PALA_PULAU).set("status", "TERVERIFIKASI").insert();

        followUp(officer, id, "DEPORTASI").andExpect(flash().attribute("flashSuccess", "report.followUpAdded"));

        assertThat(statusOf(id)).isEqualTo("TINDAK_LANJUT");
        assertThat(jdbc.queryForMap(
                        "select from_status, to_status, changed_by from report_status_change where report_id = ?", id))
                .containsEntry("from_status", "TERVERIFIKASI")
                .containsEntry("to_status", "TINDAK_LANJUT")
                .containsEntry("changed_by", accounts.idOf(officer));
        assertThat(auditRows("STATUS_CHANGE", id)).singleElement().asString().contains("TERVERIFIKASI → TINDAK_LANJUT");
        // the reporter sees it at once
        Document page = page(reporter, "/laporan/" + id);
        assertThat(page.select("#reportStatus").text()).isEqualTo("Tindak lanjut");

        // a second follow-up adds no step
        followUp(officer, id, "KLARIFIKASI").andExpect(flash().attribute("flashSuccess", "report.followUpAdded"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_status_change where report_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from follow_up where report_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void aRefusedFollowUpMovesNothing() throws Exception {
        long id =
                reports.by(reporter, PALA_PULAU).set("status", "TERVERIFIKASI").insert();
        mvc.perform(post("/laporan/" + id + "/tindak-lanjut")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("type", "DEPORTASI")
                        .param("responsibleAgencyId", String.valueOf(kanim))
                        .param("actionDate", "01/01/2999"))
                .andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("TERVERIFIKASI");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_status_change where report_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void followUpTypesAreGroupedWithTheAdministrativeImmigrationActionsApart() throws Exception {
        long id =
                reports.by(reporter, PALA_PULAU).set("status", "TERVERIFIKASI").insert();
        Document page = page(officer, "/laporan/" + id);
        var group = page.select("#type optgroup[label=Tindakan administratif keimigrasian] option");
        assertThat(group.eachAttr("value"))
                .containsExactly(
                        "DEPORTASI", "DETENSI", "PEMBATASAN_IZIN", "PEMBATALAN_IZIN", "PENANGKALAN", "BIAYA_BEBAN");
        assertThat(page.select("#type optgroup").eachAttr("label")).hasSize(3);
    }

    @Test
    void theListSortsByArrivalAndTheNewQueueOpensWithTheLongestWaiting() throws Exception {
        Instant now = Instant.now();
        long waitedLong = reports.by(reporter, PALA_PULAU)
                .set("full_name", "Antrian Satu")
                .set("created_at", now.minus(Duration.ofDays(3)))
                .set("observed_at", now.minus(Duration.ofHours(2)))
                .insert();
        long waitedLess = reports.by(reporter, PALA_PULAU)
                .set("full_name", "Antrian Dua")
                .set("created_at", now.minus(Duration.ofHours(5)))
                .set("observed_at", now.minus(Duration.ofDays(10)))
                .insert();
        long justIn = reports.by(reporter, PALA_PULAU)
                .set("full_name", "Antrian Tiga")
                .set("created_at", now.minus(Duration.ofMinutes(5)))
                .set("observed_at", now.minus(Duration.ofDays(5)))
                .insert();

        assertThat(ids(page(officer, "/laporan?status=BARU&q=Antrian")))
                .containsExactly(waitedLong, waitedLess, justIn);
        assertThat(ids(page(officer, "/laporan?sort=received_newest&q=Antrian")))
                .containsExactly(justIn, waitedLess, waitedLong);
        assertThat(ids(page(officer, "/laporan?sort=received_oldest&q=Antrian")))
                .containsExactly(waitedLong, waitedLess, justIn);
        // the sighting order is still there and still the default
        assertThat(ids(page(officer, "/laporan?q=Antrian"))).containsExactly(waitedLong, justIn, waitedLess);

        Document queue = page(officer, "/laporan?status=BARU&q=Antrian");
        assertThat(queue.select("#sort option[selected]").val()).isEqualTo("received_oldest");
        assertThat(queue.select("tr[data-report-id=" + waitedLong + "] .report-waited")
                        .text())
                .isEqualTo("menunggu 3 hari");
        assertThat(queue.select("tr[data-report-id=" + waitedLess + "] .report-waited")
                        .text())
                .isEqualTo("menunggu 5 jam");
        assertThat(queue.select("tr[data-report-id=" + justIn + "] .report-waited")
                        .text())
                .isEqualTo("menunggu kurang dari 1 jam");
    }

    @Test
    void aVerificationIsReturnedToReviewOnlyWithAReasonAndTheReturnIsAudited() throws Exception {
        long id =
                reports.by(reporter, PALA_PULAU).set("status", "TERVERIFIKASI").insert();

        // hard-to-reverse steps ask first
        Document page = page(officer, "/laporan/" + id);
        assertThat(page.select("#moveTo-TINDAK_LANJUT").attr("data-confirm")).isEmpty();
        assertThat(page.select("#returnButton").attr("data-confirm")).contains("Kembalikan laporan ini");

        Document refused = Jsoup.parse(returnToReview(officer, id, 0, " ")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#returnForm [data-error-summary] a[href=#reason]")
                        .text())
                .contains("Tulis alasan");
        assertThat(statusOf(id)).isEqualTo("TERVERIFIKASI");

        returnToReview(reporter, id, 0, "salah orang").andExpect(status().isForbidden());
        returnToReview(officerBali, id, 0, "salah orang").andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("TERVERIFIKASI");

        returnToReview(officer, id, 0, "Paspor ternyata milik orang lain")
                .andExpect(flash().attribute("flashSuccess", "report.returnedToReview"));
        assertThat(statusOf(id)).isEqualTo("DITELAAH");
        assertThat(jdbc.queryForMap(
                        "select from_status, to_status, note, changed_by from report_status_change"
                                + " where report_id = ?",
                        id))
                .containsEntry("from_status", "TERVERIFIKASI")
                .containsEntry("to_status", "DITELAAH")
                .containsEntry("note", "Paspor ternyata milik orang lain")
                .containsEntry("changed_by", accounts.idOf(officer));
        assertThat(auditRows("STATUS_CHANGE", id))
                .singleElement()
                .asString()
                .contains("TERVERIFIKASI → DITELAAH")
                .contains("Paspor ternyata milik orang lain");
        assertThat(page(officer, "/laporan/" + id).select("#history").text())
                .contains("Paspor ternyata milik orang lain");

        // once followed up, there is no way back
        long followedUp =
                reports.by(reporter, PALA_PULAU).set("status", "TINDAK_LANJUT").insert();
        returnToReview(officer, followedUp, 0, "salah orang")
                .andExpect(flash().attribute("flashError", "report.error.transition"));
        assertThat(statusOf(followedUp)).isEqualTo("TINDAK_LANJUT");
    }

    @Test
    void verifyingRejectingAndClosingAskForConfirmation() throws Exception {
        long review = reports.by(reporter, PALA_PULAU).set("status", "DITELAAH").insert();
        Document page = page(officer, "/laporan/" + review);
        assertThat(page.select("#moveTo-TERVERIFIKASI").attr("data-confirm")).contains("Terverifikasi");
        assertThat(page.select("#rejectButton").attr("data-confirm")).isNotEmpty();
        long followedUp =
                reports.by(reporter, PALA_PULAU).set("status", "TINDAK_LANJUT").insert();
        assertThat(page(officer, "/laporan/" + followedUp)
                        .select("#moveTo-SELESAI")
                        .attr("data-confirm"))
                .isNotEmpty();
    }

    @Test
    void filesOfARefusedReportAreHeldForTheirUploaderAndSavedWithTheReport() throws Exception {
        int before = jdbc.queryForObject("select count(*) from report", Integer.class);

        Document refused = Jsoup.parse(mvc.perform(report(reporter, "")
                        .file(new MockMultipartFile("attachments", "foto-pasar.jpg", "image/jpeg", JPEG)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#heldFiles .held-file").text())
                .contains("foto-pasar.jpg")
                .contains("10 B");
        String heldId = refused.select("#heldFiles input[name=heldAttachments]").val();
        assertThat(refused.select("#heldFiles input[name=heldAttachments]").hasAttr("checked"))
                .isTrue();
        assertThat(refused.select("#reattachNotice")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class))
                .isEqualTo(before);

        // the thumbnail is the uploader's only
        mvc.perform(get("/laporan/lampiran-sementara/" + heldId).with(accounts.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
        String colleague = accounts.create("REPORTER", kesbangpol);
        mvc.perform(get("/laporan/lampiran-sementara/" + heldId).with(accounts.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/laporan/lampiran-sementara/" + UUID.randomUUID()).with(accounts.as(reporter)))
                .andExpect(status().isNotFound());

        // nobody else can attach it to their report
        mvc.perform(report(colleague, "Li Wei").param("heldAttachments", heldId))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class))
                .isEqualTo(before);

        // sent again, corrected, without choosing the photo again: saved with it
        String location = mvc.perform(report(reporter, "Li Wei").param("heldAttachments", heldId))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForMap(
                        "select file_name, content_type, size_bytes, uploaded_by from report_attachment"
                                + " where report_id = ?",
                        id))
                .containsEntry("file_name", "foto-pasar.jpg")
                .containsEntry("content_type", "image/jpeg")
                .containsEntry("size_bytes", JPEG.length)
                .containsEntry("uploaded_by", accounts.idOf(reporter));
        assertThat(jdbc.queryForObject("select count(*) from held_upload where id = ?::uuid", Integer.class, heldId))
                .isZero();
        assertThat(auditRows("CREATE", "ATTACHMENT")).isNotEmpty();

        // the detail page shows its true size and a thumbnail
        Document detail = page(reporter, "/laporan/" + id);
        assertThat(detail.select("#attachmentList").text()).contains("10 B").doesNotContain("0 KB");
        assertThat(detail.select("#attachmentList img.attachment-thumb")).hasSize(1);
    }

    @Test
    void aFileThatFailsTheChecksIsNotHeld() throws Exception {
        Document refused = Jsoup.parse(mvc.perform(report(reporter, "Li Wei")
                        .file(new MockMultipartFile(
                                "attachments", "foto.jpg", "image/jpeg", "<script>".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#heldFiles")).isEmpty();
        assertThat(refused.select("#reattachNotice")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from held_upload where account_id = ?",
                        Integer.class,
                        accounts.idOf(reporter)))
                .isZero();
    }

    @Test
    void theRegionPickerStartsAtTheUsersJurisdiction() throws Exception {
        Document kabupaten = page(reporter, "/laporan/baru");
        assertThat(kabupaten.select("#wilayah-regionCode-kode").val()).isEqualTo("61.06");
        assertThat(kabupaten
                        .select("#wilayah-regionCode-kabupaten_kota option[selected]")
                        .val())
                .isEqualTo("61.06");
        assertThat(kabupaten.select("#wilayah-regionCode-kecamatan").hasAttr("disabled"))
                .isFalse();
        assertThat(kabupaten.select("#wilayah-regionCode-kecamatan option")).hasSizeGreaterThan(1);

        String twoKabupaten =
                accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06", "61.05"));
        assertThat(page(twoKabupaten, "/laporan/baru")
                        .select("#wilayah-regionCode-kode")
                        .val())
                .isEqualTo("61");

        String national = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
        assertThat(page(national, "/laporan/baru")
                        .select("#wilayah-regionCode-kode")
                        .val())
                .isEmpty();
    }

    // --- helpers ---

    private MockMultipartHttpServletRequestBuilder report(String user, String fullName) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/laporan/baru")
                .with(accounts.as(user))
                .with(csrf())
                .param("fullName", fullName)
                .param("nationality", "CN")
                .param("sex", "LAKI_LAKI")
                .param("permitType", "ITAS")
                .param("observedDate", "01/11/2026")
                .param("observedTime", "14:30")
                .param("regionCode", PALA_PULAU)
                .param("placeType", "TEMPAT_KERJA")
                .param("activities", "BEKERJA")
                .param("source", "PATROLI");
    }

    private ResultActions followUp(String user, long id, String type) throws Exception {
        return mvc.perform(post("/laporan/" + id + "/tindak-lanjut")
                .with(accounts.as(user))
                .with(csrf())
                .param("type", type)
                .param("responsibleAgencyId", String.valueOf(kanim))
                .param("actionDate", "05/11/2026")
                .param("outcome", "Dilaksanakan"));
    }

    private ResultActions returnToReview(String user, long id, int version, String reason) throws Exception {
        return mvc.perform(post("/laporan/" + id + "/kembalikan")
                .with(accounts.as(user))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("reason", reason));
    }

    private Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(Document list) {
        return list.select("#reportTable tr[data-report-id]").eachAttr("data-report-id").stream()
                .map(Long::valueOf)
                .toList();
    }

    private String statusOf(long report) {
        return jdbc.queryForObject("select status from report where id = ?", String.class, report);
    }

    private List<String> auditRows(String action, long reportId) {
        return jdbc.queryForList(
                "select detail from audit_log where action = ? and target_type = 'REPORT' and target_id = ?",
                String.class,
                action,
                String.valueOf(reportId));
    }

    private List<String> auditRows(String action, String targetType) {
        return jdbc.queryForList(
                "select detail from audit_log where action = ? and target_type = ?", String.class, action, targetType);
    }
}
