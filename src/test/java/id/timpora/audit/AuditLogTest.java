package id.timpora.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

class AuditLogTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Test
    void entriesAreWrittenWithActorActionTargetAndDetail() {
        audit.recordAs(42L, "penguji", AuditAction.VIEW, "REPORT", 7, "uji");

        var row = jdbc.queryForMap(
                "select actor_id, actor, action, target_type, target_id, detail, occurred_at from audit_log"
                        + " where actor = 'penguji' order by id desc limit 1");
        assertThat(row)
                .containsEntry("actor_id", 42L)
                .containsEntry("action", "VIEW")
                .containsEntry("target_type", "REPORT")
                .containsEntry("target_id", "7")
                .containsEntry("detail", "uji");
        assertThat(row.get("occurred_at")).isNotNull();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        audit.recordAs(null, "tidak-bisa-diubah", AuditAction.VIEW, "REPORT", 1, null);

        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'lain' where actor = 'tidak-bisa-diubah'"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where actor = 'tidak-bisa-diubah'"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("truncate audit_log"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where actor = 'tidak-bisa-diubah'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void overlongDetailIsCutNotRefused() {
        audit.recordAs(null, "panjang", AuditAction.EXPORT, "REPORT", null, "x".repeat(5000));

        assertThat(jdbc.queryForObject(
                        "select length(detail) from audit_log where actor = 'panjang' order by id desc limit 1",
                        Integer.class))
                .isEqualTo(AuditLog.MAX_DETAIL);
    }
}
