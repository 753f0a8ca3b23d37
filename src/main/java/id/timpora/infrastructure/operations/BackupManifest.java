package id.timpora.infrastructure.operations;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file holds, written into it as {@code manifest.json}: the schema version its data belongs to, each
 * table with its columns, row count and the SHA-256 of its data, the sequences, and the head of the audit chain.
 */
public record BackupManifest(
        String format,
        Instant createdAt,
        String schemaVersion,
        String serverVersion,
        List<Table> tables,
        List<Sequence> sequences,
        AuditHead auditHead) {

    public static final String FORMAT = "timpora-backup-1";

    /** One table: its data is {@code entry} in the file, in PostgreSQL's COPY text format. */
    public record Table(String name, List<String> columns, long rows, String entry, String sha256) {}

    public record Sequence(String name, Long lastValue) {}

    /** The last link of the audit hash chain when the backup was made (null before the chain existed). */
    public record AuditHead(long seq, String hash) {}

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
