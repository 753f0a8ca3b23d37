package id.timpora.watch;

import id.timpora.account.CurrentUser;
import id.timpora.agency.Jurisdiction;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportSource;
import java.sql.Array;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads watch periods, always through the viewer's reach first ({@link WatchReach}); outside it a watch is "not found". */
@Service
public class WatchQueries {

    private final JdbcClient jdbc;
    private final WatchReach reach;
    private final RegionService regions;

    WatchQueries(JdbcClient jdbc, WatchReach reach, RegionService regions) {
        this.jdbc = jdbc;
        this.reach = reach;
        this.regions = regions;
    }

    /** The watches the user can see, the newest period first, one page. */
    @Transactional(readOnly = true)
    public Page<WatchSummary> list(CurrentUser user, Pageable pageable) {
        SqlFragment where =
                Conditions.where().and(WatchReach.visible(reach.of(user), "w")).toWhere();
        return PagedList.of(
                        """
                        select w.id, w.name, w.starts_on, w.ends_on,
                               (select string_agg(g.name, ', ' order by g.code) from watch_period_region wr
                                  join region g on g.code = wr.region_code where wr.watch_id = w.id) as region_names,
                               (select count(*) from watch_period_region wr where wr.watch_id = w.id) as region_count""",
                        SqlFragment.of(" from watch_period w").plus(where),
                        " order by w.ends_on desc, w.starts_on desc, w.id desc")
                .page(
                        jdbc,
                        (rs, i) -> new WatchSummary(
                                rs.getLong("id"),
                                rs.getString("name"),
                                Rows.localDate(rs, "starts_on"),
                                Rows.localDate(rs, "ends_on"),
                                rs.getString("region_names"),
                                rs.getInt("region_count")),
                        pageable);
    }

    /** One watch the user can see, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public WatchView view(CurrentUser user, long id) {
        Jurisdiction jurisdiction = reach.of(user);
        return SqlFragment.of(
                        """
                        select w.*, u.display_name as created_by_name, a.name as agency_name,
                               array(select wr.region_code from watch_period_region wr where wr.watch_id = w.id
                                     order by wr.region_code) as region_codes
                          from watch_period w
                          join app_user u on u.id = w.created_by
                          left join agency a on a.id = w.agency_id
                         where\s""")
                .plus(WatchReach.visible(jurisdiction, "w"))
                .plus(SqlFragment.of(" and w.id = :id", "id", id))
                .on(jdbc)
                .query((rs, i) -> {
                    List<String> codes = strings(rs.getArray("region_codes"));
                    return new WatchView(
                            rs.getLong("id"),
                            rs.getString("name"),
                            Rows.localDate(rs, "starts_on"),
                            Rows.localDate(rs, "ends_on"),
                            ZoneId.of(rs.getString("zone_id")),
                            codes.stream()
                                    .map(code -> new WatchView.WatchRegion(
                                            code, regions.label(code).orElse(code)))
                                    .toList(),
                            Rows.enumSet(rs, "activities", Activity.class),
                            Rows.enumSet(rs, "indications", Indication.class),
                            Rows.enumSet(rs, "sources", ReportSource.class),
                            rs.getString("note"),
                            rs.getString("created_by_name"),
                            rs.getString("agency_name"),
                            Rows.instant(rs, "created_at"),
                            rs.getInt("version"),
                            reach.mayDefine(user) && codes.stream().allMatch(jurisdiction::covers));
                })
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The watches the user can see that are running on the given day (in each watch's own zone, so a day either side
     * is read and tested here): the few rows the report list's badge is made of.
     */
    @Transactional(readOnly = true)
    public List<WatchCriteria> activeOn(CurrentUser user, LocalDate day) {
        Jurisdiction jurisdiction = reach.of(user);
        if (jurisdiction.isEmpty()) {
            return List.of();
        }
        return SqlFragment.of(
                        """
                        select w.id, w.name, w.starts_on, w.ends_on, w.zone_id, w.activities, w.indications, w.sources,
                               array(select wr.region_code from watch_period_region wr where wr.watch_id = w.id)
                                   as region_codes
                          from watch_period w
                         where w.ends_on >= :day_before and w.starts_on <= :day_after and\s""",
                        "day_before",
                        day.minusDays(1),
                        "day_after",
                        day.plusDays(1))
                .plus(WatchReach.visible(jurisdiction, "w"))
                .plus(" order by w.starts_on, w.id")
                .on(jdbc)
                .query((rs, i) -> new WatchCriteria(
                        rs.getLong("id"),
                        rs.getString("name"),
                        Rows.localDate(rs, "starts_on"),
                        Rows.localDate(rs, "ends_on"),
                        ZoneId.of(rs.getString("zone_id")),
                        Set.copyOf(strings(rs.getArray("region_codes"))),
                        Rows.enumSet(rs, "activities", Activity.class),
                        Rows.enumSet(rs, "indications", Indication.class),
                        Rows.enumSet(rs, "sources", ReportSource.class)))
                .list();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
