package id.timpora.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Makes accounts with known passwords for tests; names are unique per test run so tests never collide. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "rahasia-uji-coba-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;
    private final String passwordHash;

    TestAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, UserDetailsService userDetails) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    /** A new active account with {@link #PASSWORD} that needs no password change; returns its user name. */
    public String create(String role) {
        return create(role, null);
    }

    public String create(String role, Long agencyId) {
        String username = role.toLowerCase() + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, role, agency_id, must_change_password)"
                        + " values (?, ?, ?, ?, ?, false)",
                username,
                "Uji " + username,
                passwordHash,
                role,
                agencyId);
        return username;
    }

    /** Signs the request in as that account, with the same principal a real sign-in would produce. */
    public RequestPostProcessor as(String username) {
        UserDetails principal = userDetails.loadUserByUsername(username);
        return user(principal);
    }

    public long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    public PasswordEncoder encoder() {
        return passwordEncoder;
    }
}
