package id.timpora.account;

import id.timpora.agency.AdminScope;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account list of the administration pages, filtered and paginated in SQL. */
@Service
public class AccountQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Active accounts first, then by name; the search looks at the display name and the user name. */
    @Transactional(readOnly = true)
    public Page<AccountSummary> list(AdminScope scope, AccountFilter filter, Pageable pageable) {
        SqlFragment fromWhere = SqlFragment.of(" from app_user u left join agency a on a.id = u.agency_id")
                .plus(Conditions.where()
                        .and(scope.accounts("u"))
                        .contains("lower(u.display_name || ' ' || u.username)", "query", filter.query())
                        .equal("u.agency_id", "agency", filter.agencyId())
                        .equal("u.role", "role", filter.role())
                        .equal("u.enabled", "enabled", filter.enabled())
                        .toWhere());
        return PagedList.of(
                        """
                        select u.id, u.username, u.display_name, u.role, a.name as agency_name, u.enabled,
                               u.locked_until, u.must_change_password, u.last_login_at""",
                        fromWhere,
                        " order by u.enabled desc, lower(u.display_name), u.id")
                .page(jdbc, summary(clock.instant()), pageable);
    }

    private static RowMapper<AccountSummary> summary(Instant now) {
        return (rs, i) -> {
            Instant lockedUntil = Rows.instant(rs, "locked_until");
            return new AccountSummary(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")),
                    rs.getString("agency_name"),
                    rs.getBoolean("enabled"),
                    lockedUntil != null && lockedUntil.isAfter(now),
                    rs.getBoolean("must_change_password"),
                    Rows.instant(rs, "last_login_at"));
        };
    }
}
