package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Unicode direction overrides make {@code foto<U+202E>gpj.exe} look like {@code fotoexe.jpg}: a file name keeps none of
 * them, neither in storage nor in the name a download is saved under.
 */
class AttachmentNamesTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004";
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final String BIDI = "[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]";

    String reporter;
    long report;

    @BeforeEach
    void aReport() {
        reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        report = reports.by(reporter, PALA_PULAU).insert();
    }

    @Test
    void directionOverridesAreStrippedWhenStoredAndWhenDownloaded() throws Exception {
        String sneaky = "bukti\u202Egpj.exe\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D";
        mvc.perform(multipart("/laporan/" + report + "/lampiran")
                        .file(new MockMultipartFile("attachments", sneaky, "image/jpeg", JPEG))
                        .with(accounts.as(reporter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String stored = jdbc.queryForObject(
                "select file_name from report_attachment where report_id = ?", String.class, report);
        assertThat(stored).isEqualTo("buktigpj.exe");
        assertThat(contentDisposition(attachmentId())).doesNotContainPattern(BIDI);
    }

    @Test
    void aNameStoredBeforeTheRuleIsCleanedOnTheWayOut() throws Exception {
        jdbc.update(
                "insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                        + " content) values (?, ?, 'image/jpeg', ?, 'x', ?, ?)",
                report,
                "lama\u202Egpj.exe",
                JPEG.length,
                accounts.idOf(reporter),
                JPEG);

        String disposition = contentDisposition(attachmentId());
        assertThat(disposition).doesNotContainPattern(BIDI).contains("lamagpj.exe");
    }

    private long attachmentId() {
        return jdbc.queryForObject("select id from report_attachment where report_id = ?", Long.class, report);
    }

    private String contentDisposition(long attachment) throws Exception {
        String header = mvc.perform(
                        get("/laporan/" + report + "/lampiran/" + attachment).with(accounts.as(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        // filename*=UTF-8''... carries the name percent-encoded: decode it before looking.
        return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
