package id.timpora.subject;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.PassportMask;
import id.timpora.report.PermitType;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who lives here" (#15 item 2) and the permit watch (item 4): the roster's people still living inside the viewer's
 * jurisdiction, by their current desa ({@code subject_residence}'s copied codes, the report scope's columns). Reporters
 * and officers of member agencies only: administrators and partners have an empty scope and see nothing. Reporters see
 * passport numbers masked. Expiry windows count from today in the viewer's zone.
 */
@Component
public class RegisterQueries {

    private static final String COLUMNS =
            """
            select res.subject_id, res.full_name, res.nationality, s.passport_number, res.occupation, res.sponsor_name,
                   res.permit_type, res.permit_number, res.permit_expiry, res.address, res.region_code,
                   rg.name as region_name, d.name as district_name""";

    private static final String FROM =
            """
             from subject_residence res
             join subject s on s.id = res.subject_id
             left join region rg on rg.code = res.region_code
             left join region d on d.code = res.district_code
            """;

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final CappedCount cappedCount;
    private final ReportScopes reportScopes;
    private final Clock clock;

    RegisterQueries(JdbcClient jdbc, CappedCount cappedCount, ReportScopes reportScopes, Clock clock) {
        this.jdbc = jdbc;
        this.cappedCount = cappedCount;
        this.reportScopes = reportScopes;
        this.clock = clock;
    }

