package id.timpora.audit;

import id.timpora.infrastructure.operations.BackupWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A backup copies every person's data out of the database: it is a processing the audit log must show. */
@Component
class BackupAudit {

    private final AuditLog audit;

    BackupAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void backupWritten(BackupWritten backup) {
        audit.recordAs(
                null,
                "system",
                AuditAction.EXPORT,
                "BACKUP",
                backup.file().getFileName(),
                backup.manifest().totalRows() + " rows, "
                        + backup.manifest().tables().size() + " tables, schema "
                        + backup.manifest().schemaVersion() + ", into " + backup.file());
    }
}
