package id.timpora.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A send to /lapor in chunks declares no length, so the size pre-check cannot weigh it before it is read: it is refused
 * (411) at once, whatever its size, and nothing is saved (#14, small fixes). One with a declared length over the limit
 * gets 413 (PublicReportTest).
 */
class PublicUploadChunkedTest extends ServerTest {

    @Test
    void aChunkedSendIsRefusedBeforeItIsReadAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from public_report", Long.class);
        String response = chunkedPost(64 * 1024, 300); // about 19 MB, more than 3 photos of 5 MB
        assertThat(response).startsWith("HTTP/1.1 411");
        assertThat(response).doesNotContain("Exception").doesNotContain("at id.timpora");
        assertThat(jdbc.queryForObject("select count(*) from public_report", Long.class))
                .isEqualTo(before);
    }

    /** A raw HTTP/1.1 POST whose body comes in {@code chunks} chunks of {@code size} bytes, with no Content-Length. */
    private String chunkedPost(int size, int chunks) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /lapor HTTP/1.1\r\nHost: localhost:" + port
                            + "\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[size];
            try {
                for (int i = 0; i < chunks; i++) {
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (java.io.IOException closedByTheServer) {
                // the server answered and closed before taking it all: what is expected
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0 && answer.size() < 65536) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.io.IOException reset) {
                // a reset after the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
