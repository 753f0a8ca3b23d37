package id.timpora.infrastructure.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.support.IntegrationTest;
import id.timpora.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup of a populated database, restored into a fresh one, holds the same rows in every table, the same attachment
 * bytes and the same audit log, chain included; and a restore never writes over a database that has data.
 */
class BackupRestoreTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @TempDir
    Path folder;

    @Test
    void aRestoredBackupHoldsEveryRowEveryAttachmentByteAndTheAuditLog() throws Exception {
        byte[] photo = populate();
        // A table someone made by hand on the server, not part of TIMPORA's schema (tests make such tables too).
        jdbc.execute("create table if not exists catatan_dba (id int); insert into catatan_dba values (1)");
        Path file = folder.resolve("timpora-uji.zip");

        BackupManifest manifest;
        Map<String, Long> sourceCounts;
        try (Connection connection = dataSource.getConnection()) {
            manifest = DatabaseBackup.write(connection, file);
        } finally {
            sourceCounts = counts(jdbc);
            jdbc.execute("drop table catatan_dba");
        }
        assertThat(Files.exists(file)).isTrue();
        assertThat(Files.exists(folder.resolve("timpora-uji.zip.partial"))).isFalse();
        assertThat(manifest.tables()).extracting(BackupManifest.Table::name).containsAll(sourceCounts.keySet());

        DataSource refusing = freshDatabase("timpora_test_restore_refused");
        assertThatThrownBy(() -> DatabaseRestore.restore(refusing, file))
                .hasMessageContaining("catatan_dba")
                .hasMessageContaining("--leave-out-unknown-tables");
        assertThat(new JdbcTemplate(refusing).queryForObject("select count(*) from report", Long.class))
                .as("nothing restored")
                .isZero();

        JdbcTemplate restored = new JdbcTemplate(freshDatabase("timpora_test_restored"));
        BackupManifest result = DatabaseRestore.restore(restored.getDataSource(), file, true);

        Map<String, Long> restoredCounts = counts(restored);
        assertThat(result.table("catatan_dba")).isNull();
        assertThat(sourceCounts.keySet()).containsAll(restoredCounts.keySet()).contains("catatan_dba");
        sourceCounts.keySet().retainAll(restoredCounts.keySet());
        assertThat(restoredCounts).as("rows of every table").isEqualTo(sourceCounts);
        assertThat(restoredCounts).containsKeys("report", "report_attachment", "audit_log", "audit_chain", "app_user");
        assertThat(sourceCounts.get("report")).isPositive();
        assertThat(sourceCounts.get("audit_log")).isPositive();
        assertThat(sourceCounts.get("region")).isGreaterThan(90_000);
        String attachments =
                "select id, report_id, file_name, sha256, size_bytes, content from report_attachment order by id";
        List<Map<String, Object>> before = jdbc.queryForList(attachments);
        List<Map<String, Object>> after = restored.queryForList(attachments);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat((byte[]) after.get(i).get("content"))
                    .as("attachment " + before.get(i).get("id"))
                    .isEqualTo((byte[]) before.get(i).get("content"));
        }
        assertThat(after)
                .anySatisfy(row -> assertThat((byte[]) row.get("content")).isEqualTo(photo));
        String auditLog =
                "select id, chain_seq, occurred_at, actor_id, actor, action, target_type, target_id, client_ip,"
                        + " detail, encode(prev_hash, 'hex') as prev_hash, encode(row_hash, 'hex') as row_hash"
                        + " from audit_log order by chain_seq";
        assertThat(restored.queryForList(auditLog)).as("audit log").isEqualTo(jdbc.queryForList(auditLog));
        String head = "select last_seq, encode(last_hash, 'hex') from audit_chain";
        assertThat(restored.queryForList(head)).isEqualTo(jdbc.queryForList(head));
        assertThat(restored.queryForObject("select encode(last_hash, 'hex') from audit_chain", String.class))
                .isEqualTo(manifest.auditHead().hash());

        // The restored database goes on: Flyway finds it at its version, identities continue after the restored rows,
        // the triggers are back (the chain grows, the audit log refuses changes) and so are the foreign keys.
        Flyway.configure()
                .dataSource(restored.getDataSource())
                .locations(DatabaseRestore.MIGRATIONS)
                .load()
                .validate();
        long maxAudit = restored.queryForObject("select max(id) from audit_log", Long.class);
        long newAudit = restored.queryForObject(
                "insert into audit_log (actor, action) values ('setelah-pulih', 'VIEW') returning id", Long.class);
        assertThat(newAudit).isGreaterThan(maxAudit);
        assertThat(restored.queryForObject("select chain_seq from audit_log where id = ?", Long.class, newAudit))
                .isEqualTo(manifest.auditHead().seq() + 1);
        assertThatThrownBy(() -> restored.update("delete from audit_log where id = ?", newAudit))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> restored.update(
                        "insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256,"
                                + " uploaded_by, content) values (-1, 'x', 'image/png', 1, ?, -1, '\\x00')",
                        "0".repeat(64)))
                .hasStackTraceContaining("foreign key");
    }

    @Test
    void aBackupIsRestoredOnlyIntoAnEmptyDatabase() throws Exception {
        Path file = folder.resolve("timpora-uji.zip");
        try (Connection connection = dataSource.getConnection()) {
            DatabaseBackup.write(connection, file);
        }
        DataSource target = freshDatabase("timpora_test_not_empty");
        new JdbcTemplate(target).execute("create table milik_orang_lain (id int)");

        assertThatThrownBy(() -> DatabaseRestore.restore(target, file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty");
        assertThat(new JdbcTemplate(target)
                        .queryForObject("select count(*) from pg_tables where schemaname = 'public'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theNightlyBackupKeepsTheNewestCopiesAndIsAudited() throws Exception {
        BackupFolder backups = new BackupFolder(folder);
        for (int day = 1; day <= 3; day++) {
            Files.writeString(backups.nightlyFile(Instant.parse("2026-01-0" + day + "T18:30:00Z")), "lama");
        }
        Path manual = backups.manualFile(Instant.parse("2026-01-01T10:00:00Z"));
        Files.writeString(manual, "dibuat tangan");

        new NightlyBackup(
                        dataSource,
                        new BackupProperties(true, folder, 2, "-", "Asia/Jakarta"),
                        Clock.fixed(Instant.parse("2026-02-01T18:30:00Z"), ZoneOffset.UTC),
                        events)
                .backUp();

        assertThat(backups.nightly())
                .extracting(file -> file.getFileName().toString())
                .containsExactly("timpora-nightly-20260103T183000Z.zip", "timpora-nightly-20260201T183000Z.zip");
        assertThat(manual).exists();
        try (var zip = new java.util.zip.ZipFile(
                backups.nightlyFile(Instant.parse("2026-02-01T18:30:00Z")).toFile())) {
            assertThat(DatabaseRestore.manifest(zip).tables()).isNotEmpty();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'EXPORT' and target_type = 'BACKUP'"
                                + " and target_id = 'timpora-nightly-20260201T183000Z.zip'",
                        Integer.class))
                .isEqualTo(1);
    }

    private byte[] populate() {
        long agency = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        String reporter = accounts.create("REPORTER", agency);
        long report = reports.by(reporter, "61.06.01.1001")
                .set("full_name", "Zoë Tab\tBaris\nGaring\\miring 中文")
                .insert();
        reports.by(reporter, "61.06.01.1001").set("narrative", null).insert();
        byte[] photo = new byte[3 * 1024 * 1024];
        new Random(17).nextBytes(photo);
        for (int b = 0; b < 256; b++) {
            photo[b] = (byte) b;
        }
        jdbc.update(
                "insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                        + " content) values (?, 'foto.jpg', 'image/jpeg', ?, ?, ?, ?)",
                report,
                photo.length,
                HexFormat.of().formatHex(DatabaseBackup.sha256().digest(photo)),
                accounts.idOf(reporter),
                photo);
        audit.recordAs(null, "cadangan-uji", AuditAction.VIEW, "REPORT", report, "detail\tdengan\nbaris \\ 🇮🇩");
        audit.recordAs(null, "cadangan-uji", AuditAction.EXPORT, null, null, null);
        return photo;
    }

    /** Rows per table of the current schema, without the tables a backup leaves out on purpose. */
    private static Map<String, Long> counts(JdbcTemplate db) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table :
                db.queryForList("select tablename from pg_tables where schemaname = current_schema()", String.class)) {
            if (!DatabaseBackup.NOT_BACKED_UP.contains(table)) {
                counts.put(table, db.queryForObject("select count(*) from \"" + table + "\"", Long.class));
            }
        }
        return counts;
    }

    private static DataSource freshDatabase(String name) {
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setURL(TestDatabase.urlOf(name));
        target.setUser("postgres");
        return target;
    }
}
