package id.timpora.agency;

import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team list of the administration pages, filtered and paginated in SQL. */
@Service
public class TeamQueries {

    private final JdbcClient jdbc;

    TeamQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active teams first, from the national team down, by region; the search looks at the team's and region's name. */
    @Transactional(readOnly = true)
    public Page<TeamSummary> list(AdminScope scope, String query, OrganisationLevel level, Pageable pageable) {
        SqlFragment fromWhere = SqlFragment.of(" from team t left join region r on r.code = t.region_code"
                        + " join agency c on c.id = t.chair_agency_id")
                .plus(Conditions.where()
                        .and(scope.teams("t"))
                        .containsAny(List.of("lower(t.name)", "lower(r.name)"), "query", query)
                        .equal("t.level", "level", level)
                        .toWhere());
        return PagedList.of(
                        """
                        select t.id, t.name, t.level, r.name as region_name, c.name as chair_name, t.decree_number,
                               t.decree_date, t.active,
                               (select count(*) from team_member m where m.team_id = t.id) as members""",
                        fromWhere,
                        " order by t.active desc, case t.level when 'PUSAT' then 0 when 'PROVINSI' then 1"
                                + " when 'KABUPATEN_KOTA' then 2 else 3 end, t.region_code nulls first, t.id")
                .page(jdbc, ROW, pageable);
    }

    private static final RowMapper<TeamSummary> ROW = (rs, i) -> new TeamSummary(
            rs.getLong("id"),
            rs.getString("name"),
            OrganisationLevel.valueOf(rs.getString("level")),
            rs.getString("region_name"),
            rs.getString("chair_name"),
            rs.getInt("members"),
            rs.getString("decree_number"),
            Rows.localDate(rs, "decree_date"),
            rs.getBoolean("active"));
}
