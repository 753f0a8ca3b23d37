package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code POST /paspor/mrz}: any signed-in user gets the reading as a fragment, field by field, with the values a
 * form takes only when every check digit is right; a wrong digit is explained and fills nothing; anonymous visitors
 * and requests without the CSRF token are refused; the MRZ is neither audited as a view nor logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class MrzEndpointTest extends IntegrationTest {

    static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String GERMAN =
            "p<d<<mustermann<<erika<<<<<<<<<<<<<<<<<<<<<<\r\nc01x00t478d<<6408125f3107313<<<<<<<<<<<<<<04\r\n";
    static final String WRONG =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408122F1204159ZE184226B<<<<<10";

    private Document read(String username, String mrz) throws Exception {
        String html = mvc.perform(post("/paspor/mrz")
                        .with(accounts.as(username))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("mrz", mrz))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parseBodyFragment(html);
    }

    private static String field(Document result, String name) {
        return result.selectFirst("[data-mrz-field=" + name + "]").text();
    }

    @Test
    void aSignedInUserGetsTheSpecimenFieldByFieldWithTheValuesToFill() throws Exception {
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "62.13"));

        Document result = read(reporter, TD3);

        Element outcome = result.selectFirst("[data-mrz-outcome]");
        assertThat(outcome.attr("data-valid")).isEqualTo("true");
        assertThat(result.getElementById("mrzStatus").text()).contains("semua digit pemeriksa benar");
        assertThat(field(result, "kind")).isEqualTo("Paspor · TD3 (paspor, 2 × 44)");
        assertThat(field(result, "primary")).isEqualTo("ERIKSSON");
        assertThat(field(result, "secondary")).isEqualTo("ANNA MARIA");
        assertThat(field(result, "documentNumber")).isEqualTo("L898902C3");
        assertThat(field(result, "birthDate")).isEqualTo("12/08/1974");
        assertThat(field(result, "expiryDate")).isEqualTo("15/04/2012");
        assertThat(field(result, "sex")).isEqualTo("Perempuan (F)");
        assertThat(field(result, "nationality")).isEqualTo("UTO · tidak ada negara");
        assertThat(result.select("[data-mrz-check=ok]")).hasSize(5);
        assertThat(result.select("[data-mrz-check=ok]").first().text()).contains("Nomor paspor: 6");
        assertThat(result.getElementById("mrzNotes").text()).contains("Utopia").contains("habis berlaku");
        assertThat(outcome.attr("data-fill-name")).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(outcome.attr("data-fill-document-number")).isEqualTo("L898902C3");
        assertThat(outcome.attr("data-fill-birth-date")).isEqualTo("12/08/1974");
        assertThat(outcome.attr("data-fill-sex")).isEqualTo("PEREMPUAN");
        assertThat(outcome.attr("data-fill-nationality")).isEmpty();
    }

    @Test
    void aGermanPassportTypedInLowerCaseFillsGermany() throws Exception {
        Document result = read(accounts.create("OFFICER"), GERMAN);

        Element outcome = result.selectFirst("[data-mrz-outcome]");
        assertThat(outcome.attr("data-valid")).isEqualTo("true");
        assertThat(outcome.attr("data-fill-nationality")).isEqualTo("DE");
        assertThat(outcome.attr("data-fill-expiry")).isEqualTo("31/07/2031");
        assertThat(field(result, "nationality")).isEqualTo("Jerman (D)");
        assertThat(field(result, "issuingState")).isEqualTo("Jerman (D)");
    }

    @Test
    void aWrongCheckDigitIsExplainedAndNothingIsOfferedToFill() throws Exception {
        Document result = read(accounts.create("REPORTER"), WRONG);

        Element outcome = result.selectFirst("[data-mrz-outcome]");
        assertThat(outcome.attr("data-valid")).isEqualTo("false");
        assertThat(result.getElementById("mrzStatus").text())
                .isEqualTo("MRZ tidak dapat dipakai; formulir tidak diisi.");
        assertThat(result.getElementById("mrzProblems").text())
                .contains("Digit pemeriksa nomor paspor salah: tertulis 5, seharusnya 6.");
        assertThat(result.select("[data-mrz-check=wrong]").first().text())
                .contains("Nomor paspor: tertulis 5, seharusnya 6");
        for (String fill : List.of("name", "nationality", "sex", "birth-date", "document-number", "expiry")) {
            assertThat(outcome.attr("data-fill-" + fill)).as(fill).isEmpty();
        }
    }

    @Test
    void garbageAndEnglishAreExplained() throws Exception {
        Document garbage = read(accounts.create("REPORTER"), "bukan paspor");
        assertThat(garbage.selectFirst("[data-mrz-outcome]").attr("data-valid")).isEqualTo("false");
        assertThat(garbage.getElementById("mrzFields")).isNull();
        assertThat(garbage.getElementById("mrzProblems").text()).contains("Bukan MRZ yang lengkap: 1 baris");

        String html = mvc.perform(post("/paspor/mrz")
                        .with(accounts.as(accounts.create("REPORTER")))
                        .with(csrf())
                        .param("lang", "en")
                        .param("mrz", WRONG))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("The passport number check digit is wrong: written 5, expected 6.");

        // no parameter at all
        String empty = mvc.perform(post("/paspor/mrz")
                        .with(accounts.as(accounts.create("OFFICER")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty).contains("Belum ada MRZ yang diketik.");
    }

    @Test
    void everySignedInRoleMayReadAnAdministratorToo() throws Exception {
        for (String role : List.of("REPORTER", "OFFICER", "ADMIN")) {
            assertThat(read(accounts.create(role), TD3)
                            .selectFirst("[data-mrz-outcome]")
                            .attr("data-valid"))
                    .as(role)
                    .isEqualTo("true");
        }
    }

    @Test
    void theNewAndTheEditReportFormsCarryTheReaderAimedAtTheirSubjectFields() throws Exception {
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        long id = reports.by(reporter, "61.06.01.2004").insert();

        for (String url : List.of("/laporan/baru", "/laporan/" + id + "/ubah")) {
            Document page =
                    Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                                    .with(accounts.as(reporter)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            Element reader = page.selectFirst("#reportForm [data-mrz-reader]");
            assertThat(reader).as(url).isNotNull();
            assertThat(reader.attr("data-mrz-name")).isEqualTo("fullName");
            assertThat(reader.attr("data-mrz-nationality")).isEqualTo("nationality");
            assertThat(reader.attr("data-mrz-sex")).isEqualTo("sex");
            assertThat(reader.attr("data-mrz-birth-date")).isEqualTo("birthDate");
            assertThat(reader.attr("data-mrz-document-number")).isEqualTo("passportNumber");
            assertThat(reader.hasAttr("data-mrz-expiry")).isFalse();
            for (String target : List.of("fullName", "nationality", "sex", "birthDate", "passportNumber")) {
                assertThat(page.select("#reportForm [name=" + target + "]"))
                        .as(url + " " + target)
                        .isNotEmpty();
            }
            // The MRZ box is outside the report form's submission; its button never submits the form.
            assertThat(page.getElementById("mrzText").attr("form")).isEqualTo("mrz-tanpa-formulir");
            assertThat(page.getElementById("mrzTanpaFormulir")).isNull();
            assertThat(page.getElementById("mrz-tanpa-formulir")).isNull();
            assertThat(page.getElementById("mrzRead").attr("type")).isEqualTo("button");
            assertThat(page.getElementById("mrzRead").attr("hx-post")).isEqualTo("/paspor/mrz");
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndHtmxIsToldTo() throws Exception {
        mvc.perform(post("/paspor/mrz").with(csrf()).param("mrz", TD3))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
        mvc.perform(post("/paspor/mrz")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("mrz", TD3))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
    }

    @Test
    void theCsrfTokenIsRequired() throws Exception {
        String body = mvc.perform(post("/paspor/mrz")
                        .with(accounts.as(accounts.create("REPORTER")))
                        .header("HX-Request", "true")
                        .param("mrz", TD3))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("L898902C3");
    }

    @Test
    void readingIsNeitherAuditedAsAViewNorLogged(CapturedOutput output) throws Exception {
        String reporter = accounts.create("REPORTER");
        long actor = accounts.idOf(reporter);
        Integer before = jdbc.queryForObject("select count(*) from audit_log where actor_id = ?", Integer.class, actor);

        read(reporter, TD3);
        read(reporter, WRONG);

        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor_id = ?", Integer.class, actor))
                .isEqualTo(before);
        assertThat(output.getAll()).doesNotContain("L898902C3").doesNotContain("ERIKSSON");
    }
}
