package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import org.junit.jupiter.api.Test;

class WebSecurityTest extends IntegrationTest {

    @Test
    void signInWithoutCsrfTokenIsRefusedAndAudited() throws Exception {
        String username = accounts.create("REPORTER");
        int before = deniedCount("csrf: POST /login");

        mvc.perform(post("/login").param("username", username).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(deniedCount("csrf: POST /login")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where actor = ? and action = 'LOGIN_SUCCESS'",
                        Integer.class,
                        username))
                .isZero();
    }

    @Test
    void formPostWithWrongCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String username = accounts.create("REPORTER");

        mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as(username))
                        .with(csrf().useInvalidToken())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "kata-sandi-baru-yang-kuat")
                        .param("confirmPassword", "kata-sandi-baru-yang-kuat"))
                .andExpect(status().isForbidden());

        assertThat(accounts.encoder()
                        .matches(
                                TestAccounts.PASSWORD,
                                jdbc.queryForObject(
                                        "select password_hash from app_user where username = ?",
                                        String.class,
                                        username)))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where actor = ? and action = 'ACCESS_DENIED'"
                                + " and detail = 'csrf: POST /akun/kata-sandi'",
                        Integer.class,
                        username))
                .isEqualTo(1);
    }

    @Test
    void everyPageCarriesStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().exists("Permissions-Policy"));
    }

    @Test
    void reporterAndOfficerAreRefusedOnAdminRoutesAndItIsAudited() throws Exception {
        for (String role : new String[] {"REPORTER", "OFFICER"}) {
            String username = accounts.create(role);

            mvc.perform(get("/admin/audit").with(accounts.as(username))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/audit").with(accounts.as(username)).with(csrf()))
                    .andExpect(status().isForbidden());

            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_log where actor = ? and action = 'ACCESS_DENIED'"
                                    + " and detail = 'forbidden: GET /admin/audit'",
                            Integer.class,
                            username))
                    .as(role)
                    .isEqualTo(1);
        }
    }

    @Test
    void adminReadsTheAuditLog() throws Exception {
        String admin = accounts.create("ADMIN");
        String reporter = accounts.create("REPORTER");
        mvc.perform(get("/admin/audit").with(accounts.as(reporter)));

        mvc.perform(get("/admin/audit").param("actor", reporter).with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("forbidden: GET /admin/audit")))
                .andExpect(content().string(containsString("Akses ditolak")));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void htmxRequestWithoutSessionIsToldToLoadTheSignInPage() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
    }

    @Test
    void healthIsPublicWithoutDetailsAndOtherActuatorEndpointsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/metrics").with(accounts.as(accounts.create("OFFICER"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(status().isOk());
    }

    private int deniedCount(String detail) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = 'ACCESS_DENIED' and detail = ?", Integer.class, detail);
    }
}
