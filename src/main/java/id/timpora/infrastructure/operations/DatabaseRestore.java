package id.timpora.infrastructure.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link DatabaseBackup} file into an empty database: the schema from this application's Flyway migrations up
 * to the backup's version, then every table's rows in one transaction, checked against the row counts and SHA-256
 * sums of the manifest. Foreign keys are dropped for the load and added again afterwards (which checks every row);
 * triggers are off during the load, because the backup already holds what they derive (the dashboard counts, the
 * audit hash chain). The next start of the application migrates the restored database to its own version.
 */
public final class DatabaseRestore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

    public static final String MIGRATIONS = "classpath:db/migration";

    private DatabaseRestore() {}

    public static BackupManifest restore(DataSource dataSource, Path file) throws SQLException, IOException {
        return restore(dataSource, file, false);
    }

    /**
     * As {@link #restore(DataSource, Path)}; with {@code leaveOutUnknownTables}, tables of the backup that this
     * version's schema does not have (made by hand on the old server, not by a migration) are left out and named in
     * the log, instead of stopping the restore.
     */
    public static BackupManifest restore(DataSource dataSource, Path file, boolean leaveOutUnknownTables)
            throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip);
            try (Connection connection = dataSource.getConnection()) {
                requireEmpty(connection);
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                    .load();
            requireKnownVersion(flyway, manifest.schemaVersion());
            log.info("Creating the schema up to version {}", manifest.schemaVersion());
            flyway.migrate();
            try (Connection connection = dataSource.getConnection()) {
                return load(connection, zip, manifest, leaveOutUnknownTables);
            }
        }
    }

    static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(DatabaseBackup.MANIFEST);
        if (entry == null) {
            throw new IllegalArgumentException(zip.getName() + " is not a TIMPORA backup (no manifest)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            BackupManifest manifest = DatabaseBackup.JSON.readValue(in, BackupManifest.class);
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new IllegalArgumentException("unknown backup format " + manifest.format());
            }
            return manifest;
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm', 'S')")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("the database is not empty: a backup is restored only into an empty"
                        + " database (create a new one, or for the embedded server point TIMPORA_DATA_DIR at a new"
                        + " folder)");
            }
        }
    }

    private static void requireKnownVersion(Flyway flyway, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        boolean known = false;
        for (MigrationInfo migration : flyway.info().all()) {
            if (wanted.equals(migration.getVersion())) {
                known = true;
            }
        }
        if (!known) {
            throw new IllegalStateException("this backup has schema version " + version
                    + ", which this TIMPORA does not know: restore it with the release that made it, or a newer one");
        }
    }

    /** Loads the rows; returns the manifest of what was restored (without the tables left out). */
    private static BackupManifest load(
            Connection connection, ZipFile zip, BackupManifest backup, boolean leaveOutUnknownTables)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        BackupManifest manifest;
        try {
            Map<String, List<String>> schema = DatabaseBackup.tables(connection);
            List<String> unknown = backup.tables().stream()
                    .map(BackupManifest.Table::name)
                    .filter(name -> !schema.containsKey(name))
                    .toList();
            if (!unknown.isEmpty() && !leaveOutUnknownTables) {
                throw new IllegalStateException("the backup has tables that are not part of TIMPORA's schema: "
                        + unknown
                        + ". Nothing was restored; the database now holds the empty schema: drop and create it"
                        + " again, then restore with --leave-out-unknown-tables to restore everything else");
            }
            if (!unknown.isEmpty()) {
                log.warn("Leaving out tables that are not part of TIMPORA's schema: {}", unknown);
            }
            manifest = new BackupManifest(
                    backup.format(),
                    backup.createdAt(),
                    backup.schemaVersion(),
                    backup.serverVersion(),
                    backup.tables().stream()
                            .filter(table -> schema.containsKey(table.name()))
                            .toList(),
                    backup.sequences(),
                    backup.auditHead());
            for (BackupManifest.Table table : manifest.tables()) {
                if (!table.columns().equals(schema.get(table.name()))) {
                    throw new IllegalStateException("table " + table.name() + " differs from the schema of version "
                            + manifest.schemaVersion() + ": " + table.columns() + " vs " + schema.get(table.name()));
                }
            }
            List<String[]> foreignKeys = foreignKeys(connection);
            try (Statement statement = connection.createStatement()) {
                for (String[] key : foreignKeys) {
                    statement.execute("alter table " + key[0] + " drop constraint " + DatabaseBackup.quote(key[1]));
                }
                List<String> names = new ArrayList<>();
                for (BackupManifest.Table table : manifest.tables()) {
                    String name = DatabaseBackup.quote(table.name());
                    names.add(name);
                    statement.execute("alter table " + name + " disable trigger user");
                }
                // The migrations' own rows (regions, empty counters, the chain's first head) make way for the backup's.
                statement.execute("truncate " + String.join(", ", names));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.Table table : manifest.tables()) {
                copyIn(copy, zip, table);
            }
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?)")) {
                for (BackupManifest.Sequence sequence : manifest.sequences()) {
                    if (sequence.lastValue() != null && sequenceExists(connection, sequence.name())) {
                        setval.setString(1, DatabaseBackup.quote(sequence.name()));
                        setval.setLong(2, sequence.lastValue());
                        setval.execute();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (BackupManifest.Table table : manifest.tables()) {
                    statement.execute("alter table " + DatabaseBackup.quote(table.name()) + " enable trigger user");
                }
                for (String[] key : foreignKeys) {
                    statement.execute(
                            "alter table " + key[0] + " add constraint " + DatabaseBackup.quote(key[1]) + " " + key[2]);
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
        log.info(
                "Restored {} rows in {} tables",
                manifest.totalRows(),
                manifest.tables().size());
        return manifest;
    }

    private static boolean sequenceExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from pg_sequences where schemaname = current_schema() and sequencename = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void copyIn(CopyManager copy, ZipFile zip, BackupManifest.Table table)
            throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new IllegalArgumentException("the backup lacks the data of " + table.name());
        }
        MessageDigest sha256 = DatabaseBackup.sha256();
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha256)) {
            rows = copy.copyIn(
                    "copy " + DatabaseBackup.quote(table.name()) + " (" + DatabaseBackup.columnList(table.columns())
                            + ") from stdin",
                    in);
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        if (rows != table.rows() || !digest.equals(table.sha256())) {
            throw new IllegalStateException("the data of " + table.name() + " is damaged: " + rows + " rows (expected "
                    + table.rows() + "), SHA-256 " + digest);
        }
    }

    /** Table (as SQL), constraint name and definition of every foreign key in the schema. */
    private static List<String[]> foreignKeys(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        """
                        select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
                          from pg_constraint
                         where contype = 'f'
                           and connamespace = (select oid from pg_namespace where nspname = current_schema())
                         order by conrelid::regclass::text, conname""")) {
            while (rows.next()) {
                keys.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return keys;
    }
}
