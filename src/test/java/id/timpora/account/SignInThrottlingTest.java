package id.timpora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Password spraying: many user names, few passwords, from one client address. Per-account lock-out never sees it, so
 * sign-ins are also counted per client address (in the database, so every app node sees the same count): after
 * {@code timpora.security.client.free-failures} failures the address must wait longer and longer between attempts, and
 * after {@code max-failures} it is refused for {@code block-duration}. A refused attempt is answered the same for every
 * name, real or not and with the right password or not, and is audited.
 */
class SignInThrottlingTest extends IntegrationTest {

    static final int FREE = 10;
    static final int MAX = 30;
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 200));

    @Test
    void sprayingFromOneAddressIsSlowedDownAndTheRightPasswordThenGetsTheSameAnswerAsAnUnknownName() throws Exception {
        String ip = freshAddress();
        String real = accounts.create("OFFICER");
        for (int i = 0; i < FREE; i++) {
            assertThat(signIn(ip, "tidak-ada-" + i + "-" + System.nanoTime(), "Password123!"))
                    .isEqualTo("/login?error=bad");
        }

        String unknown = signIn(ip, "tidak-ada-lagi-" + System.nanoTime(), "Password123!");
        String rightPassword = signIn(ip, real, TestAccounts.PASSWORD);

        assertThat(unknown).isEqualTo("/login?error=throttled");
        assertThat(rightPassword).isEqualTo(unknown);
        assertThat(auditCount(real, "LOGIN_SUCCESS")).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'LOGIN_THROTTLED' and client_ip = ?",
                        Integer.class,
                        ip))
                .isEqualTo(2);
        // Neither refused attempt reached the account: it has no failure counted against it.
        assertThat(failedAttempts(real)).isZero();

        // Another address is not affected.
        assertThat(signIn(freshAddress(), real, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void theRefusalPageDoesNotSayWhetherTheAccountExists() throws Exception {
        String ip = freshAddress();
        String real = accounts.create("REPORTER");
        for (int i = 0; i < FREE; i++) {
            signIn(ip, "coba-" + i + "-" + System.nanoTime(), "salah-salah-salah");
        }
        assertThat(signIn(ip, real, "salah-salah-salah")).isEqualTo("/login?error=throttled");

        String page = mvc.perform(get("/login?error=throttled"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Terlalu banyak percobaan masuk").doesNotContain(real);
    }

    @Test
    void afterTheWaitOneMoreAttemptIsAllowedAndEachFailureDoublesTheWait() throws Exception {
        String ip = freshAddress();
        for (int i = 0; i < FREE; i++) {
            signIn(ip, "nama-" + i + "-" + System.nanoTime(), "salah-salah-salah");
        }
        assertThat(signIn(ip, "lagi-" + System.nanoTime(), "x")).isEqualTo("/login?error=throttled");

        // The wait has passed: the next attempt is heard (and fails).
        jdbc.update(
                "update sign_in_client set last_attempt_at = last_attempt_at - interval '2 seconds' where client = ?",
                ip);
        assertThat(signIn(ip, "lagi-" + System.nanoTime(), "x")).isEqualTo("/login?error=bad");
        assertThat(signIn(ip, "lagi-" + System.nanoTime(), "x")).isEqualTo("/login?error=throttled");

        // One second is no longer enough after another failure; two are.
        jdbc.update(
                "update sign_in_client set last_attempt_at = last_attempt_at - interval '1 second' where client = ?",
                ip);
        assertThat(signIn(ip, "lagi-" + System.nanoTime(), "x")).isEqualTo("/login?error=throttled");
        jdbc.update(
                "update sign_in_client set last_attempt_at = last_attempt_at - interval '2 seconds' where client = ?",
                ip);
        assertThat(signIn(ip, "lagi-" + System.nanoTime(), "x")).isEqualTo("/login?error=bad");
    }

    @Test
    void tooManyFailuresBlockTheAddressForAWhileWithAnAuditRow() throws Exception {
        String ip = freshAddress();
        String real = accounts.create("OFFICER");
        signIn(ip, "awal-" + System.nanoTime(), "x");
        jdbc.update(
                "update sign_in_client set failures = ?, last_attempt_at = now() - interval '10 minutes'"
                        + " where client = ?",
                MAX - 1,
                ip);

        assertThat(signIn(ip, "terakhir-" + System.nanoTime(), "x")).isEqualTo("/login?error=bad");

        Long minutesBlocked = jdbc.queryForObject(
                "select round(extract(epoch from blocked_until - now()) / 60) from sign_in_client where client = ?",
                Long.class,
                ip);
        assertThat(minutesBlocked).isBetween(14L, 15L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'CLIENT_BLOCKED' and client_ip = ?",
                        Integer.class,
                        ip))
                .isEqualTo(1);
        jdbc.update("update sign_in_client set last_attempt_at = now() - interval '10 minutes' where client = ?", ip);
        assertThat(signIn(ip, real, TestAccounts.PASSWORD)).isEqualTo("/login?error=throttled");

        // When the block has run out, the address starts afresh.
        jdbc.update(
                "update sign_in_client set blocked_until = now() - interval '1 second',"
                        + " window_started_at = now() - interval '1 hour' where client = ?",
                ip);
        assertThat(signIn(ip, real, TestAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void aSuccessfulSignInDoesNotWipeTheAddressCount() throws Exception {
        String ip = freshAddress();
        String known = accounts.create("REPORTER");
        for (int i = 0; i < FREE - 1; i++) {
            signIn(ip, "semprot-" + i + "-" + System.nanoTime(), "Password123!");
        }
        assertThat(signIn(ip, known, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(signIn(ip, "semprot-akhir-" + System.nanoTime(), "Password123!"))
                .isEqualTo("/login?error=bad");
        assertThat(signIn(ip, "semprot-lagi-" + System.nanoTime(), "Password123!"))
                .isEqualTo("/login?error=throttled");
    }

    @Test
    void addressesOfOneIpv6NetworkShareOneCount() throws Exception {
        String prefix = "2001:db8:" + Integer.toHexString(NEXT.incrementAndGet()) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0xffff)) + ":";
        for (int i = 0; i < FREE; i++) {
            signIn(prefix + ":" + Integer.toHexString(i + 1), "v6-" + i + "-" + System.nanoTime(), "x");
        }
        assertThat(signIn(prefix + "abcd:1:2:3", "v6-lagi-" + System.nanoTime(), "x"))
                .isEqualTo("/login?error=throttled");
    }

    private String signIn(String ip, String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(ip);
                            return request;
                        })
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** A documentation address (RFC 5737) that no other test of this run has used. */
    private static String freshAddress() {
        int n = NEXT.incrementAndGet();
        return "198.51." + (100 + n / 250 % 100) + "." + (1 + n % 250);
    }

    private int auditCount(String username, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where actor = ? and action = ?", Integer.class, username, action);
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }
}
