package id.timpora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import org.junit.jupiter.api.Test;

class SignInTest extends IntegrationTest {

    @Test
    void wrongPasswordIsRefusedAndAudited() throws Exception {
        String username = accounts.create("REPORTER");

        mvc.perform(formLogin("/login").user(username).password("salah-sekali-123"))
                .andExpect(redirectedUrl("/login?error=bad"));

        assertThat(auditCount(username, "LOGIN_FAILURE")).isEqualTo(1);
        assertThat(auditCount(username, "LOGIN_SUCCESS")).isZero();
        assertThat(failedAttempts(username)).isEqualTo(1);
    }

    @Test
    void rightPasswordSignsInResetsTheCounterAndIsAudited() throws Exception {
        String username = accounts.create("OFFICER");
        mvc.perform(formLogin("/login").user(username).password("salah-sekali-123"));

        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(auditCount(username, "LOGIN_SUCCESS")).isEqualTo(1);
        assertThat(failedAttempts(username)).isZero();
        assertThat(jdbc.queryForObject(
                        "select last_login_at is not null from app_user where username = ?", Boolean.class, username))
                .isTrue();
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String username = accounts.create("REPORTER");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("salah-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        assertThat(auditCount(username, "ACCOUNT_LOCKED")).isZero();

        mvc.perform(formLogin("/login").user(username).password("salah-5"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));

        assertThat(auditCount(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(auditCount(username, "LOGIN_FAILURE")).isEqualTo(6);
        Long minutesLocked = jdbc.queryForObject(
                "select round(extract(epoch from locked_until - now()) / 60) from app_user where username = ?",
                Long.class,
                username);
        assertThat(minutesLocked).isBetween(14L, 15L);
    }

    @Test
    void anExpiredLockLetsTheUserInAndStartsAFreshCount() throws Exception {
        String username = accounts.create("REPORTER");
        jdbc.update(
                "update app_user set failed_attempts = 5, locked_until = now() - interval '1 minute' where username = ?",
                username);

        mvc.perform(formLogin("/login").user(username).password("salah-lagi"))
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(failedAttempts(username)).isEqualTo(1);

        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("tidak-ada-" + System.nanoTime()).password("apa-saja-123"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void disabledAccountIsRefused() throws Exception {
        String username = accounts.create("REPORTER");
        jdbc.update("update app_user set enabled = false where username = ?", username);

        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(auditCount(username, "LOGIN_FAILURE")).isEqualTo(1);
    }

    @Test
    void aLockedAccountAnswersAWrongPasswordExactlyLikeAnUnknownName() throws Exception {
        String username = accounts.create("REPORTER");
        jdbc.update(
                "update app_user set failed_attempts = 5, locked_until = now() + interval '10 minutes'"
                        + " where username = ?",
                username);

        mvc.perform(formLogin("/login").user(username).password("salah-sekali-123"))
                .andExpect(redirectedUrl("/login?error=bad"));
        // Only the right password learns why it cannot sign in; the lock does not grow while it runs.
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        assertThat(jdbc.queryForObject(
                        "select round(extract(epoch from locked_until - now()) / 60) from app_user where username = ?",
                        Long.class,
                        username))
                .isBetween(9L, 10L);
    }

    @Test
    void aDeactivatedAccountOrAgencyAnswersAWrongPasswordExactlyLikeAnUnknownName() throws Exception {
        String disabled = accounts.create("REPORTER");
        jdbc.update("update app_user set enabled = false where username = ?", disabled);
        long agency = agencies.create("KESBANGPOL", "PUSAT");
        String ofInactiveAgency = accounts.create("REPORTER", agency);
        jdbc.update("update agency set active = false where id = ?", agency);

        for (String username : new String[] {disabled, ofInactiveAgency}) {
            mvc.perform(formLogin("/login").user(username).password("salah-sekali-123"))
                    .andExpect(redirectedUrl("/login?error=bad"));
            mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                    .andExpect(redirectedUrl("/login?error=disabled"));
        }
    }

    @Test
    void signOutIsAudited() throws Exception {
        String username = accounts.create("OFFICER");

        mvc.perform(post("/logout").with(accounts.as(username)).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(auditCount(username, "LOGOUT")).isEqualTo(1);
    }

    private int auditCount(String username, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where actor = ? and action = ?", Integer.class, username, action);
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }
}
