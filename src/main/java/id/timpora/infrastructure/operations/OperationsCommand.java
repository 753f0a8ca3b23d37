package id.timpora.infrastructure.operations;

import ch.qos.logback.classic.Level;
import id.timpora.infrastructure.persistence.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's commands, run from the same jar as the application instead of starting it:
 *
 * <pre>
 * java -jar timpora.jar backup [--folder=DIR | --file=FILE]   a backup now (default folder: timpora.backup.folder)
 * java -jar timpora.jar restore FILE [--leave-out-unknown-tables]   a backup into an empty database
 * java -jar timpora.jar database [--port=N]                   only the embedded PostgreSQL (for several nodes on one machine)
 * </pre>
 *
 * The database is the one the application would use: {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and
 * {@code _PASSWORD} for an external server, otherwise the embedded one in {@code TIMPORA_DATA_DIR} (the running
 * app's, found through its {@code postmaster.pid}, or started for the command if the app is not running).
 */
public final class OperationsCommand {

    private static final Logger log = LoggerFactory.getLogger(OperationsCommand.class);

    private static final Set<String> COMMANDS = Set.of("backup", "restore", "database");

    private OperationsCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        quietLogging();
        Map<String, String> options = options(args);
        List<String> operands =
                Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
        try {
            switch (args[0]) {
                case "backup" -> backup(options);
                case "restore" -> {
                    if (operands.size() != 1) {
                        System.err.println("usage: restore FILE");
                        return 2;
                    }
                    restore(Path.of(operands.get(0)), options);
                }
                case "database" -> database(options);
                default -> throw new IllegalArgumentException(args[0]);
            }
            return 0;
        } catch (Exception e) {
            log.error("{} failed: {}", args[0], e.getMessage(), e);
            return 1;
        }
    }

    private static void backup(Map<String, String> options) throws Exception {
        Path file;
        if (options.containsKey("file")) {
            file = Path.of(options.get("file")).toAbsolutePath();
        } else {
            Path folder = Path.of(options.getOrDefault("folder", setting("TIMPORA_BACKUP_FOLDER", ".data/backups")));
            file = new BackupFolder(folder).manualFile(Instant.now());
        }
        try (Target target = Target.of(options);
                Connection connection = target.dataSource().getConnection()) {
            BackupManifest manifest = DatabaseBackup.write(connection, file);
            log.info(
                    "Backup of {} written to {}: {} rows in {} tables, schema version {}, audit chain head {}",
                    target.description(),
                    file,
                    manifest.totalRows(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    manifest.auditHead());
        }
    }

    private static void restore(Path file, Map<String, String> options) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        try (Target target = Target.of(options)) {
            BackupManifest manifest =
                    DatabaseRestore.restore(target.dataSource(), file, options.containsKey("leave-out-unknown-tables"));
            log.info(
                    "Restored {} (made {}, schema version {}) into {}: {} rows in {} tables."
                            + " Start the application on it to migrate it to this version.",
                    file,
                    manifest.createdAt(),
                    manifest.schemaVersion(),
                    target.description(),
                    manifest.totalRows(),
                    manifest.tables().size());
        }
    }

    private static void database(Map<String, String> options) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(
                EmbeddedDatabase.dataDirectory(), Integer.parseInt(options.getOrDefault("port", "0")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            database.close();
                            stopped.countDown();
                        },
                        "embedded-postgres-shutdown"));
        System.out.println("SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + database.port() + "/postgres");
        System.out.println("SPRING_DATASOURCE_USERNAME=postgres");
        stopped.await();
    }

    /** The database a command works on, and the embedded server it started for that, if any. */
    private record Target(DataSource dataSource, String description, EmbeddedDatabase started)
            implements AutoCloseable {

        static Target of(Map<String, String> options) {
            String url = options.getOrDefault("spring.datasource.url", setting("SPRING_DATASOURCE_URL", null));
            if (url != null) {
                return new Target(
                        dataSource(
                                url,
                                options.getOrDefault(
                                        "spring.datasource.username", setting("SPRING_DATASOURCE_USERNAME", null)),
                                options.getOrDefault(
                                        "spring.datasource.password", setting("SPRING_DATASOURCE_PASSWORD", null))),
                        url,
                        null);
            }
            Path folder = EmbeddedDatabase.dataDirectory();
            OptionalInt running = EmbeddedDatabase.runningPort(folder);
            if (running.isPresent()) {
                return new Target(
                        dataSource("jdbc:postgresql://localhost:" + running.getAsInt() + "/postgres", "postgres", ""),
                        "the running embedded database in " + folder,
                        null);
            }
            EmbeddedDatabase started = EmbeddedDatabase.start(folder);
            return new Target(
                    dataSource(started.jdbcUrl(), "postgres", ""), "the embedded database in " + folder, started);
        }

        private static DataSource dataSource(String url, String user, String password) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            if (user != null) {
                dataSource.setUser(user);
            }
            if (password != null) {
                dataSource.setPassword(password);
            }
            return dataSource;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                options.put(
                        equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                        equals < 0 ? "true" : arg.substring(equals + 1));
            }
        }
        return options;
    }

    /** A system property in Spring's spelling (timpora.backup.folder) or the environment variable. */
    private static String setting(String environmentVariable, String fallback) {
        String property = System.getProperty(
                environmentVariable.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        if (property != null) {
            return property;
        }
        String value = System.getenv(environmentVariable);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Without Spring Boot's logging set-up the drivers would log everything at DEBUG. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.INFO);
        }
    }
}
