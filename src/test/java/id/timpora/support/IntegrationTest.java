package id.timpora.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the server-side tests: the whole application against a real PostgreSQL, driven through MockMvc with the
 * real security filter chain. All subclasses share one application context and one database, so each test makes its
 * own accounts and records (see {@link TestAccounts}) instead of relying on an empty database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestAccounts.class, TestAgencies.class, TestReports.class, TestClientAddresses.class})
public abstract class IntegrationTest {

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
        TestDatabase.register(registry, "timpora_test");
    }
}
