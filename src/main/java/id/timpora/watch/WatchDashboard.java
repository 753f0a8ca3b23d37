package id.timpora.watch;

import id.timpora.account.CurrentUser;
import id.timpora.agency.Jurisdiction;
import id.timpora.foreignorg.ForeignQueries;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch dashboard's figures, for the viewer's report scope ∩ the watch's regions. Every statement starts with the
 * viewer's scope and the watch's days, regions and kinds, which the report indexes on (level code, seen time) and the
 * activity/indication GIN indexes serve; a watch over a kabupaten for a month reads that kabupaten's month of reports,
 * never the table.
 */
@Service
public class WatchDashboard {

    /** The situation report lists at most this many reports of a day (a note says when there were more). */
    public static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final ReportScopes scopes;
    private final ForeignQueries organisations;

    WatchDashboard(JdbcClient jdbc, ReportScopes scopes, ForeignQueries organisations) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.organisations = organisations;
    }

    /** A part of the watch: all of it, or one day; all its regions, or one area inside them. */
    public record Slice(LocalDate day, String areaCode) {
        public static final Slice WHOLE = new Slice(null, null);
    }

    @Transactional(readOnly = true)
    public WatchFigures figures(CurrentUser user, WatchCriteria watch, Slice slice) {
        ReportScope scope = scopes.of(user);
        long active = organisations.activeIn(
                user,
                slice.areaCode() == null ? watch.regionCodes() : Set.of(slice.areaCode()),
                slice.day() == null ? watch.startsOn() : slice.day(),
                slice.day() == null ? watch.endsOn() : slice.day());
        if (scope.isEmpty()) {
            return new WatchFigures(0, 0, 0, 0, 0, active, List.of(), List.of());
        }
        SqlFragment where = where(scope, watch, slice);
        WatchFigures totals = SqlFragment.of(
                        """
                        select count(*) as matching,
                               count(*) filter (where 'POLITIK_KAMPANYE' = any(r.activities)) as campaign,
                               count(distinct coalesce(r.subject_id, -r.id))
                                   filter (where 'JURNALISTIK' = any(r.activities)) as journalists,
                               count(*) filter (where r.source = 'MEDIA_SOSIAL') as social_media,
                               count(*) filter (where r.status = 'TINDAK_LANJUT') as open_follow_ups
                          from report r""")
                .plus(where)
                .on(jdbc)
                .query((rs, i) -> new WatchFigures(
                        rs.getLong("matching"),
                        rs.getLong("campaign"),
                        rs.getLong("journalists"),
                        rs.getLong("social_media"),
                        rs.getLong("open_follow_ups"),
                        0,
                        List.of(),
                        List.of()))
                .single();
        Map<LocalDate, Long> byDay = new HashMap<>();
        SqlFragment.of(
                        "select (r.observed_at at time zone :day_zone)::date as day, count(*) as n from report r",
                        "day_zone",
                        watch.zone().getId())
                .plus(where)
                .plus(" group by 1")
                .on(jdbc)
                .query((rs, i) -> new WatchFigures.DayCount(rs.getObject("day", LocalDate.class), rs.getLong("n")))
                .list()
                .forEach(d -> byDay.put(d.day(), d.count()));
        List<WatchFigures.DayCount> perDay = new ArrayList<>();
        LocalDate first = slice.day() != null ? slice.day() : watch.startsOn();
        LocalDate last = slice.day() != null ? slice.day() : watch.endsOn();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            perDay.add(new WatchFigures.DayCount(day, byDay.getOrDefault(day, 0L)));
        }
        List<WatchFigures.AreaCount> perArea = SqlFragment.of(
                        "select r.regency_code, g.name, count(*) as n from report r join region g on g.code = r.regency_code")
                .plus(where)
                .plus(" group by r.regency_code, g.name order by n desc, r.regency_code")
                .on(jdbc)
                .query((rs, i) ->
                        new WatchFigures.AreaCount(rs.getString("regency_code"), rs.getString("name"), rs.getLong("n")))
                .list();
        return new WatchFigures(
                totals.matching(),
                totals.campaign(),
                totals.journalists(),
                totals.socialMedia(),
                totals.openFollowUps(),
                active,
                perDay,
                perArea);
    }

    /** The matching reports of the slice in the order they were seen, at most {@link #MAX_ROWS} + 1. */
    @Transactional(readOnly = true)
    public List<WatchFigures.Row> rows(CurrentUser user, WatchCriteria watch, Slice slice) {
        ReportScope scope = scopes.of(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return SqlFragment.of(
                        """
                        select r.id, r.observed_at, r.full_name, r.nationality, r.activities, r.indications, r.source,
                               r.status, village.name as village, regency.name as regency
                          from report r
                          join region village on village.code = r.region_code
                          join region regency on regency.code = r.regency_code""")
                .plus(where(scope, watch, slice))
                .plus(" order by r.observed_at, r.id limit " + (MAX_ROWS + 1))
                .on(jdbc)
                .query((rs, i) -> new WatchFigures.Row(
                        rs.getLong("id"),
                        Rows.instant(rs, "observed_at"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        rs.getString("village") + ", " + rs.getString("regency"),
                        Rows.enumList(rs, "activities", Activity.class),
                        Rows.enumList(rs, "indications", Indication.class),
                        ReportSource.valueOf(rs.getString("source")),
                        ReportStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** " where" the viewer's scope, then the watch, then the slice. */
    static SqlFragment where(ReportScope scope, WatchCriteria watch, Slice slice) {
        SqlFragment where =
                SqlFragment.of(" where ").plus(scope.sql("r")).plus(" and ").plus(watch.sql("r"));
        if (slice.day() != null) {
            Instant from = slice.day().atStartOfDay(watch.zone()).toInstant();
            Instant until = slice.day().plusDays(1).atStartOfDay(watch.zone()).toInstant();
            where = where.plus(SqlFragment.of(
                    " and r.observed_at >= :day_from and r.observed_at < :day_until",
                    "day_from",
                    Rows.timestamp(from),
                    "day_until",
                    Rows.timestamp(until)));
        }
        if (slice.areaCode() != null) {
            where = where.plus(" and ")
                    .plus(ReportScope.of(new Jurisdiction(false, Set.of(slice.areaCode())))
                            .sql("r")
                            .withSuffix("area"));
        }
        return where;
    }
}
