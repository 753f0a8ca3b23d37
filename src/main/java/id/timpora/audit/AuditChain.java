package id.timpora.audit;

import id.timpora.common.Labelled;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's hash chain (V14__operations.sql): every row in chain order, its link to the row before, its
 * hash recomputed here in Java from its content (so a changed database function cannot hide a change), and the head.
 * Reports the first row where the chain breaks.
 */
@Service
public class AuditChain {

    static final byte[] GENESIS = new byte[32];

    private static final int FETCH_SIZE = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What went wrong at the first broken row. Labels under {@code audit.chain.problem.*}. */
    public enum Problem implements Labelled {
        /** The row's content (or its stored hash) is not what was written. */
        CONTENT_CHANGED,
        /** The row does not point at the hash of the row before it: that row, or this link, was changed. */
        LINK_BROKEN,
        /** Rows are missing before this one (a gap in the chain numbers). */
        ROWS_MISSING,
        /** The last rows of the chain are missing, or the chain's head was changed. */
        HEAD_MISMATCH;

        @Override
        public String messageKey() {
            return "audit.chain.problem." + name();
        }
    }

    /** The first broken row: its id and place in the chain (null when the problem is the head). */
    public record Break(Long id, long chainSeq, Instant occurredAt, Problem problem) {}

    public record Verification(long rowsChecked, long headSeq, String headHash, Break firstBreak, Duration took) {
        public boolean intact() {
            return firstBreak == null;
        }
    }

    /** One snapshot of the whole log and its head, so rows appended meanwhile do not count as a break. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        Instant started = clock.instant();
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .optional()
                .orElse(new Head(0, GENESIS));
        Walk walk = jdbc.sql(
                        """
                        select id, chain_seq, occurred_at, actor_id, actor, action, target_type, target_id, client_ip,
                               detail, prev_hash, row_hash
                          from audit_log order by chain_seq""")
                .withFetchSize(FETCH_SIZE)
                .query(AuditChain::walk);
        Break firstBreak = walk.firstBreak;
        if (firstBreak == null && (walk.lastSeq != head.seq || !Arrays.equals(walk.lastHash, head.hash))) {
            firstBreak = new Break(null, walk.lastSeq + 1, null, Problem.HEAD_MISMATCH);
        }
        return new Verification(
                walk.checked,
                head.seq,
                HexFormat.of().formatHex(head.hash),
                firstBreak,
                Duration.between(started, clock.instant()));
    }

    private static Walk walk(ResultSet rows) throws SQLException {
        Walk walk = new Walk();
        MessageDigest sha256 = sha256();
        while (rows.next()) {
            long id = rows.getLong("id");
            long seq = rows.getLong("chain_seq");
            OffsetDateTime occurredAt = rows.getObject("occurred_at", OffsetDateTime.class);
            Instant at = occurredAt == null ? null : occurredAt.toInstant();
            walk.checked++;
            Problem problem = null;
            if (seq != walk.lastSeq + 1) {
                problem = Problem.ROWS_MISSING;
            } else if (!Arrays.equals(rows.getBytes("prev_hash"), walk.lastHash)) {
                problem = Problem.LINK_BROKEN;
            } else {
                long actorId = rows.getLong("actor_id");
                String canonical = canonical(
                        seq,
                        at,
                        rows.wasNull() ? null : actorId,
                        rows.getString("actor"),
                        rows.getString("action"),
                        rows.getString("target_type"),
                        rows.getString("target_id"),
                        rows.getString("client_ip"),
                        rows.getString("detail"));
                sha256.update(walk.lastHash);
                byte[] expected = sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
                if (!Arrays.equals(expected, rows.getBytes("row_hash"))) {
                    problem = Problem.CONTENT_CHANGED;
                }
            }
            if (problem != null) {
                walk.firstBreak = new Break(id, seq, at, problem);
                return walk;
            }
            walk.lastSeq = seq;
            walk.lastHash = rows.getBytes("row_hash");
        }
        return walk;
    }

    /** The text a row's hash covers; the same as {@code audit_log_digest} in V14__operations.sql. */
    static String canonical(
            long seq,
            Instant occurredAt,
            Long actorId,
            String actor,
            String action,
            String targetType,
            String targetId,
            String clientIp,
            String detail) {
        Long micros = occurredAt == null
                ? null
                : Math.addExact(
                        Math.multiplyExact(occurredAt.getEpochSecond(), 1_000_000L), occurredAt.getNano() / 1000);
        return String.join(
                "|",
                field(String.valueOf(seq)),
                field(micros == null ? null : micros.toString()),
                field(actorId == null ? null : actorId.toString()),
                field(actor),
                field(action),
                field(targetType),
                field(targetId),
                field(clientIp),
                field(detail));
    }

    private static String field(String value) {
        return value == null ? "-" : value.codePointCount(0, value.length()) + ":" + value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Head(long seq, byte[] hash) {}

    private static final class Walk {
        long checked;
        long lastSeq;
        byte[] lastHash = GENESIS;
        Break firstBreak;
    }
}
