package id.timpora.agency;

import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.SqlFragment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agency list of the administration pages, filtered and paginated in SQL. */
@Service
public class AgencyQueries {

    private final JdbcClient jdbc;

    AgencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active agencies first, then by name, with jurisdiction names and account counts in one query. */
    @Transactional(readOnly = true)
    public Page<AgencySummary> list(AdminScope scope, AgencyFilter filter, Pageable pageable) {
        SqlFragment fromWhere = SqlFragment.of(" from agency a")
                .plus(Conditions.where()
                        .and(scope.agencies("a"))
                        .contains("lower(a.name)", "query", filter.query())
                        .equal("a.type", "type", filter.type())
                        .equal("a.level", "level", filter.level())
                        .equal("a.active", "active", filter.active())
                        .toWhere());
        return PagedList.of(
                        """
                        select a.id, a.name, a.type, a.level, a.active,
                               (select string_agg(r.name, ', ' order by r.code)
                                  from agency_region ar join region r on r.code = ar.region_code
                                 where ar.agency_id = a.id) as regions,
                               (select count(*) from app_user u where u.agency_id = a.id) as accounts""",
                        fromWhere,
                        " order by a.active desc, lower(a.name), a.id")
                .page(jdbc, ROW, pageable);
    }

    private static final RowMapper<AgencySummary> ROW = (rs, i) -> new AgencySummary(
            rs.getLong("id"),
            rs.getString("name"),
            AgencyType.valueOf(rs.getString("type")),
            OrganisationLevel.valueOf(rs.getString("level")),
            rs.getString("regions"),
            rs.getInt("accounts"),
            rs.getBoolean("active"));
}
