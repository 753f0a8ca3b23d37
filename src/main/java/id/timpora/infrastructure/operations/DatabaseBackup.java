package id.timpora.infrastructure.operations;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consistent copy of the whole database in one file, made with the PostgreSQL JDBC driver alone: no
 * {@code pg_dump} needed, so it works the same for the embedded server and for any external one.
 *
 * <p>Every table of the schema is read with {@code COPY ... TO STDOUT} inside one {@code REPEATABLE READ READ ONLY}
 * transaction, so all tables show the same moment, while the application goes on writing. Attachments (bytea in
 * {@code report_attachment}) and the audit log with its hash chain are tables like the others. The schema itself is
 * not copied: it is the Flyway migrations of the version written in the manifest, which {@link DatabaseRestore}
 * replays. Left out: Flyway's own history (rebuilt by the migrations), sign-in sessions and the job locks.
 *
 * <p>The file is a zip: {@code manifest.json} and one entry per table. It is written to a temporary name and moved in
 * place at the end, so a backup file is either complete or absent.
 */
public final class DatabaseBackup {

    /** Tables whose rows are not data: rebuilt by Flyway, or short-lived state of the running nodes. */
    static final Set<String> NOT_BACKED_UP =
            Set.of("flyway_schema_history", "spring_session", "spring_session_attributes", "shedlock");

    static final String MANIFEST = "manifest.json";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseBackup() {}

    /** Writes the backup of the database behind this connection to {@code file}; the connection is left open. */
    public static BackupManifest write(Connection connection, Path file) throws SQLException, IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            BackupManifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                manifest = writeInto(connection, zip);
            }
            connection.commit();
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static BackupManifest writeInto(Connection connection, ZipOutputStream zip)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
        }
        String schemaVersion = schemaVersion(connection);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<BackupManifest.Table> tables = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<String>> table : tables(connection).entrySet()) {
            String entry = "data/%03d_%s.copy".formatted(++index, table.getKey());
            zip.putNextEntry(new ZipEntry(entry));
            MessageDigest sha256 = sha256();
            long rows;
            try (OutputStream data = new DigestOutputStream(new KeepOpen(zip), sha256)) {
                rows = copy.copyOut(
                        "copy " + quote(table.getKey()) + " (" + columnList(table.getValue()) + ") to stdout", data);
            }
            zip.closeEntry();
            tables.add(new BackupManifest.Table(
                    table.getKey(),
                    table.getValue(),
                    rows,
                    entry,
                    HexFormat.of().formatHex(sha256.digest())));
        }
        BackupManifest manifest = new BackupManifest(
                BackupManifest.FORMAT,
                Instant.now(),
                schemaVersion,
                serverVersion(connection),
                tables,
                sequences(connection),
                auditHead(connection));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return manifest;
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version from flyway_schema_history"
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("no Flyway schema history: not a TIMPORA database");
            }
            return rows.getString(1);
        }
    }

    /** Every ordinary table of the current schema with its stored (not generated) columns, in name order. */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                        """
                        select c.relname, a.attname
                          from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid
                         where n.nspname = current_schema() and c.relkind = 'r'
                           and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                         order by c.relname, a.attnum""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!NOT_BACKED_UP.contains(table)) {
                    tables.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return tables;
    }

    private static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select sequencename, last_value from pg_sequences"
                        + " where schemaname = current_schema() order by sequencename")) {
            while (rows.next()) {
                String name = rows.getString(1);
                long value = rows.getLong(2);
                sequences.add(new BackupManifest.Sequence(name, rows.wasNull() ? null : value));
            }
        }
        return sequences;
    }

    private static BackupManifest.AuditHead auditHead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select last_seq, last_hash from audit_chain where id = 1")) {
            return rows.next()
                    ? new BackupManifest.AuditHead(
                            rows.getLong(1), HexFormat.of().formatHex(rows.getBytes(2)))
                    : null;
        } catch (SQLException e) {
            throw new SQLException("could not read the audit chain head", e);
        }
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip entry is closed by the zip stream, not by the COPY that writes into it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
