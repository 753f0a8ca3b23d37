package id.timpora.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.support.HttpTestClient;
import id.timpora.support.RawHttp;
import id.timpora.support.ServerTest;
import id.timpora.support.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a client may claim about itself. Forwarded headers count only from the configured reverse proxy; the {@code Host}
 * a client sends never becomes the target of a redirect; HTTPS behind the proxy gets HSTS and Secure cookies; refused
 * requests carry the security headers too; and a session ends after its absolute lifetime however busy it is.
 */
class ProxyAndHostTest extends ServerTest {

    @Test
    void aForgedHostIsNeverTheTargetOfARedirect() throws Exception {
        RawHttp client = new RawHttp(port);
        for (String path : List.of("/laporan", "/", "/admin/pengguna?q=x", "/logout")) {
            RawHttp.Response response = client.get(path, "Host: evil.example");
            assertThat(response.status()).as(path).isEqualTo(302);
            assertRedirectStaysHome(response.header("Location"));
        }
    }

    @Test
    void aForgedHostIsNotWhereTheSignInLeads() throws Exception {
        String username = accounts.create("OFFICER");
        RawHttp client = new RawHttp(port);
        assertRedirectStaysHome(
                client.get("/laporan?status=BARU", "Host: evil.example:443").header("Location"));
        String token = client.get("/login", "Host: evil.example:443").csrfToken();

        RawHttp.Response signIn = client.post(
                "/login",
                "username=" + username + "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(token),
                "Host: evil.example:443");

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).contains("/laporan");
        assertRedirectStaysHome(signIn.header("Location"));
    }

    @Test
    void forwardedHeadersFromAClientThatIsNotTheProxyAreIgnored() throws Exception {
        String username = accounts.create("REPORTER");
        RawHttp client = new RawHttp(port);
        String token = client.get("/login").csrfToken();
        String[] forged = {
            "X-Forwarded-For: 203.0.113.66",
            "X-Forwarded-Proto: https",
            "X-Forwarded-Host: evil.example",
            "X-Forwarded-Port: 443",
            "X-Real-IP: 203.0.113.68",
            "Forwarded: for=203.0.113.67;proto=https;host=evil.example"
        };

        RawHttp.Response response =
                client.post("/login", "username=" + username + "&password=salah-sekali&_csrf=" + encode(token), forged);

        assertThat(response.status()).isEqualTo(302);
        assertRedirectStaysHome(response.header("Location"));
        assertThat(response.header("Strict-Transport-Security")).isNull();
        assertThat(jdbc.queryForList(
                        "select client_ip from audit_log where actor = ? and action = 'LOGIN_FAILURE'",
                        String.class,
                        username))
                .singleElement()
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        RawHttp.Response page = client.get("/login", forged);
        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(page.body()).doesNotContain("evil.example");
    }

    @Test
    void theClientAddressTheProxyReportsIsAuditedAndSpoofedHopsBeforeItAreNot() throws Exception {
        String username = accounts.create("REPORTER");

        signInFailure(username, fromProxy("203.0.113.9"));
        // The client itself wrote the first address; the proxy appended the one it saw.
        signInFailure(username, fromProxy("198.51.100.250, 203.0.113.10"));
        // Another trusted hop (IPv6, inside 2001:db8:ffff::/48) between the client and the front proxy.
        signInFailure(username, fromProxy("198.51.100.251, 203.0.113.11, 2001:db8:ffff::7"));

        assertThat(jdbc.queryForList(
                        "select client_ip from audit_log where actor = ? and action = 'LOGIN_FAILURE' order by id",
                        String.class,
                        username))
                .containsExactly("203.0.113.9", "203.0.113.10", "203.0.113.11");
    }

    @Test
    void httpsBehindTheProxyGetsHstsAndSecureCookiesPlainHttpDoesNot() throws Exception {
        MockHttpServletResponse https = mvc.perform(get("/login")
                        .param("lang", "en")
                        .with(fromProxy("203.0.113.20"))
                        .header("X-Forwarded-Proto", "https"))
                .andReturn()
                .getResponse();
        assertThat(https.getHeader("Strict-Transport-Security")).contains("max-age=");
        List<String> cookies = https.getHeaders("Set-Cookie");
        assertThat(cookies)
                .anyMatch(c -> c.startsWith("TIMPORA_SESSION="))
                .anyMatch(c -> c.startsWith("TIMPORA_LANG="));
        assertThat(cookies).allMatch(c -> c.contains("; Secure"), "every cookie is Secure");

        MockHttpServletResponse http = mvc.perform(get("/login")
                        .param("lang", "en")
                        .with(fromProxy("203.0.113.21"))
                        .header("X-Forwarded-Proto", "http"))
                .andReturn()
                .getResponse();
        assertThat(http.getHeader("Strict-Transport-Security")).isNull();
        assertThat(http.getHeaders("Set-Cookie")).isNotEmpty().noneMatch(c -> c.contains("Secure"));
    }

    // Tomcat itself answers some requests before any filter runs (an encoded slash, %2F): those get its bare 400.
    @Test
    void responsesRefusedByTheRequestFirewallCarryTheSecurityHeaders() throws Exception {
        RawHttp client = new RawHttp(port);
        for (String path :
                List.of("//laporan", "/laporan/..;/admin", "/laporan;jsessionid=1", "/laporan/%2e%2e/admin")) {
            RawHttp.Response response = client.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.header("Server")).as(path).isNull();
            assertThat(response.header("X-Powered-By")).as(path).isNull();
            assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "Tomcat");
        }
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeEvenWhenInUse() throws Exception {
        String username = accounts.create("REPORTER");
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).endsWith("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // Eleven hours of constant use: the session is still fresh by the idle timeout and still valid.
        ageSession(username, 11);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        ageSession(username, 2);
        var expired = browser.get("/");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(browser.get("/").statusCode()).as("the session is gone").isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isZero();
    }

    private void ageSession(String username, int hours) {
        assertThat(jdbc.update(
                        "update spring_session set creation_time = creation_time - ? where principal_name = ?",
                        hours * 3_600_000L,
                        username))
                .isEqualTo(1);
    }

    private void signInFailure(String username, RequestPostProcessor from) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .with(csrf())
                        .with(from)
                        .param("username", username)
                        .param("password", "salah-sekali"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    private static RequestPostProcessor fromProxy(String forwardedFor) {
        return request -> {
            request.setRemoteAddr(PROXY);
            request.addHeader("X-Forwarded-For", forwardedFor);
            return request;
        };
    }

    private static void assertRedirectStaysHome(String location) {
        assertThat(location).isNotNull().doesNotContain("evil");
        assertThat(location.startsWith(PUBLIC_URL + "/") || (location.startsWith("/") && !location.startsWith("//")))
                .as(location)
                .isTrue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
