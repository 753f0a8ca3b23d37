package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Links in minutes survive only as http, https or mailto, on the page, in the preview and in the printed PDF. */
class MinutesLinksTest extends MeetingTestBase {

    static final String MINUTES = String.join(
            "\n\n",
            "[Situs resmi](https://www.imigrasi.go.id/) dan [surat](mailto:sekretariat@imigrasi.go.id)"
                    + " dan [lama](http://kanim.example/)",
            "[Klik data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[Klik js](javascript:alert(1)) [Klik vb](vbscript:msgbox(1)) [Klik berkas](file:///etc/passwd)",
            "<data:text/html,hai> <javascript:alert(2)> [Huruf besar](DATA:text/html,x)",
            "[ref]\n\n[ref]: data:text/html,y");

    @Test
    void onlyHttpHttpsAndMailtoLinksSurviveOnThePageAndInThePdf() throws Exception {
        long meeting = plan(officer, "Rakor tautan", "2026-11-23", "09:00", "10:00");
        perform(form(officer, "/rapat/" + meeting + "/notulen")
                        .param("minutes", MINUTES)
                        .param("decisions", "")
                        .param("version", String.valueOf(version(meeting))))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/rapat/" + meeting).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> pageLinks = Jsoup.parse(page).select("#minutesText a").stream()
                .map(a -> a.attr("href"))
                .toList();
        assertThat(pageLinks)
                .containsExactly(
                        "https://www.imigrasi.go.id/", "mailto:sekretariat@imigrasi.go.id", "http://kanim.example/");
        assertThat(Jsoup.parse(page).select("#minutesText").text()).contains("Klik data", "Klik js", "Huruf besar");

        String preview = mvc.perform(form(officer, "/rapat/" + meeting + "/notulen/pratinjau")
                        .param("minutes", MINUTES))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(preview).select("a[href]").stream().map(a -> a.attr("href")))
                .allMatch(href -> href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:"));

        byte[] pdf = mvc.perform(get("/rapat/" + meeting + "/notulen.pdf").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(pdfLinks(document))
                    .isNotEmpty()
                    .allMatch(uri -> uri.startsWith("https:") || uri.startsWith("http:") || uri.startsWith("mailto:"));
        }
    }

    @Test
    void theSanitizerKeepsNothingButTheThreeSchemes() {
        Minutes minutes = new Minutes();
        for (String href : Jsoup.parse(minutes.toHtml(MINUTES)).select("a").eachAttr("href")) {
            assertThat(href).matches("(https?|mailto):.*");
        }
        for (Element link : Jsoup.parse(minutes.toHtml("[a](  data:x)  [b](%64ata:x) [c](DaTa:x)"))
                .select("a")) {
            assertThat(link.attr("href")).doesNotContainIgnoringCase("data:");
        }
    }

    private static List<String> pdfLinks(PDDocument document) throws Exception {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    private int version(long meeting) {
        return jdbc.queryForObject("select version from meeting where id = ?", Integer.class, meeting);
    }
}
