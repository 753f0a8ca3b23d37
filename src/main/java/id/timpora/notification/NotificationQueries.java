package id.timpora.notification;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.meeting.MeetingVisibility;
import id.timpora.report.ReportScopes;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's notifications. Every read checks the record again, as the user may see it now: a notification
 * about a report that left the user's jurisdiction, or a meeting their agency is no longer invited to, is neither
 * listed, counted nor opened.
 */
@Service
public class NotificationQueries {

    /** The bell shows at most this many ("99+"). */
    public static final int BELL_LIMIT = 99;

    private static final String SELECT =
            "select n.id, n.kind, n.report_id, n.meeting_id, m.title as meeting_title, n.detail, n.item_count,"
                    + " n.created_at, n.read_at";

    private static final RowMapper<NotificationRow> ROW = (rs, i) -> new NotificationRow(
            rs.getLong("id"),
            NotificationKind.valueOf(rs.getString("kind")),
            Rows.nullableLong(rs, "report_id"),
            Rows.nullableLong(rs, "meeting_id"),
            rs.getString("meeting_title"),
            rs.getString("detail"),
            rs.getInt("item_count"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "read_at"));

    private final JdbcClient jdbc;
    private final ReportScopes reportScopes;

    NotificationQueries(JdbcClient jdbc, ReportScopes reportScopes) {
        this.jdbc = jdbc;
        this.reportScopes = reportScopes;
    }

    /** Newest first, one page in SQL. */
    @Transactional(readOnly = true)
    public Page<NotificationRow> page(CurrentUser user, Pageable pageable) {
        return PagedList.of(SELECT, visible(user), " order by n.created_at desc, n.id desc")
                .page(jdbc, ROW, pageable);
    }

    /** Unread notifications the user may still see, counted up to {@link #BELL_LIMIT} + 1. */
    @Transactional(readOnly = true)
    public int unread(CurrentUser user) {
        return SqlFragment.of("select count(*) from (select 1")
                .plus(visible(user))
                .plus(" and n.read_at is null limit " + (BELL_LIMIT + 1) + ") as unread")
                .on(jdbc)
                .query(Integer.class)
                .single();
    }

    /** One of the user's notifications, if its record is still visible to them. */
    @Transactional(readOnly = true)
    public Optional<NotificationRow> find(CurrentUser user, long id) {
        return SqlFragment.of(SELECT)
                .plus(visible(user))
                .plus(SqlFragment.of(" and n.id = :id", "id", id))
                .on(jdbc)
                .query(ROW)
                .optional();
    }

    private SqlFragment visible(CurrentUser user) {
        return SqlFragment.of(
                        """
                         from notification n
                         left join report r on r.id = n.report_id
                         left join meeting m on m.id = n.meeting_id
                         left join team t on t.id = m.team_id
                        where n.recipient_id = :me and (n.report_id is null or\s""",
                        "me",
                        user.id())
                .plus(reportScopes.of(user).sql("r"))
                .plus(") and (n.meeting_id is null or ")
                .plus(MeetingVisibility.of(user).meetings("m", "t"))
                .plus(")");
    }
}
