package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.HttpTestClient;
import id.timpora.support.ServerTest;
import id.timpora.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error pages through the real servlet container: localized, styled, and never showing internals. */
class ErrorPagesTest extends ServerTest {

    HttpTestClient browser;

    @BeforeEach
    void signIn() throws Exception {
        browser = new HttpTestClient(port);
        assertThat(browser.signIn(accounts.create("REPORTER"), TestAccounts.PASSWORD))
                .endsWith("/");
    }

    @Test
    void notFoundPageInIndonesianAndEnglish() throws Exception {
        HttpResponse<String> indonesian = browser.get("/halaman-yang-tidak-ada");
        assertThat(indonesian.statusCode()).isEqualTo(404);
        assertThat(indonesian.body()).contains("Halaman tidak ditemukan", "Kembali ke dasbor");
        assertNoInternals(indonesian.body());

        HttpResponse<String> english = browser.get("/halaman-yang-tidak-ada?lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found", "Back to the dashboard");
    }

    @Test
    void forbiddenPageForALowerRole() throws Exception {
        HttpResponse<String> response = browser.get("/admin/audit");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Akses ditolak", "Peran atau wilayah kerja Anda");
        assertNoInternals(response.body());
    }

    @Test
    void badParameterGivesAnErrorPageNotAStackTrace() throws Exception {
        HttpResponse<String> response = browser.get("/admin/audit?from=bukan-tanggal");
        assertThat(response.statusCode()).isIn(400, 403);
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at id.timpora", "SQL", "Whitelabel");
    }
}
