package id.timpora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PasswordChangeTest extends IntegrationTest {

    @Test
    void aOneTimePasswordLeadsEveryPageToThePasswordForm() throws Exception {
        String username = accounts.create("ADMIN");
        jdbc.update("update app_user set must_change_password = true where username = ?", username);

        mvc.perform(get("/").with(accounts.as(username))).andExpect(redirectedUrl("/akun/kata-sandi"));
        mvc.perform(get("/admin/audit").with(accounts.as(username))).andExpect(redirectedUrl("/akun/kata-sandi"));
        mvc.perform(get("/akun/kata-sandi").with(accounts.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mustChangeNotice\"")));
    }

    // "components :: input(...)" once also selected another fragment's <input>: every field came twice, browsers posted
    // both copies, and the password could never be changed.
    @Test
    void theFormHasEachFieldExactlyOnce() throws Exception {
        String username = accounts.create("REPORTER");
        String html = mvc.perform(get("/akun/kata-sandi").with(accounts.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("form[action=/akun/kata-sandi] input:not([type=hidden])"))
                .extracting(input -> input.attr("name"))
                .containsExactly("currentPassword", "newPassword", "confirmPassword");
    }

    @Test
    void tooShortSameAsUsernameAndMismatchAreRefusedBesideTheField() throws Exception {
        String username = accounts.create("REPORTER");

        change(username, TestAccounts.PASSWORD, "pendek", "pendek")
                .andExpect(content().string(containsString("Kata sandi baru minimal 12 karakter.")));
        change(username, TestAccounts.PASSWORD, username, username)
                .andExpect(content().string(containsString("tidak boleh sama dengan nama pengguna")));
        change(username, TestAccounts.PASSWORD, "kata-sandi-baru-1", "kata-sandi-baru-2")
                .andExpect(content().string(containsString("Ulangan kata sandi tidak sama.")));
        change(username, "bukan-sandi-lama", "kata-sandi-baru-1", "kata-sandi-baru-1")
                .andExpect(content().string(containsString("Kata sandi saat ini salah.")));
        change(username, TestAccounts.PASSWORD, "", "").andExpect(content().string(containsString("Wajib diisi.")));

        assertThat(accounts.encoder().matches(TestAccounts.PASSWORD, hashOf(username)))
                .isTrue();
        assertThat(auditCount(username)).isZero();
    }

    @Test
    void aGoodPasswordIsSavedAuditedAndTheUserSignsInAgain() throws Exception {
        String username = accounts.create("REPORTER");
        jdbc.update("update app_user set must_change_password = true where username = ?", username);

        mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as(username))
                        .with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "kata-sandi-baru-yang-kuat")
                        .param("confirmPassword", "kata-sandi-baru-yang-kuat"))
                .andExpect(redirectedUrl("/login"));

        assertThat(accounts.encoder().matches("kata-sandi-baru-yang-kuat", hashOf(username)))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select must_change_password from app_user where username = ?", Boolean.class, username))
                .isFalse();
        assertThat(auditCount(username)).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions change(
            String username, String current, String next, String confirm) throws Exception {
        return mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as(username))
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("confirmPassword", confirm))
                .andExpect(status().isOk());
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    private int auditCount(String username) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where actor = ? and action = 'PASSWORD_CHANGE'",
                Integer.class,
                username);
    }
}
