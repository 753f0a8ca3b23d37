package id.timpora.infrastructure.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zero set-up: when no datasource is configured, start an embedded PostgreSQL whose data is kept in
 * {@code .data/postgres} (or {@code TIMPORA_DATA_DIR}) between runs.
 *
 * <p>It is meant for one node on one machine (a Kantor Imigrasi's own server, a trial, development); several nodes,
 * a database on its own machine, replicas or a DBA's own backups need an external server. Unlike the library's test
 * defaults ({@code fsync=off}, {@code synchronous_commit=off}) it runs with PostgreSQL's durable settings, so a
 * committed record survives a power cut.
 *
 * <p>It runs before Spring starts because the datasource must exist when the context is built; a property registrar
 * inside the context comes too late for Flyway. It stops after the application context has closed (see
 * {@code TimporaApplication}), so that a graceful shutdown can still finish its requests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** What makes a commit survive a crash or a power cut; the embedded library turns all three off for tests. */
    static final Map<String, String> DURABLE_SETTINGS =
            Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on");

    /** Tells the application that its database is the embedded one (nightly backups default to on then). */
    public static final String EMBEDDED_PROPERTY = "timpora.database.embedded";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** The arguments to start Spring with, and the embedded database if one was started for them. */
    public record Launch(String[] args, EmbeddedDatabase database) {}

    public static Launch startUnlessConfigured(String[] args) {
        if (datasourceConfigured(args)) {
            return new Launch(args, null);
        }
        EmbeddedDatabase database = start(dataDirectory());
        List<String> withDatasource = new ArrayList<>(Arrays.asList(args));
        withDatasource.add("--spring.datasource.url=" + database.jdbcUrl());
        withDatasource.add("--spring.datasource.username=postgres");
        withDatasource.add("--spring.datasource.password=");
        withDatasource.add("--" + EMBEDDED_PROPERTY + "=true");
        return new Launch(withDatasource.toArray(String[]::new), database);
    }

    /** The embedded database's folder: {@code TIMPORA_DATA_DIR}, else {@code .data/postgres}. */
    public static Path dataDirectory() {
        return Path.of(env("TIMPORA_DATA_DIR", ".data/postgres")).toAbsolutePath();
    }

    /** Starts (creating on first use) a durable embedded PostgreSQL on this folder, on a free port. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** Starts it on a given port (0: any free one). */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            removeStalePidFile(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC");
            DURABLE_SETTINGS.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedDatabase(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The port of an embedded PostgreSQL already running on this folder (a running app's), read from the
     * {@code postmaster.pid} PostgreSQL keeps there.
     */
    public static OptionalInt runningPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return OptionalInt.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4 || !alive(lines.get(0))) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** A JVM that was killed leaves postmaster.pid behind; PostgreSQL then refuses to start on the same data. */
    private static void removeStalePidFile(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!alive(firstLine)) {
            Files.delete(pidFile);
        }
    }

    private static boolean alive(String pid) {
        try {
            return !pid.isBlank()
                    && ProcessHandle.of(Long.parseLong(pid.trim()))
                            .map(ProcessHandle::isAlive)
                            .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean datasourceConfigured(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.datasource.url="))
                || System.getProperty("spring.datasource.url") != null
                || System.getenv("SPRING_DATASOURCE_URL") != null;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
