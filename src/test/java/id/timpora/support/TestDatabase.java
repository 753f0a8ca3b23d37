package id.timpora.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Every test talks to a real PostgreSQL: an embedded one started once per test JVM, or the server named by
 * {@code TIMPORA_TEST_DATABASE_URL} (a JDBC URL of any database on it; {@code TIMPORA_TEST_DATABASE_USERNAME} and
 * {@code _PASSWORD} optional). Each test suite gets its own database, dropped and created afresh on first use in a
 * run, so the external server needs a user that may create databases.
 */
public final class TestDatabase {

    private static final String EXTERNAL_URL = System.getenv("TIMPORA_TEST_DATABASE_URL");
    private static final Set<String> CREATED = new HashSet<>();
    private static EmbeddedPostgres embedded;

    private TestDatabase() {}

    /** Points the Spring datasource of a test context at a fresh database of the given name. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = urlOf(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
        // the hourly action-item reminders would notify other tests' agencies at a random moment: tests call them
        registry.add("timpora.notification.reminder-cron", () -> "-");
    }

    public static synchronized String urlOf(String database) {
        if (CREATED.add(database)) {
            recreate(database);
        }
        return serverUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
    }

    private static void recreate(String database) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("bad database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), username(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
    }

    private static String serverUrl() {
        if (EXTERNAL_URL != null && !EXTERNAL_URL.isBlank()) {
            return EXTERNAL_URL;
        }
        return embedded().getJdbcUrl("postgres", "postgres");
    }

    private static String username() {
        return EXTERNAL_URL != null ? envOr("TIMPORA_TEST_DATABASE_USERNAME", "postgres") : "postgres";
    }

    private static String password() {
        return EXTERNAL_URL != null ? envOr("TIMPORA_TEST_DATABASE_PASSWORD", "") : "";
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "UTC")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-postgres-shutdown"));
        }
        return embedded;
    }

    private static void stop() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is going away; the temporary data directory is removed by the OS eventually
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
