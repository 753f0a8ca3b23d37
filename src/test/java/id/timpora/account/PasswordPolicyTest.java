package id.timpora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords people and attackers guess first are refused; long passphrases work; old hashes keep working. */
class PasswordPolicyTest extends IntegrationTest {

    @Test
    void commonAndTrivialPasswordsAreRefusedBesideTheField() throws Exception {
        String username = accounts.create("REPORTER");
        for (String password : List.of(
                "aaaaaaaaaaaa",
                "password1234",
                "Password1234!",
                "P@ssw0rd2024",
                "qwertyuiop12",
                "123456789012",
                "abcabcabcabc",
                "iloveyou1234",
                "indonesia123",
                "bismillah123",
                "rahasia12345",
                "Admin12345678",
                "1q2w3e4r5t6y")) {
            assertThat(newPasswordError(username, password)).as(password).contains("terlalu mudah ditebak");
        }
        assertThat(passwordUnchanged(username)).isTrue();
    }

    @Test
    void passwordsContainingTheUserOrAgencyNameAreRefused() throws Exception {
        long agency = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.71");
        jdbc.update(
                "update agency set name = ? where id = ?", "Kantor Imigrasi Kelas I TPI Denpasar " + agency, agency);
        String username = accounts.create("OFFICER", agency);

        assertThat(newPasswordError(username, "sandi-" + username + "-kuat")).contains("nama pengguna");
        assertThat(newPasswordError(username, "Pantai-DENPASAR-indah-sekali")).contains("nama instansi");
        assertThat(newPasswordError(username, "imigrasi-jaya-selamanya")).contains("nama instansi");
        assertThat(passwordUnchanged(username)).isTrue();
    }

    @Test
    void aLongPassphraseIsAcceptedAndSignsIn() throws Exception {
        String username = accounts.create("REPORTER");
        String passphrase = "kopi tubruk panas di warung pak made setiap pagi sebelum apel, enak sekali";
        assertThat(passphrase.length()).isGreaterThanOrEqualTo(64);
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        change(username, TestAccounts.PASSWORD, passphrase).andExpect(redirectedUrl("/login"));

        assertThat(hashOf(username)).startsWith("{bcrypt-sha256}");
        mvc.perform(formLogin("/login").user(username).password(passphrase)).andExpect(redirectedUrl("/"));
        // Two passphrases that share their first 72 bytes are two different passwords.
        mvc.perform(formLogin("/login").user(username).password(passphrase.substring(0, 72) + " tidak enak"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void anAbsurdlyLongPasswordIsRefusedWithAMessage() throws Exception {
        String username = accounts.create("REPORTER");
        assertThat(newPasswordError(username, "kata sandi panjang ".repeat(20))).contains("paling panjang");
    }

    @Test
    void aHashFromBeforeTheChangeStillSignsIn() throws Exception {
        String username = accounts.create("OFFICER");
        jdbc.update(
                "update app_user set password_hash = ? where username = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD),
                username);

        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(username).password("y".repeat(100)))
                .andExpect(redirectedUrl("/login?error=bad"));

        // A hand-made row without an {id}, or with garbage, is an ordinary answer, never an error page.
        jdbc.update(
                "update app_user set password_hash = ? where username = ?",
                new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD),
                username);
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        jdbc.update("update app_user set password_hash = 'kosong' where username = ?", username);
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void wrongCurrentPasswordsOnTheChangeFormCountTowardsTheLockOut() throws Exception {
        String username = accounts.create("REPORTER");
        for (int i = 1; i < 5; i++) {
            String page = change(username, "tebakan-" + i, "kata-sandi-baru-yang-kuat")
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Kata sandi saat ini salah.");
            assertThat(failedAttempts(username)).isEqualTo(i);
        }

        change(username, "tebakan-5", "kata-sandi-baru-yang-kuat").andExpect(redirectedUrl("/login?error=locked"));

        assertThat(jdbc.queryForObject(
                        "select locked_until > now() from app_user where username = ?", Boolean.class, username))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'ACCOUNT_LOCKED' and actor = ?",
                        Integer.class,
                        username))
                .isEqualTo(1);
        assertThat(passwordUnchanged(username)).isTrue();
    }

    private String newPasswordError(String username, String password) throws Exception {
        MockHttpServletResponse response =
                change(username, TestAccounts.PASSWORD, password).andReturn().getResponse();
        assertThat(response.getStatus()).as(password).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .select("#newPassword-error")
                .text();
    }

    private org.springframework.test.web.servlet.ResultActions change(String username, String current, String password)
            throws Exception {
        return mvc.perform(post("/akun/kata-sandi")
                .with(accounts.as(username))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", password)
                .param("confirmPassword", password));
    }

    private boolean passwordUnchanged(String username) {
        return accounts.encoder().matches(TestAccounts.PASSWORD, hashOf(username));
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }
}
