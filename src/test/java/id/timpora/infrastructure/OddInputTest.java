package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Input no person types but an attacker sends: a NUL byte inside text, dates no calendar has, passwords past
 * BCrypt's 72 bytes. Each gets a clear message (beside the field on forms, a 400 page otherwise), never a 500.
 */
class OddInputTest extends IntegrationTest {

    static final String NUL = "a\u0000b";
    static final String ABSURD_PAST = "-999999999-01-01";
    static final String ABSURD_FUTURE = "+999999999-12-31";
    static final String PALA_PULAU = "61.06.01.2004";

    String officer;
    String reporter;
    String admin;

    @BeforeEach
    void people() {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        long kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        officer = accounts.create("OFFICER", kanim);
        reporter = accounts.create("REPORTER", kesbangpol);
        admin = accounts.create("ADMIN");
    }

    @Test
    void aNulByteInASearchOrFilterGetsA400PageInIndonesian() throws Exception {
        List<String> officerUrls = List.of(
                "/laporan?q=" + NUL,
                "/laporan?wilayah=" + NUL,
                "/laporan?nationality=" + NUL,
                "/laporan/ekspor.csv?q=" + NUL,
                "/laporan/ekspor.xlsx?q=" + NUL,
                "/orang-asing?q=" + NUL,
                "/wilayah/cari?kolom=regionCode&q=" + NUL,
                "/?periode=kustom&from=" + NUL + "&to=2026-01-01");
        for (String url : officerUrls) {
            assertBadRequestPage(get(url).with(accounts.as(officer)), url);
        }
        for (String url : List.of(
                "/admin/audit?actor=" + NUL,
                "/admin/audit?targetType=" + NUL,
                "/admin/pengguna?q=" + NUL,
                "/admin/instansi?q=" + NUL,
                "/admin/tim?q=" + NUL)) {
            assertBadRequestPage(get(url).with(accounts.as(admin)), url);
        }
    }

    @Test
    void anAbsurdDateInAnyDateFilterGetsA400PageInIndonesian() throws Exception {
        for (String date : List.of(ABSURD_PAST, ABSURD_FUTURE, "0000-01-01")) {
            // Exports refuse a filter they cannot read (else they would export more than asked for) ...
            for (String url : List.of("/laporan/ekspor.csv?from=" + date, "/laporan/ekspor.xlsx?to=" + date)) {
                assertBadRequestPage(get(url).with(accounts.as(officer)), url);
            }
            // ... while the list, a form of its own (#12), says so beside the field.
            for (String url : List.of("/laporan?from=" + date, "/laporan?to=" + date)) {
                MockHttpServletResponse response = mvc.perform(get(url).with(accounts.as(officer)))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(url).isEqualTo(200);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                        .as(url)
                        .contains("Tanggal ini tidak ada");
            }
            // The audit filter is a form of its own (#12): the date comes back beside its field instead.
            for (String field : List.of("from", "to")) {
                MockHttpServletResponse response = mvc.perform(
                                get("/admin/audit?" + field + "=" + date).with(accounts.as(admin)))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus())
                        .as("audit " + field + " " + date)
                        .isEqualTo(200);
                Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(page.select("input#" + field + ".is-invalid"))
                        .as("audit " + field + " " + date)
                        .hasSize(1);
                assertThat(page.select("input#" + field + " ~ .invalid-feedback")
                                .text())
                        .as("audit " + field + " " + date)
                        .contains("Tanggal ini tidak ada");
            }
        }
    }

    @Test
    void theDashboardsCustomPeriodSaysSoBesideTheField() throws Exception {
        for (String date : List.of(ABSURD_PAST, ABSURD_FUTURE)) {
            MockHttpServletResponse response = mvc.perform(get("/?periode=kustom&from=" + date + "&to=2026-01-01")
                            .with(accounts.as(officer)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(date).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                            .select("#from-error")
                            .text())
                    .as(date)
                    .isNotBlank();
        }
    }

    @Test
    void aNulByteInAFormFieldComesBackBesideTheFieldWithNothingSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from report", Integer.class);

        Document page = reportForm("fullName", "Li" + NUL + "Wei");
        assertThat(page.select("#fullName-error").text()).contains("karakter yang tidak diizinkan");
        page = reportForm("narrative", "Terlihat" + NUL);
        assertThat(page.select(".invalid-feedback").text()).contains("karakter yang tidak diizinkan");

        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anAbsurdDateInAFormComesBackBesideTheField() throws Exception {
        int before = jdbc.queryForObject("select count(*) from report", Integer.class);

        for (String date : List.of(ABSURD_PAST, ABSURD_FUTURE)) {
            Document page = reportForm("observedDate", date);
            // Read as typed text (#12): a year no calendar holds is a date that cannot be read, said beside the field.
            assertThat(page.select("#observedDate-error").text()).as(date).contains("Tanggal ini tidak ada");
            page = reportForm("birthDate", date);
            assertThat(page.select("#birthDate-error").text()).as(date).contains("Tanggal ini tidak ada");
        }

        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aNulByteInAnAdminFormComesBackBesideTheField() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/instansi/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("name", "Instansi" + NUL)
                        .param("type", "KESBANGPOL")
                        .param("level", "PUSAT"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("karakter yang tidak diizinkan");
    }

    @Test
    void aSignInWithAVeryLongOrNulPasswordIsAnOrdinaryFailure() throws Exception {
        String username = accounts.create("REPORTER");
        for (String password : List.of("x".repeat(200), "ä".repeat(60), "rahasia" + NUL)) {
            MockHttpServletResponse response = mvc.perform(post("/login")
                            .with(csrf())
                            .param("username", username)
                            .param("password", password))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=bad");
        }
        MockHttpServletResponse unknown = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "tidak" + NUL + "ada")
                        .param("password", TestAccounts.PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(unknown.getRedirectedUrl()).isEqualTo("/login?error=bad");
    }

    @Test
    void aNewPasswordLongerThan72BytesIsAccepted() throws Exception {
        String username = accounts.create("REPORTER");
        String passphrase = "ombak besar di pantai kuta membawa pasir putih ke kaki kami semua pagi ini";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        MockHttpServletResponse response = mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as(username))
                        .with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", passphrase)
                        .param("confirmPassword", passphrase))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    private Document reportForm(String field, String value) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", "Li Wei");
        fields.put("nationality", "CN");
        fields.put("sex", "LAKI_LAKI");
        fields.put("permitType", "ITAS");
        fields.put("observedDate", "2026-01-01");
        fields.put("observedTime", "14:30");
        fields.put("regionCode", PALA_PULAU);
        fields.put("placeType", "TEMPAT_KERJA");
        fields.put("activities", "BEKERJA");
        fields.put("source", "PATROLI");
        fields.put(field, value);
        MockMultipartHttpServletRequestBuilder request =
                multipart("/laporan/baru").with(accounts.as(reporter)).with(csrf());
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(field + "=" + value).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private void assertBadRequestPage(MockHttpServletRequestBuilder request, String what) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(what).isEqualTo(400);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(what).contains("Permintaan tidak valid").doesNotContain("Exception", "SQL");
    }
}