    /** Today where the viewer works (their agency's zone). */
    public LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.zone()));
    }

    /** One page of the register, by name. */
    @Transactional(readOnly = true)
    public Page<RegisterEntry> list(RegisterFilter filter, CurrentUser user, Pageable pageable) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        LocalDate today = today(user);
        SqlFragment fromWhere =
                SqlFragment.of(FROM).plus(conditions(scope, filter, today).toWhere());
        long total = cappedCount.countWithinBudget(
                "register_count",
                SqlFragment.of(" from subject_residence res")
                        .plus(conditions(scope, filter, today).toWhere()));
        return PagedList.of(COLUMNS, fromWhere, " order by res.full_name, res.subject_id")
                .page(jdbc, (rs, n) -> entry(rs, user, today), pageable, total);
    }

    /** Every row of the filtered register, in the list's order, one at a time (the export). */
    @Transactional(readOnly = true)
    public void each(RegisterFilter filter, CurrentUser user, Consumer<RegisterEntry> sink) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return;
        }
        LocalDate today = today(user);
        SqlFragment.of(COLUMNS)
                .plus(FROM)
                .plus(conditions(scope, filter, today).toWhere())
                .plus(" order by res.full_name, res.subject_id")
                .on(jdbc)
                // a cursor, FETCH_SIZE rows at a time (the driver does so only inside a transaction: this one)
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    sink.accept(entry(rs, user, today));
                });
    }

    /** The permit watch's two figures within the viewer's scope: expired, and expiring within 30 days. */
    @Transactional(readOnly = true)
    public PermitWatch watch(CurrentUser user) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return new PermitWatch(0, 0);
        }
        LocalDate today = today(user);
        SqlFragment from = SqlFragment.of(" from subject_residence res");
        long expired = cappedCount.countWithinBudget(
                "watch_expired",
                from.plus(conditions(scope, new RegisterFilter(null, null, null, ExpiryWindow.EXPIRED, null), today)
                        .toWhere()));
        long expiring = cappedCount.countWithinBudget(
                "watch_expiring",
                from.plus(conditions(scope, new RegisterFilter(null, null, null, ExpiryWindow.DAYS_30, null), today)
                        .toWhere()));
        return new PermitWatch(expired, expiring);
    }

    /** The permit watch's figures: counts stop at {@link CappedCount#LIMIT}. */
    public record PermitWatch(long expired, long expiringIn30Days) {}

    /** A person's roster page; not found outside the viewer's jurisdiction (by the current desa). */
    @Transactional(readOnly = true)
    public RegisterPerson person(long subjectId, CurrentUser user) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            throw new NotFoundException();
        }
        LocalDate today = today(user);
        RegisterPerson found = SqlFragment.of(COLUMNS + ", s.sex, s.birth_date, res.departed_at, a.name as office_name")
                .plus(FROM)
                .plus(" join agency a on a.id = res.office_agency_id where ")
                .plus(scope.sql("res"))
                .plus(SqlFragment.of(" and res.subject_id = :id", "id", subjectId))
                .on(jdbc)
                .query((rs, n) -> new RegisterPerson(
                        entry(rs, user, today),
                        rs.getString("sex"),
                        Rows.localDate(rs, "birth_date"),
                        Rows.instant(rs, "departed_at"),
                        rs.getString("office_name"),
                        List.of()))
                .optional()
                .orElseThrow(NotFoundException::new);
        List<RegisterPerson.Permit> permits = jdbc.sql(
                        """
                        select permit_type, permit_number, permit_issued, permit_expiry, first_seen_at, last_seen_at
                          from subject_permit where subject_id = :id
                         order by permit_expiry desc, last_seen_at desc""")
                .param("id", subjectId)
                .query((rs, n) -> new RegisterPerson.Permit(
                        PermitType.valueOf(rs.getString("permit_type")),
                        rs.getString("permit_number"),
                        Rows.localDate(rs, "permit_issued"),
                        Rows.localDate(rs, "permit_expiry"),
                        Rows.instant(rs, "first_seen_at"),
                        Rows.instant(rs, "last_seen_at")))
                .list();
        return new RegisterPerson(
                found.current(), found.sex(), found.birthDate(), found.departedAt(), found.officeName(), permits);
    }

    /** Whether the viewer's registry page of this person (by their reports) exists: the link from the roster page. */
    @Transactional(readOnly = true)
    public boolean hasVisibleReports(long subjectId, CurrentUser user) {
        ReportScope scope = reportScopes.of(user);
        return !scope.isEmpty()
                && SqlFragment.of("select exists (select 1 from report r where ")
                        .plus(scope.sql("r"))
                        .plus(SqlFragment.of(" and r.subject_id = :id)", "id", subjectId))
                        .on(jdbc)
                        .query(Boolean.class)
                        .single();
    }

    /** The scope first, then the filters; departed people are not in the register. */
    private static Conditions conditions(ReportScope scope, RegisterFilter filter, LocalDate today) {
        Conditions where = Conditions.where()
                .and(scope.sql("res"))
                .and("res.departed_at is null")
                .equal("res.permit_type", "permitType", filter.permitType())
                .equal("res.nationality", "nationality", filter.nationality())
                .contains("lower(res.sponsor_name)", "sponsor", filter.sponsor());
        if (filter.expiry() == ExpiryWindow.EXPIRED) {
            where.before("res.permit_expiry", "today", today);
        } else if (filter.expiry() != null) {
            where.atLeast("res.permit_expiry", "today", today)
                    .atMost(
                            "res.permit_expiry",
                            "until",
                            today.plusDays(filter.expiry().days()));
        }
        String area = filter.regionCode();
        if (area != null && !area.isBlank()) {
            String column =
                    switch (area.length()) {
                        case 2 -> "res.province_code";
                        case 5 -> "res.regency_code";
                        case 8 -> "res.district_code";
                        default -> "res.region_code";
                    };
            where.equal(column, "area", area);
        }
        return where;
    }

    private static RegisterEntry entry(ResultSet rs, CurrentUser user, LocalDate today) throws SQLException {
        String passport = rs.getString("passport_number");
        return new RegisterEntry(
                rs.getLong("subject_id"),
                rs.getString("full_name"),
                rs.getString("nationality"),
                user.hasRole(Role.OFFICER) ? passport : PassportMask.mask(passport),
                rs.getString("occupation"),
                rs.getString("sponsor_name"),
                PermitType.valueOf(rs.getString("permit_type")),
                rs.getString("permit_number"),
                Rows.localDate(rs, "permit_expiry"),
                rs.getString("address"),
                rs.getString("region_code"),
                rs.getString("region_name"),
                rs.getString("district_name"),
                today);
    }
}
