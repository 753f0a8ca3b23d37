package id.timpora.audit;

import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first, paginated in SQL. The log grows by every page view of personal data, so counting
 * all matches of a loose filter would scan millions of rows: the count stops at {@link CappedCount#LIMIT} and paging
 * covers the newest matches.
 */
@Service
public class AuditQueries {

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(
            rs.getLong("id"),
            Rows.instant(rs, "occurred_at"),
            rs.getString("actor"),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("target_type"),
            rs.getString("target_id"),
            rs.getString("client_ip"),
            rs.getString("detail"));

    private final JdbcClient jdbc;
    private final CappedCount cappedCount;

    AuditQueries(JdbcClient jdbc, CappedCount cappedCount) {
        this.jdbc = jdbc;
        this.cappedCount = cappedCount;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> find(AuditFilter filter, ZoneId zone, Pageable pageable) {
        String actor = filter.actor() == null ? null : filter.actor().trim();
        String targetType =
                filter.targetType() == null ? null : filter.targetType().trim().toUpperCase(Locale.ROOT);
        SqlFragment fromWhere = SqlFragment.of(" from audit_log")
                .plus(Conditions.where()
                        .andIf(actor, "lower(actor) = lower(:actor)", "actor")
                        .equal("action", "action", filter.action())
                        .equal("target_type", "target_type", targetType)
                        .atLeast(
                                "occurred_at",
                                "from",
                                filter.from() == null
                                        ? null
                                        : filter.from().atStartOfDay(zone).toInstant())
                        .before(
                                "occurred_at",
                                "to",
                                filter.to() == null
                                        ? null
                                        : filter.to()
                                                .plusDays(1)
                                                .atStartOfDay(zone)
                                                .toInstant())
                        .toWhere());
        return PagedList.of(
                        "select id, occurred_at, actor, action, target_type, target_id, client_ip, detail",
                        fromWhere,
                        " order by occurred_at desc, id desc")
                .page(jdbc, ROW, pageable, cappedCount.count(fromWhere));
    }
}
