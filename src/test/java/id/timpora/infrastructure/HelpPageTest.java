package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The help page with its glossary, in both languages, and the dashboard's way to a new report. */
class HelpPageTest extends IntegrationTest {

    @Test
    void theHelpPageExplainsTheTermsInBothLanguages() throws Exception {
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "62.13"));
        Document page = page(reporter, "/bantuan");
        assertThat(page.select("#glossary dt").eachText())
                .contains("APOA", "ITK", "ITAS", "Overstay", "Tingkat Tim Pora");
        assertThat(page.select("#istilah-OVERSTAY + dd").text()).contains("izin tinggal");
        assertThat(page.select("#helpSteps li")).hasSize(6);
        assertThat(page.select("#navHelp").attr("href")).isEqualTo("/bantuan");

        Document english = page(reporter, "/bantuan?lang=en");
        assertThat(english.select("h1").text()).isEqualTo("Help and glossary");
        assertThat(english.select("#glossary dt").eachText()).contains("Tim Pora levels");

        mvc.perform(get("/bantuan")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aReportersDashboardOffersANewReport() throws Exception {
        String reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "62.13"));
        assertThat(page(reporter, "/").select("#dashboardNewReport").attr("href"))
                .isEqualTo("/laporan/baru");
        String admin = accounts.create("ADMIN");
        assertThat(page(admin, "/").select("#dashboardNewReport")).isEmpty();
    }

    private Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
