package id.timpora.infrastructure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

class PagesAndLanguageTest extends IntegrationTest {

    @Test
    void signInPageIsIndonesianByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"id\"")))
                .andExpect(content().string(containsString("Masuk ke TIMPORA")))
                .andExpect(content().string(containsString("Nama pengguna")));
    }

    @Test
    void englishIsChosenWithLangAndRemembered() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in to TIMPORA")))
                .andExpect(cookie().value("TIMPORA_LANG", "en"));

        mvc.perform(get("/login").cookie(new Cookie("TIMPORA_LANG", "en")))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Username")));
    }

    @Test
    void dashboardShowsTheSignedInUserAndOnlyTheMenusOfTheRole() throws Exception {
        String reporter = accounts.create("REPORTER");
        mvc.perform(get("/").with(accounts.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Selamat datang, Uji " + reporter)))
                .andExpect(content().string(containsString("Pelapor")))
                .andExpect(content().string(not(containsString("/admin/audit"))));

        String admin = accounts.create("ADMIN");
        mvc.perform(get("/").with(accounts.as(admin)))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")));
    }

    @Test
    void htmxPostsCarryTheCsrfHeaderFromTheBody() throws Exception {
        mvc.perform(get("/").with(accounts.as(accounts.create("OFFICER"))))
                .andExpect(content().string(containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;")));
    }
}
