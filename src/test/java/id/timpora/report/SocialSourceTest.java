package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Social media as a report source (#19): the post's platform and link are kept on the report, a screenshot is an
 * ordinary attachment, and the link is evidence shown as text: never a live link, never loaded, and an address that
 * is not plain http(s) (a {@code javascript:} address, markup) is refused beside the field.
 */
class SocialSourceTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004";
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0,
        (byte) 0x90,
        'w',
        'S',
        (byte) 0xde,
        0,
        0,
        0,
        12,
        'I',
        'D',
        'A',
        'T',
        8,
        (byte) 0xd7,
        99,
        (byte) 0xf8,
        (byte) 0xcf,
        (byte) 0xc0,
        0,
        0,
        3,
        1,
        1,
        0,
        0x18,
        (byte) 0xdd,
        (byte) 0x8d,
        (byte) 0xb0,
        0,
        0,
        0,
        0,
        'I',
        'E',
        'N',
        'D',
        (byte) 0xae,
        'B',
        0x60,
        (byte) 0x82
    };

    private MockMultipartHttpServletRequestBuilder report(String user, String name, String platform, String link) {
        return report(user, name, platform, link, "MEDIA_SOSIAL");
    }

    private MockMultipartHttpServletRequestBuilder report(
            String user, String name, String platform, String link, String source) {
        MockMultipartHttpServletRequestBuilder request = multipart("/laporan/baru");
        request.with(accounts.as(user)).with(csrf());
        request.param("fullName", name)
                .param("nationality", "AU")
                .param("sex", "LAKI_LAKI")
                .param("permitType", "VISA_KUNJUNGAN")
                .param("observedDate", "27/11/2024")
                .param("observedTime", "10:00")
                .param("regionCode", PALA_PULAU)
                .param("placeType", "TEMPAT_UMUM")
                .param("activities", "POLITIK_KAMPANYE")
                .param("source", source);
        if (platform != null) {
            request.param("sourcePlatform", platform);
        }
        if (link != null) {
            request.param("sourceLink", link);
        }
        return request;
    }

    @Test
    void aSocialMediaReportKeepsPlatformLinkAndScreenshotAndShowsTheLinkAsInertText() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String name = "Kampanye Medsos " + System.nanoTime();
        String link = "https://www.instagram.com/p/Cz123abc/?utm=a&b=c";
        MockMultipartHttpServletRequestBuilder request = report(officer, name, "INSTAGRAM", link);
        request.file(new MockMultipartFile("attachments", "tangkapan-layar.png", "image/png", PNG));
        MvcResult saved = mvc.perform(request).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).as(saved.getResponse().getContentAsString()).startsWith("/laporan/");
        long id = Long.parseLong(location.substring("/laporan/".length()));
        assertThat(jdbc.queryForMap("select source, source_platform, source_link from report where id = ?", id))
                .containsEntry("source", "MEDIA_SOSIAL")
                .containsEntry("source_platform", "INSTAGRAM")
                .containsEntry("source_link", link);
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class, id))
                .isEqualTo(1);

        Document detail = Jsoup.parse(mvc.perform(get(location).with(accounts.as(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(detail.select("code#sourceLink").text()).isEqualTo(link);
        assertThat(detail.select("#sourcePlatform").text()).isEqualTo("Instagram");
        // shown, never linked, embedded or loaded
        assertThat(detail.select("a[href*=instagram], [src*=instagram], iframe, link[href*=instagram]"))
                .isEmpty();
    }

    @Test
    void aJavascriptOrMarkupLinkIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String[] refused = {
            "javascript:alert(document.cookie)",
            "JaVaScRiPt:alert(1)",
            "<script>alert(1)</script>",
            "https://x.com/a\"><script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "https://x.com/post with space",
            "https://" + "a".repeat(600) + ".com",
            "//x.com/no-scheme",
            "ftp://x.com/file",
            // a right-to-left override shows "https://x.com/exe.jpg"; a zero-width space hides in the address
            "https://x.com/\u202Egpj.exe",
            "https://x.com/a\u200Bb"
        };
        for (String link : refused) {
            String name = "Tautan Ditolak " + System.nanoTime();
            MvcResult result =
                    mvc.perform(report(officer, name, "X_TWITTER", link)).andReturn();
            assertThat(result.getResponse().getStatus()).as(link).isEqualTo(200);
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            Document form = Jsoup.parse(html);
            assertThat(form.select("#sourceLink-error").text()).as(link).isNotBlank();
            assertThat(form.select("#sourceLink").val()).as(link).isEqualTo(link);
            // what was typed comes back as text, never as markup
            assertThat(form.select("script:containsData(alert)")).as(link).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from report where full_name = ?", Integer.class, name))
                    .as(link)
                    .isZero();
        }
        // platform and link are both needed for this source
        String name = "Tanpa Tautan " + System.nanoTime();
        Document form = Jsoup.parse(mvc.perform(report(officer, name, null, null))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#sourceLink-error").text()).isEqualTo("Isi tautan unggahan media sosial.");
        assertThat(form.select("#sourcePlatform-error").text()).isEqualTo("Pilih platform media sosial.");
    }

    @Test
    void theDatabaseRefusesALinkThatIsNotHttpEvenWrittenAroundTheApplication() {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        long id = reports.by(officer, PALA_PULAU).set("source", "MEDIA_SOSIAL").insert();
        assertThatThrownBy(() -> jdbc.update("update report set source_link = 'javascript:alert(1)' where id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> jdbc.update("update report set source_link = 'https://x.com/<script>' where id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anotherSourceKeepsNoLink() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String name = "Patroli Biasa " + System.nanoTime();
        MockMultipartHttpServletRequestBuilder request =
                report(officer, name, "FACEBOOK", "https://facebook.com/x", "PATROLI");
        MvcResult saved = mvc.perform(request).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/laporan/");
        assertThat(jdbc.queryForMap("select source_platform, source_link from report where full_name = ?", name))
                .containsEntry("source_platform", null)
                .containsEntry("source_link", null);
    }
}
