package id.timpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every form of the application, sent with an impossible date, a number that is not one and several other mistakes at
 * once: one refusal names them all, in the error summary at the top of the form (each a link to its field) and beside
 * each field; what was typed comes back as typed; nothing is saved.
 */
class FormRefusalsTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kabupaten Kapuas Hulu (WIB)
    static final String BADUNG = "51.03";
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    long kesbangpol;
    long kanim;
    String reporter;
    String officer;
    String admin;

    @BeforeEach
    void people() {
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        reporter = accounts.create("REPORTER", kesbangpol);
        officer = accounts.create("OFFICER", kanim);
        admin = accounts.create("ADMIN");
    }

    @Test
    void theNewReportForm() throws Exception {
        int before = count("report");
        String tomorrow = LocalDate.now().plusDays(2).format(TYPED);

        Document page = refused(multipart("/laporan/baru")
                .with(accounts.as(reporter))
                .with(csrf())
                .param("fullName", "")
                .param("nationality", "")
                .param("sex", "LAKI_LAKI")
                .param("birthDate", "31/02/1990")
                .param("approximateAge", "tiga puluh")
                .param("permitType", "ITAS")
                .param("permitExpiry", "31/02/2027")
                .param("sponsor", "PT Sawit Makmur")
                .param("observedDate", tomorrow)
                .param("observedTime", "10:00")
                .param("regionCode", PALA_PULAU)
                .param("latitude", "satu koma dua")
                .param("longitude", "112,93")
                .param("placeType", "TEMPAT_KERJA")
                .param("source", "PATROLI"));

        assertRefused(
                page,
                "#reportForm",
                List.of(
                        "fullName",
                        "nationality",
                        "birthDate",
                        "approximateAge",
                        "permitExpiry",
                        "observedDate",
                        "latitude",
                        "activities"),
                Map.of(
                        "birthDate", "31/02/1990",
                        "approximateAge", "tiga puluh",
                        "permitExpiry", "31/02/2027",
                        "sponsor", "PT Sawit Makmur",
                        "observedDate", tomorrow,
                        "latitude", "satu koma dua",
                        "longitude", "112.93"));
        // the messages say what is wrong, in the page's language
        assertThat(beside(page, "permitExpiry"))
                .contains("Tanggal ini tidak ada")
                .contains("17/08/2026");
        assertThat(beside(page, "observedDate")).contains("masa depan");
        assertThat(beside(page, "approximateAge")).contains("bilangan bulat");
        assertThat(page.select("[data-error-summary] a[href=#permitExpiry]").text())
                .startsWith("Berlaku sampai:");
        assertThat(count("report")).isEqualTo(before);

        Document english = refused(multipart("/laporan/baru?lang=en")
                .with(accounts.as(reporter))
                .with(csrf())
                .param("fullName", "Li Wei")
                .param("permitExpiry", "31/02/2027"));
        assertThat(english.select("[data-error-summary] h2").text()).isEqualTo("There is a problem");
        assertThat(beside(english, "permitExpiry")).contains("This date does not exist");
        assertThat(count("report")).isEqualTo(before);
    }

    @Test
    void theReportEditForm() throws Exception {
        long id = reports.by(reporter, PALA_PULAU).insert();
        String name = jdbc.queryForObject("select full_name from report where id = ?", String.class, id);

        Document page = refused(multipart("/laporan/" + id + "/ubah")
                .with(accounts.as(reporter))
                .with(csrf())
                .param("version", "0")
                .param("fullName", "")
                .param("nationality", "CN")
                .param("birthDate", "30/02/1991")
                .param("approximateAge", "12a")
                .param("observedDate", "01/11/2026")
                .param("observedTime", "25:61")
                .param("regionCode", PALA_PULAU)
                .param("placeType", "TEMPAT_KERJA")
                .param("activities", "BEKERJA")
                .param("source", "PATROLI"));

        assertRefused(
                page,
                "#reportForm",
                List.of("fullName", "birthDate", "approximateAge", "observedTime"),
                Map.of("birthDate", "30/02/1991", "approximateAge", "12a", "observedTime", "25:61"));
        assertThat(jdbc.queryForObject("select full_name from report where id = ?", String.class, id))
                .isEqualTo(name);
    }

    @Test
    void theFollowUpForm() throws Exception {
        long id =
                reports.by(reporter, PALA_PULAU).set("status", "TERVERIFIKASI").insert();

        Document page = refused(post("/laporan/" + id + "/tindak-lanjut")
                .with(accounts.as(officer))
                .with(csrf())
                .param("type", "")
                .param("responsibleAgencyId", "Kanim")
                .param("actionDate", "31/02/2026")
                .param("outcome", "Sponsor dipanggil"));

        assertRefused(
                page,
                "#followUpForm",
                List.of("type", "responsibleAgencyId", "actionDate"),
                Map.of("actionDate", "31/02/2026"));
        assertThat(page.select("#followUpForm #outcome").text()).isEqualTo("Sponsor dipanggil");
        assertThat(count("follow_up where report_id = " + id)).isZero();
        assertThat(statusOf(id)).isEqualTo("TERVERIFIKASI");
    }

    @Test
    void theRejectionForm() throws Exception {
        long id = reports.by(reporter, PALA_PULAU).set("status", "DITELAAH").insert();

        Document page = refused(post("/laporan/" + id + "/status")
                .with(accounts.as(officer))
                .with(csrf())
                .param("version", "0")
                .param("target", "DITOLAK")
                .param("rejectionReason", "")
                .param("duplicateOfId", "dua belas")
                .param("note", "sama dengan laporan kemarin"));

        assertRefused(
                page, "#rejectForm", List.of("rejectionReason", "duplicateOfId"), Map.of("duplicateOfId", "dua belas"));
        assertThat(page.select("#rejectForm #note").text()).isEqualTo("sama dengan laporan kemarin");
        assertThat(page.select("details:has(#rejectForm)").hasAttr("open")).isTrue();
        assertThat(statusOf(id)).isEqualTo("DITELAAH");
    }

    @Test
    void theAccountForm() throws Exception {
        int before = count("app_user");

        Document page = refused(post("/admin/pengguna/baru")
                .with(accounts.as(admin))
                .with(csrf())
                .param("username", "nama dengan spasi")
                .param("displayName", "")
                .param("role", "")
                .param("agencyId", "Kesbangpol")
                .param("email", "bukan-email")
                .param("phone", "telepon saya"));

        assertRefused(
                page,
                "#accountForm",
                List.of("username", "displayName", "role", "agencyId", "email", "phone"),
                Map.of("username", "nama dengan spasi", "email", "bukan-email", "phone", "telepon saya"));
        assertThat(count("app_user")).isEqualTo(before);
    }

    @Test
    void theAgencyForm() throws Exception {
        int before = count("agency");

        Document page = refused(post("/admin/instansi/baru")
                .with(accounts.as(admin))
                .with(csrf())
                .param("name", "")
                .param("type", "")
                .param("level", "KABUPATEN_KOTA")
                .param("email", "kantor@")
                .param("phone", "nomor kantor"));

        assertRefused(
                page,
                "#agencyForm",
                List.of("name", "type", "regionCodes", "email", "phone"),
                Map.of("email", "kantor@", "phone", "nomor kantor"));
        assertThat(count("agency")).isEqualTo(before);
    }

    @Test
    void theTeamForm() throws Exception {
        int before = count("team");

        Document page = refused(post("/admin/tim/baru")
                .with(accounts.as(admin))
                .with(csrf())
                .param("level", "")
                .param("chairAgencyId", "Kanim")
                .param("decreeNumber", "SK/12/2026")
                .param("decreeDate", "31/02/2026"));

        assertRefused(
                page,
                "#teamForm",
                List.of("level", "chairAgencyId", "decreeDate"),
                Map.of("decreeNumber", "SK/12/2026", "decreeDate", "31/02/2026"));
        assertThat(count("team")).isEqualTo(before);
    }

    @Test
    void thePasswordForm() throws Exception {
        String hash =
                jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, reporter);

        Document page = refused(post("/akun/kata-sandi")
                .with(accounts.as(reporter))
                .with(csrf())
                .param("currentPassword", "")
                .param("newPassword", "")
                .param("confirmPassword", ""));

        assertRefused(page, "form", List.of("currentPassword", "newPassword", "confirmPassword"), Map.of());
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, reporter))
                .isEqualTo(hash);

        // The new password's own checks run even though the current password is missing: one round, not three.
        Document rounds = refused(post("/akun/kata-sandi")
                .with(accounts.as(reporter))
                .with(csrf())
                .param("currentPassword", "")
                .param("newPassword", "pendek")
                .param("confirmPassword", "lain"));
        assertRefused(rounds, "form", List.of("currentPassword", "newPassword", "confirmPassword"), Map.of());
        assertThat(beside(rounds, "newPassword")).contains("minimal");
        assertThat(beside(rounds, "confirmPassword")).contains("tidak sama");
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, reporter))
                .isEqualTo(hash);
    }

    @Test
    void theMeetingForms() throws Exception {
        long kanimBadung = agencies.create("IMIGRASI", "KABUPATEN_KOTA", BADUNG);
        long polres = agencies.create("POLRI", "KABUPATEN_KOTA", BADUNG);
        String secretary = accounts.create("OFFICER", kanimBadung);
        long team = team(kanimBadung, polres);
        int meetings = count("meeting");

        Document plan = refused(post("/rapat/baru")
                .with(accounts.as(secretary))
                .with(csrf())
                .param("teamId", String.valueOf(team))
                .param("kind", "")
                .param("title", "")
                .param("date", "31/02/2027")
                .param("startTime", "25:00")
                .param("endTime", "jam sembilan")
                .param("place", ""));
        assertRefused(
                plan,
                "#meetingForm",
                List.of("kind", "title", "date", "startTime", "endTime", "place"),
                Map.of("date", "31/02/2027", "startTime", "25:00", "endTime", "jam sembilan"));
        assertThat(count("meeting")).isEqualTo(meetings);

        // The service's own checks (an end before the start, an agency that does not exist) come in the same round
        // as the form's.
        Document plan2 = refused(post("/rapat/baru")
                .with(accounts.as(secretary))
                .with(csrf())
                .param("teamId", String.valueOf(team))
                .param("kind", "RUTIN")
                .param("title", "")
                .param("date", LocalDate.now().plusDays(7).format(TYPED))
                .param("startTime", "11:00")
                .param("endTime", "09:00")
                .param("place", "Aula")
                .param("invitedAgencyIds", "999999999"));
        assertRefused(
                plan2, "#meetingForm", List.of("title", "endTime", "invitedAgencyIds"), Map.of("endTime", "09:00"));
        assertThat(beside(plan2, "endTime")).contains("setelah jam mulai");
        assertThat(count("meeting")).isEqualTo(meetings);

        long meeting = plan(secretary, team);
        Document item = refused(post("/rapat/" + meeting + "/tindak-lanjut")
                .with(accounts.as(secretary))
                .with(csrf())
                .param("description", "")
                .param("responsibleAgencyId", "Polres")
                .param("dueDate", "31/04/2027"));
        assertRefused(
                item,
                "#actionItemForm",
                List.of("description", "responsibleAgencyId", "dueDate"),
                Map.of("dueDate", "31/04/2027"));
        assertThat(count("meeting_action_item where meeting_id = " + meeting)).isZero();

        long notInvited = agencies.create("BIN", "KABUPATEN_KOTA", BADUNG);
        Document item2 = refused(post("/rapat/" + meeting + "/tindak-lanjut")
                .with(accounts.as(secretary))
                .with(csrf())
                .param("description", "")
                .param("responsibleAgencyId", String.valueOf(notInvited))
                .param("dueDate", LocalDate.now().format(TYPED)));
        assertRefused(item2, "#actionItemForm", List.of("description", "responsibleAgencyId", "dueDate"), Map.of());
        assertThat(beside(item2, "dueDate")).contains("sebelum tanggal rapat");
        assertThat(count("meeting_action_item where meeting_id = " + meeting)).isZero();

        Document attendee = refused(post("/rapat/" + meeting + "/hadir")
                .with(accounts.as(secretary))
                .with(csrf())
                .param("name", "")
                .param("agencyId", "Polres")
                .param("position", "Kasat Intelkam"));
        assertRefused(attendee, "#attendeeForm", List.of("name", "agencyId"), Map.of("position", "Kasat Intelkam"));
        assertThat(count("meeting_attendee where meeting_id = " + meeting)).isZero();

        Document cancel = refused(post("/rapat/" + meeting + "/status")
                .with(accounts.as(secretary))
                .with(csrf())
                .param("target", "DIBATALKAN")
                .param("reason", ""));
        assertThat(cancel.select("#cancelForm [data-error-summary]")).hasSize(1);
        assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting))
                .isEqualTo("DIRENCANAKAN");
    }

    @Test
    void theFiltersKeepAnUnreadableDateBesideItsField() throws Exception {
        Document list = page(reporter, "/laporan?from=31/02/2026&to=01/03/2026");
        assertThat(list.select("#from").val()).isEqualTo("31/02/2026");
        assertThat(list.select("#to").val()).isEqualTo("01/03/2026");
        assertThat(beside(list, "from")).contains("Tanggal ini tidak ada");
        assertThat(list.select("#reportFilter [data-error-summary] a[href=#from]"))
                .hasSize(1);
        assertThat(list.select("#moreFilters").hasAttr("open")).isTrue();

        Document dashboard = page(officer, "/?periode=kustom&from=31/02/2026&to=01/03/2026");
        assertThat(dashboard.select("#from").val()).isEqualTo("31/02/2026");
        assertThat(dashboard.select("#from-error").text()).contains("17/08/2026");

        Document audit = page(admin, "/admin/audit?from=30/02/2026");
        assertThat(audit.select("#from").val()).isEqualTo("30/02/2026");
        assertThat(beside(audit, "from")).contains("Tanggal ini tidak ada");
    }

    @Test
    void aMergeNumberThatIsNotOneComesBackBesideItsField() throws Exception {
        long subject = jdbc.queryForObject(
                "insert into subject (full_name, nationality) values ('Li Wei', 'CN') returning id", Long.class);
        reports.by(reporter, PALA_PULAU).set("subject_id", subject).insert();
        Document page = refused(post("/orang-asing/" + subject + "/gabung")
                .with(accounts.as(officer))
                .with(csrf())
                .param("otherId", "dua belas"));
        assertThat(page.select("#otherId").val()).isEqualTo("dua belas");
        assertThat(page.select("#otherId-error").text()).contains("angka");
    }

    // --- helpers ---

    /**
     * One refusal: the form is shown again (200), its error summary links every field named, each field has its
     * message beside it, and the typed values are there as typed.
     */
    static void assertRefused(Document page, String form, List<String> fields, Map<String, String> typed) {
        Element scope = page.selectFirst(form + ":has([data-error-summary])");
        assertThat(scope).as("a form %s with an error summary", form).isNotNull();
        Element summary = scope.selectFirst("[data-error-summary]");
        List<String> linked = summary.select("a[href^=#]").eachAttr("href").stream()
                .map(href -> href.substring(1))
                .toList();
        assertThat(linked).as("fields linked from the summary").containsAll(fields);
        for (String field : fields) {
            assertThat(besideIn(scope, field))
                    .as("the message beside %s", field)
                    .isNotBlank();
        }
        typed.forEach((field, value) -> {
            Element input = scope.getElementById(field);
            assertThat(input).as("field %s", field).isNotNull();
            assertThat(input.val()).as("what was typed in %s", field).isEqualTo(value);
        });
    }

    static String beside(Document page, String field) {
        return besideIn(page, field);
    }

    /** The text of the error message(s) in the field's own box (its .mb-3 or .mb-2, or the element it sits in). */
    static String besideIn(Element scope, String field) {
        Element element = scope.getElementById(field);
        if (element == null) {
            element = scope.selectFirst("[data-field-for=" + field + "], [name=" + field + "]");
        }
        assertThat(element).as("an element for field %s", field).isNotNull();
        Element box = element.closest(".mb-3, .mb-2, fieldset, .col-6, .col-12");
        if (box == null) {
            box = element.parent();
        }
        return box.select(".invalid-feedback").text();
    }

    private Document refused(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private long team(long chair, long member) {
        String district = jdbc.queryForObject(
                "select code from region r where level = 'KECAMATAN' and province_code = '51'"
                        + " and not exists (select 1 from team t where t.region_code = r.code) order by code limit 1",
                String.class);
        long id = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) values (?, 'KECAMATAN', ?, ?)"
                        + " returning id",
                Long.class,
                "Tim Pora Kecamatan " + district,
                district,
                chair);
        jdbc.update("insert into team_member (team_id, agency_id) values (?, ?), (?, ?)", id, chair, id, member);
        return id;
    }

    private long plan(String user, long team) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("teamId", String.valueOf(team));
        fields.put("kind", "RUTIN");
        fields.put("title", "Rakor bulanan");
        fields.put("date", LocalDate.now().plusDays(7).format(TYPED));
        fields.put("startTime", "09.00");
        fields.put("endTime", "11:00");
        fields.put("place", "Aula Kantor Imigrasi");
        MockHttpServletRequestBuilder request =
                post("/rapat/baru").with(accounts.as(user)).with(csrf());
        fields.forEach(request::param);
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/rapat/(\\d+).*", "$1"));
    }

    private String statusOf(long report) {
        return jdbc.queryForObject("select status from report where id = ?", String.class, report);
    }

    private int count(String tableAndCondition) {
        return jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
    }
}
