package id.timpora.intake;

import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.RegionCodes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every send of the public form, with the client (as the rate limits key it: an IPv4 address or an IPv6 /64, stored as
 * is, like {@code public_report.client_key}), the time and the outcome, for administrators investigating abuse (#14
 * item 7); never shown to officers. A flood past the per-node attempt limit is recorded once per client and window, so
 * the table grows at most by {@code attemptsPerClient + 1} rows per client and window whatever a script sends.
 */
@Service
public class SubmissionLog {

    /** One send. {@code provinceCode} is that of the desa chosen in the form, when it was a valid code. */
    public record Entry(
            long id,
            Instant attemptedAt,
            String clientKey,
            SubmissionOutcome outcome,
            SubmissionReason reason,
            String provinceCode,
            Long publicReportId) {}

    private static final int PURGE_BATCH = 5000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CappedCount counts;

    SubmissionLog(JdbcClient jdbc, Clock clock, CappedCount counts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = counts;
    }

    /** Records a refused send in a transaction of its own (the refusal itself saved nothing). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String clientKey, SubmissionReason reason, String regionCode) {
        insert(clientKey, reason, regionCode, null);
    }

    /** Records a saved send inside the transaction that saves the report. */
    void saved(String clientKey, String regionCode, long publicReportId) {
        insert(clientKey, SubmissionReason.SAVED, regionCode, publicReportId);
    }

    private void insert(String clientKey, SubmissionReason reason, String regionCode, Long publicReportId) {
        String province = regionCode != null && RegionCodes.isValid(regionCode.strip())
                ? regionCode.strip().substring(0, 2)
                : null;
        jdbc.sql(
                        """
                        insert into public_submission (attempted_at, client_key, outcome, reason, province_code,
                                                       public_report_id)
                        values (:at, :client, :outcome, :reason, :province, :report)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("client", clientKey)
                .param("outcome", reason.outcome().name())
                .param("reason", reason.name())
                .param("province", province)
                .param("report", publicReportId)
                .update();
    }

    /**
     * Deletes the sends recorded before {@code cutoff} (the retention job), a few thousand rows per statement so that
     * no long lock is held on the table the public form writes to; returns how many were deleted.
     */
    public int purgeBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(
                            """
                            delete from public_submission
                             where id in (select id from public_submission where attempted_at < :cutoff limit :batch)""")
                    .param("cutoff", Timestamp.from(cutoff))
                    .param("batch", PURGE_BATCH)
                    .update();
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }

    /**
     * The most recent sends, newest first, one page in SQL (counted up to 10,000): all of them for a national administrator ({@code
     * provinces} null), else those whose chosen desa lies in one of {@code provinces}; optionally of one client and
     * one outcome.
     */
    @Transactional(readOnly = true)
    public Page<Entry> recent(List<String> provinces, String client, SubmissionOutcome outcome, Pageable pageable) {
        Conditions where = Conditions.where();
        if (provinces != null) {
            where.and(SqlFragment.of(
                    "s.province_code = any(:provinces::varchar[])", "provinces", provinces.toArray(String[]::new)));
        }
        if (client != null && !client.isBlank()) {
            where.equal("s.client_key", "client", client.strip());
        }
        if (outcome != null) {
            where.equal("s.outcome", "outcome", outcome.name());
        }
        SqlFragment fromWhere = SqlFragment.of(" from public_submission s").plus(where.toWhere());
        return PagedList.of(
                        "select s.id, s.attempted_at, s.client_key, s.outcome, s.reason, s.province_code,"
                                + " s.public_report_id",
                        fromWhere,
                        " order by s.attempted_at desc, s.id desc")
                .page(
                        jdbc,
                        (rs, i) -> new Entry(
                                rs.getLong("id"),
                                rs.getTimestamp("attempted_at").toInstant(),
                                rs.getString("client_key"),
                                SubmissionOutcome.valueOf(rs.getString("outcome")),
                                SubmissionReason.valueOf(rs.getString("reason")),
                                rs.getString("province_code"),
                                (Long) rs.getObject("public_report_id")),
                        pageable,
                        counts.count(fromWhere));
    }
}
