package id.timpora.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * The audit log's hash chain: intact after normal (and concurrent) writing, and a row changed, removed or cut off
 * directly in the database is found, naming the first broken row, by the service and on the admin page.
 */
class AuditChainTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    private final List<String> repairs = new ArrayList<>();

    @AfterEach
    void repair() {
        // Tampering needs the append-only trigger off; the repairs put every row back as it was.
        withTriggersOff(repairs.toArray(String[]::new));
        repairs.clear();
        assertThat(chain.verify().intact())
                .as("chain repaired for the other tests")
                .isTrue();
    }

    @Test
    void concurrentWritersBuildOneUnbrokenChainThatTheJavaCheckAgreesWith() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            writes.add(pool.submit((Callable<Void>) () -> {
                audit.recordAs(
                        (long) n, "rantai-" + n, AuditAction.VIEW, "REPORT", n, n % 3 == 0 ? null : "ü\t𝄞 \\ " + n);
                return null;
            }));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        AuditChain.Verification result = chain.verify();
        assertThat(result.intact()).as("%s", result.firstBreak()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(count()).isEqualTo(result.headSeq());
        assertThat(jdbc.queryForObject(
                        "select count(distinct chain_seq) = count(*) and min(chain_seq) = 1 and max(chain_seq) = count(*)"
                                + " from audit_log",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void aRowChangedInTheDatabaseIsNamedAsTheFirstBrokenRow() throws Exception {
        audit.recordAs(null, "sebelum", AuditAction.VIEW, "REPORT", 1, "asli");
        long tampered = lastId();
        audit.recordAs(null, "sesudah", AuditAction.VIEW, "REPORT", 2, "asli");

        withTriggersOff("update audit_log set detail = 'dipalsukan' where id = " + tampered);
        repairs.add("update audit_log set detail = 'asli' where id = " + tampered);

        AuditChain.Verification result = chain.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().id()).isEqualTo(tampered);
        assertThat(result.firstBreak().problem()).isEqualTo(AuditChain.Problem.CONTENT_CHANGED);

        String admin = accounts.create("ADMIN");
        mvc.perform(get("/admin/audit/integritas").with(accounts.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Rantai putus")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Catatan #" + tampered + " ")));
    }

    @Test
    void aRowWhoseHashWasRecomputedBreaksTheLinkOfTheNextRow() {
        audit.recordAs(null, "satu", AuditAction.VIEW, "REPORT", 1, "asli");
        long tampered = lastId();
        audit.recordAs(null, "dua", AuditAction.VIEW, "REPORT", 2, "asli");
        long next = lastId();

        withTriggersOff("update audit_log set actor = 'palsu', row_hash = audit_log_digest(prev_hash, chain_seq,"
                + " occurred_at, actor_id, 'palsu', action, target_type, target_id, client_ip, detail) where id = "
                + tampered);
        repairs.add("update audit_log set actor = 'satu', row_hash = audit_log_digest(prev_hash, chain_seq,"
                + " occurred_at, actor_id, 'satu', action, target_type, target_id, client_ip, detail) where id = "
                + tampered);

        AuditChain.Break broken = chain.verify().firstBreak();
        assertThat(broken.id()).isEqualTo(next);
        assertThat(broken.problem()).isEqualTo(AuditChain.Problem.LINK_BROKEN);
    }

    @Test
    void removedRowsAreFoundInTheMiddleAndAtTheEnd() {
        audit.recordAs(null, "tengah", AuditAction.VIEW, "REPORT", 1, "dihapus");
        long removed = lastId();
        audit.recordAs(null, "sesudahnya", AuditAction.VIEW, "REPORT", 2, null);
        long after = lastId();
        String copy = "create temporary table hapus_uji as select * from audit_log where id = ";

        withTriggersOff(copy + removed, "delete from audit_log where id = " + removed);
        repairs.add("insert into audit_log overriding system value select * from hapus_uji");
        repairs.add("drop table hapus_uji");
        // the repair runs with the chain trigger off too, so the row comes back exactly as it was
        AuditChain.Break gap = chain.verify().firstBreak();
        assertThat(gap.id()).isEqualTo(after);
        assertThat(gap.problem()).isEqualTo(AuditChain.Problem.ROWS_MISSING);
        withTriggersOff(repairs.toArray(String[]::new));
        repairs.clear();

        withTriggersOff(copy + after, "delete from audit_log where id = " + after);
        repairs.add("insert into audit_log overriding system value select * from hapus_uji");
        repairs.add("drop table hapus_uji");
        AuditChain.Break cut = chain.verify().firstBreak();
        assertThat(cut.id()).isNull();
        assertThat(cut.problem()).isEqualTo(AuditChain.Problem.HEAD_MISMATCH);
    }

    @Test
    void javaAndTheDatabaseWriteTheSameCanonicalText() {
        assertThat(AuditChain.canonical(
                        7, Instant.parse("2026-01-02T03:04:05.123456Z"), null, "budi", "VIEW", null, "12", null, "𝄞é"))
                .isEqualTo("1:7|16:1767323045123456|-|4:budi|4:VIEW|-|2:12|-|2:𝄞é");
        String digest = jdbc.queryForObject(
                "select encode(audit_log_digest(decode(repeat('00', 32), 'hex'), 7, '2026-01-02T03:04:05.123456Z',"
                        + " null, 'budi', 'VIEW', null, '12', null, '𝄞é'), 'hex')",
                String.class);
        String inJava = java.util.HexFormat.of()
                .formatHex(sha256(new byte[32], "1:7|16:1767323045123456|-|4:budi|4:VIEW|-|2:12|-|2:𝄞é"));
        assertThat(digest).isEqualTo(inJava);
    }

    private static byte[] sha256(byte[] prev, String text) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(prev);
            return digest.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In one transaction on one connection: the triggers are off only for these statements. */
    private void withTriggersOff(String... statements) {
        if (statements.length == 0) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table audit_log disable trigger user");
                for (String sql : statements) {
                    statement.execute(sql);
                }
                statement.execute("alter table audit_log enable trigger user");
                connection.commit();
            } catch (java.sql.SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    private long lastId() {
        return jdbc.queryForObject("select max(id) from audit_log", Long.class);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_log", Long.class);
    }
}
