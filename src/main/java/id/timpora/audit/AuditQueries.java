package id.timpora.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, newest first, paginated in SQL. */
@Service
public class AuditQueries {

    /**
     * The log grows by every page view of personal data, so counting all matches of a loose filter would scan
     * millions of rows: the count stops here and paging covers the newest matches.
     */
    static final int COUNT_LIMIT = 10_000;

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("target_type"),
            rs.getString("target_id"),
            rs.getString("client_ip"),
            rs.getString("detail"));

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> find(AuditFilter filter, ZoneId zone, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(actor) = lower(?)");
            args.add(filter.actor().trim());
        }
        if (filter.action() != null) {
            where.append(" and action = ?");
            args.add(filter.action().name());
        }
        if (filter.targetType() != null && !filter.targetType().isBlank()) {
            where.append(" and target_type = ?");
            args.add(filter.targetType().trim().toUpperCase());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        Long total = jdbc.queryForObject(
                "select count(*) from (select 1 from audit_log" + where + " limit " + COUNT_LIMIT + ") capped",
                Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEntry> rows = jdbc.query(
                "select id, occurred_at, actor, action, target_type, target_id, client_ip, detail from audit_log"
                        + where
                        + " order by occurred_at desc, id desc limit ? offset ?",
                ROW,
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }
}
