package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Logging, editing, the workflow, follow-ups and attachments, with their rules by role and jurisdiction. */
class ReportFlowTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kabupaten Kapuas Hulu
    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Kabupaten Badung, Bali
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    long kesbangpolKapuasHulu;
    long kanimPutussibau;
    String reporter;
    String otherReporter;
    String officer;
    String officerBali;

    @BeforeEach
    void agenciesAndPeople() {
        kesbangpolKapuasHulu = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        kanimPutussibau = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        long kesbangpolBadung = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "51.03");
        long kanimNgurahRai = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03");
        reporter = accounts.create("REPORTER", kesbangpolKapuasHulu);
        otherReporter = accounts.create("REPORTER", kesbangpolBadung);
        officer = accounts.create("OFFICER", kanimPutussibau);
        officerBali = accounts.create("OFFICER", kanimNgurahRai);
    }

    @Test
    void aReporterLogsACompleteReportWithAPhoto() throws Exception {
        long id = submit(
                reporter, validReport().file(new MockMultipartFile("attachments", "foto.jpg", "image/jpeg", JPEG)));

        var row = jdbc.queryForMap("select * from report where id = ?", id);
        assertThat(row)
                .containsEntry("status", "BARU")
                .containsEntry("nationality", "CN")
                .containsEntry("passport_number", "E12345678")
                .containsEntry("province_code", "61")
                .containsEntry("regency_code", "61.06")
                .containsEntry("district_code", "61.06.01")
                .containsEntry("reporting_agency_id", kesbangpolKapuasHulu);
        // 14:30 WIB is 07:30 UTC
        assertThat(row.get("observed_at").toString()).contains("07:30");
        assertThat(jdbc.queryForList("select unnest(activities) from report where id = ?", String.class, id))
                .containsExactlyInAnyOrder("BEKERJA", "BISNIS");
        assertThat(jdbc.queryForObject(
                        "select content_type from report_attachment where report_id = ?", String.class, id))
                .isEqualTo("image/jpeg");
        assertThat(jdbc.queryForObject(
                        "select to_status from report_status_change where report_id = ?", String.class, id))
                .isEqualTo("BARU");
        assertThat(auditCount("CREATE", "REPORT", id)).isEqualTo(1);
    }

    @Test
    void eachValidationErrorIsShownBesideItsFieldKeepsTheInputAndSavesNothing() throws Exception {
        int before = reportCount();

        perform(form(reporter, "/laporan/baru")
                        .param("fullName", "")
                        .param("nationality", "XX")
                        .param("sex", "LAKI_LAKI")
                        .param("permitType", "ITAS")
                        .param("observedDate", "2026-11-01")
                        .param("observedTime", "10:00")
                        .param("regionCode", "61.06")
                        .param("approximateAge", "300")
                        .param("latitude", "45")
                        .param("longitude", "110")
                        .param("sponsor", "PT Sawit Makmur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Umur antara 0 dan 120 tahun.")))
                .andExpect(content().string(containsString("Lintang harus antara")))
                .andExpect(content().string(containsString("Pilih minimal satu kegiatan.")))
                .andExpect(content().string(containsString("value=\"PT Sawit Makmur\"")));

        // Past the form's own checks, the service's: unknown country, region not a desa, outside the jurisdiction.
        perform(validReport("nationality", "XX")).andExpect(content().string(containsString("Pilih kewarganegaraan.")));
        perform(validReport("regionCode", "61.06.01"))
                .andExpect(content().string(containsString("Pilih wilayah sampai tingkat desa/kelurahan.")));
        perform(validReport("regionCode", TUBAN_BADUNG))
                .andExpect(content().string(containsString("di luar wilayah kerja instansi Anda")));
        perform(validReport("observedDate", LocalDate.now().plusDays(2).toString()))
                .andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")));
        perform(validReport("longitude", ""))
                .andExpect(content().string(containsString("Isi lintang dan bujur keduanya")));

        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void anAttachmentIsJudgedByItsContentNotItsNameAndABadOneSavesNothing() throws Exception {
        int before = reportCount();
        byte[] script = "<script>alert(1)</script>".getBytes();

        perform(validReport().file(new MockMultipartFile("attachments", "foto.jpg", "image/jpeg", script)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas foto.jpg bukan JPEG, PNG atau PDF.")))
                .andExpect(content().string(containsString("id=\"reattachNotice\"")));

        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void everyTransitionIsAllowedOnlyAlongTheWorkflowAndOnlyToOfficers() throws Exception {
        long id = submit(reporter, validReport());

        move(reporter, id, "DITELAAH", 0).andExpect(status().isForbidden());
        move(officer, id, "TERVERIFIKASI", 0).andExpect(flash().attribute("flashError", "report.error.transition"));
        move(officer, id, "DITELAAH", 0).andExpect(flash().attribute("flashSuccess", "report.statusChanged"));
        move(officer, id, "DITELAAH", 1).andExpect(flash().attribute("flashError", "report.error.transition"));
        move(officer, id, "SELESAI", 1).andExpect(flash().attribute("flashError", "report.error.transition"));
        move(officer, id, "TERVERIFIKASI", 1).andExpect(flash().attribute("flashSuccess", "report.statusChanged"));
        move(officer, id, "TINDAK_LANJUT", 2).andExpect(flash().attribute("flashSuccess", "report.statusChanged"));
        move(officer, id, "SELESAI", 3).andExpect(flash().attribute("flashSuccess", "report.statusChanged"));
        move(officer, id, "TINDAK_LANJUT", 4).andExpect(flash().attribute("flashError", "report.error.transition"));

        assertThat(jdbc.queryForList(
                        "select coalesce(from_status, '-') || '>' || to_status from report_status_change"
                                + " where report_id = ? order by id",
                        String.class,
                        id))
                .containsExactly(
                        "->BARU",
                        "BARU>DITELAAH",
                        "DITELAAH>TERVERIFIKASI",
                        "TERVERIFIKASI>TINDAK_LANJUT",
                        "TINDAK_LANJUT>SELESAI");
        assertThat(auditCount("STATUS_CHANGE", "REPORT", id)).isEqualTo(4);
    }

    @Test
    void rejectionNeedsAReasonAndADuplicateNeedsAVisibleOriginal() throws Exception {
        long original = submit(reporter, validReport());
        long copy = submit(reporter, validReport());
        long elsewhere = reports.by(otherReporter, TUBAN_BADUNG).insert();
        move(officer, copy, "DITELAAH", 0);

        perform(post("/laporan/" + copy + "/status")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("target", "DITOLAK")
                        .param("version", "1")
                        .param("rejectionReason", "LAINNYA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis keterangan penolakan.")));
        perform(post("/laporan/" + copy + "/status")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("target", "DITOLAK")
                        .param("version", "1")
                        .param("rejectionReason", "DUPLIKAT")
                        .param("duplicateOfId", String.valueOf(elsewhere)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + elsewhere + "\"")))
                .andExpect(content().string(containsString("data-error-summary")));
        perform(post("/laporan/" + copy + "/status")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("target", "DITOLAK")
                        .param("version", "1")
                        .param("rejectionReason", "DUPLIKAT")
                        .param("duplicateOfId", String.valueOf(original)))
                .andExpect(flash().attribute("flashSuccess", "report.statusChanged"));

        assertThat(jdbc.queryForMap("select status, rejection_reason, duplicate_of_id from report where id = ?", copy))
                .containsEntry("status", "DITOLAK")
                .containsEntry("rejection_reason", "DUPLIKAT")
                .containsEntry("duplicate_of_id", original);
    }

    @Test
    void theReporterEditsOnlyWhileNewAndOnlyTheirOwn() throws Exception {
        long id = submit(reporter, validReport());
        String colleague = accounts.create("REPORTER", kesbangpolKapuasHulu);

        perform(edit(colleague, id, 0)).andExpect(status().isForbidden());
        perform(edit(reporter, id, 0)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select full_name from report where id = ?", String.class, id))
                .isEqualTo("Li Wei (diperbaiki)");
        perform(edit(reporter, id, 0)).andExpect(content().string(containsString("sudah diubah oleh pengguna lain")));

        move(officer, id, "DITELAAH", 1);
        perform(edit(reporter, id, 2)).andExpect(status().isForbidden());
    }

    @Test
    void followUpsAreForOfficersOnVerifiedReports() throws Exception {
        long id = submit(reporter, validReport());
        perform(followUp(officer, id)).andExpect(flash().attribute("flashError", "report.error.followUpStatus"));
        move(officer, id, "DITELAAH", 0);
        move(officer, id, "TERVERIFIKASI", 1);

        perform(followUp(reporter, id)).andExpect(status().isForbidden());
        perform(followUp(officer, id)).andExpect(flash().attribute("flashSuccess", "report.followUpAdded"));

        assertThat(jdbc.queryForMap(
                        "select type, responsible_agency_id, outcome from follow_up where report_id = ?", id))
                .containsEntry("type", "KLARIFIKASI")
                .containsEntry("responsible_agency_id", kanimPutussibau)
                .containsEntry("outcome", "Dokumen lengkap, sponsor dipanggil");
        mvc.perform(get("/laporan/" + id).with(accounts.as(reporter)))
                .andExpect(content().string(containsString("Dokumen lengkap, sponsor dipanggil")))
                .andExpect(content().string(containsString("Terverifikasi")));
    }

    @Test
    void anotherAgencysUserCannotSeeEditOrDownloadByGuessingIds() throws Exception {
        long id = submit(
                reporter, validReport().file(new MockMultipartFile("attachments", "foto.jpg", "image/jpeg", JPEG)));
        long attachment = jdbc.queryForObject("select id from report_attachment where report_id = ?", Long.class, id);

        for (String outsider : List.of(otherReporter, officerBali)) {
            mvc.perform(get("/laporan/" + id).with(accounts.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/laporan/" + id + "/ubah").with(accounts.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/laporan/" + id + "/lampiran/" + attachment).with(accounts.as(outsider)))
                    .andExpect(status().isNotFound());
            perform(edit(outsider, id, 0)).andExpect(status().isNotFound());
        }
        move(officerBali, id, "DITELAAH", 0).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, id))
                .isEqualTo("BARU");
    }

    @Test
    void everyDetailViewIsAuditedAndShowsWhatWasReported() throws Exception {
        long id = submit(
                reporter, validReport().file(new MockMultipartFile("attachments", "foto.jpg", "image/jpeg", JPEG)));
        long attachment = jdbc.queryForObject("select id from report_attachment where report_id = ?", Long.class, id);

        mvc.perform(get("/laporan/" + id).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Li Wei")))
                .andExpect(content().string(containsString("Tiongkok")))
                .andExpect(content().string(containsString("Desa Pala Pulau")))
                .andExpect(content().string(containsString("14:30 WIB")))
                .andExpect(content().string(containsString("Bekerja/TKA")))
                .andExpect(content().string(containsString("foto.jpg")));
        mvc.perform(get("/laporan/" + id + "/lampiran/" + attachment).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'VIEW' and target_type = 'REPORT'"
                                + " and target_id = ? and actor = ?",
                        Integer.class,
                        String.valueOf(id),
                        officer))
                .isEqualTo(1);
        assertThat(auditCount("DOWNLOAD", "ATTACHMENT", attachment)).isEqualTo(1);
    }

    @Test
    void adminsAndAnonymousVisitorsAreKeptOut() throws Exception {
        mvc.perform(get("/laporan/baru").with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/laporan/baru")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/laporan/baru").with(accounts.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jam dilihat (WIB)")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    /** A complete, valid report form; pairs of name and value replace fields ("" leaves a field empty). */
    private MockMultipartHttpServletRequestBuilder validReport(String... overrides) {
        return withValidReport(form(reporter, "/laporan/baru"), overrides);
    }

    private MockMultipartHttpServletRequestBuilder edit(String user, long id, int version) {
        return withValidReport(
                form(user, "/laporan/" + id + "/ubah"),
                "fullName",
                "Li Wei (diperbaiki)",
                "version",
                String.valueOf(version));
    }

    private static MockMultipartHttpServletRequestBuilder withValidReport(
            MockMultipartHttpServletRequestBuilder form, String... overrides) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("fullName", new String[] {"Li Wei"});
        fields.put("nationality", new String[] {"CN"});
        fields.put("sex", new String[] {"LAKI_LAKI"});
        fields.put("birthDate", new String[] {"1988-04-12"});
        fields.put("passportNumber", new String[] {"e 1234-5678"});
        fields.put("permitType", new String[] {"ITAS"});
        fields.put("permitNumber", new String[] {"2C11JE1234"});
        fields.put("permitExpiry", new String[] {"2026-12-31"});
        fields.put("sponsor", new String[] {"PT Sawit Makmur"});
        fields.put("occupation", new String[] {"Mandor"});
        fields.put("observedDate", new String[] {"2026-11-01"});
        fields.put("observedTime", new String[] {"14:30"});
        fields.put("regionCode", new String[] {PALA_PULAU});
        fields.put("address", new String[] {"Jl. Lintas Selatan km 12"});
        fields.put("latitude", new String[] {"0.912345"});
        fields.put("longitude", new String[] {"112.934567"});
        fields.put("placeType", new String[] {"TEMPAT_KERJA"});
        fields.put("activities", new String[] {"BEKERJA", "BISNIS"});
        fields.put("indications", new String[] {"PENYALAHGUNAAN_IZIN"});
        fields.put("source", new String[] {"PATROLI"});
        fields.put("narrative", new String[] {"Terlihat mengawasi pekerja kebun."});
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], new String[] {overrides[i + 1]});
        }
        fields.forEach(form::param);
        return form;
    }

    private MockMultipartHttpServletRequestBuilder form(String user, String url) {
        return (MockMultipartHttpServletRequestBuilder)
                multipart(url).with(accounts.as(user)).with(csrf());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder followUp(String user, long id) {
        return post("/laporan/" + id + "/tindak-lanjut")
                .with(accounts.as(user))
                .with(csrf())
                .param("type", "KLARIFIKASI")
                .param("responsibleAgencyId", String.valueOf(kanimPutussibau))
                .param("actionDate", "2026-11-05")
                .param("outcome", "Dokumen lengkap, sponsor dipanggil");
    }

    private ResultActions move(String user, long id, String target, int version) throws Exception {
        return mvc.perform(post("/laporan/" + id + "/status")
                .with(accounts.as(user))
                .with(csrf())
                .param("target", target)
                .param("version", String.valueOf(version)));
    }

    private ResultActions perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private long submit(String user, MockMultipartHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request.with(accounts.as(user)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private int reportCount() {
        return jdbc.queryForObject("select count(*) from report", Integer.class);
    }

    private int auditCount(String action, String type, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and target_type = ? and target_id = ?",
                Integer.class,
                action,
                type,
                String.valueOf(id));
    }
}
