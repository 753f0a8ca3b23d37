package id.timpora.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that need the real servlet container (error dispatches, the request firewall, what Tomcat does
 * with headers). All subclasses share one application context on a random port: behind a (pretend) reverse proxy at
 * {@link #PROXY}, published at {@link #PUBLIC_URL}. Requests from the test itself come from 127.0.0.1, which is not a
 * proxy; MockMvc requests may pretend to come from the proxy.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "timpora.proxy.trusted-addresses=" + ServerTest.PROXY + ", 2001:db8:ffff::/48",
            "timpora.public-url=" + ServerTest.PUBLIC_URL
        })
@AutoConfigureMockMvc
@Import({TestAccounts.class, TestAgencies.class, TestReports.class, TestClientAddresses.class})
public abstract class ServerTest {

    /** A documentation address (RFC 5737) standing for the reverse proxy in front of the app. */
    public static final String PROXY = "192.0.2.10";

    public static final String PUBLIC_URL = "https://timpora.example.go.id";

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestAccounts accounts;

    @Autowired
    protected TestAgencies agencies;

    @Autowired
    protected TestReports reports;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_test_http");
    }
}
