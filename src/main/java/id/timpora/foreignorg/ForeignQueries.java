package id.timpora.foreignorg;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationKind;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportStatus;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the foreign organisations register, always through {@link ForeignAccess#visible} first. */
@Service
public class ForeignQueries {

    private final JdbcClient jdbc;
    private final ForeignAccess access;
    private final ReportScopes reportScopes;
    private final RegionService regions;

    ForeignQueries(JdbcClient jdbc, ForeignAccess access, ReportScopes reportScopes, RegionService regions) {
        this.jdbc = jdbc;
        this.access = access;
        this.regions = regions;
        this.reportScopes = reportScopes;
    }

    /** The foreign organisations the user sees, in name order, one page. */
    @Transactional(readOnly = true)
    public Page<ForeignOrgView.Row> list(CurrentUser user, Pageable pageable) {
        return PagedList.of(
                        """
                        select o.id, o.kind, o.name, o.country_code, g.name as village, k.name as regency,
                               (select count(*) from foreign_activity fa where fa.organisation_id = o.id) as activities,
                               (select count(*) from foreign_activity fa where fa.organisation_id = o.id
                                   and fa.status = 'DIAJUKAN') as pending""",
                        SqlFragment.of(" from organisation o join region g on g.code = o.region_code"
                                        + " join region k on k.code = o.regency_code where ")
                                .plus(access.visible(user, "o")),
                        " order by lower(o.name), o.id")
                .page(
                        jdbc,
                        (rs, i) -> new ForeignOrgView.Row(
                                rs.getLong("id"),
                                rs.getString("kind"),
                                rs.getString("name"),
                                rs.getString("country_code"),
                                rs.getString("village") + ", " + rs.getString("regency"),
                                rs.getLong("activities"),
                                rs.getLong("pending")),
                        pageable);
    }

    /** The organisation if it is foreign and the user sees it, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Organisation organisation(CurrentUser user, long id) {
        return SqlFragment.of("select " + OrganisationQueries.COLUMNS
                        + " from organisation o join agency ag on ag.id = o.registered_by_agency_id where ")
                .plus(access.visible(user, "o"))
                .plus(SqlFragment.of(" and o.id = :id", "id", id))
                .on(jdbc)
                .query(OrganisationQueries.ROW)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public ForeignOrgView view(CurrentUser user, long id) {
        Organisation organisation = organisation(user, id);
        boolean people = access.seesPeople(user);
        return new ForeignOrgView(
                organisation,
                regions.label(organisation.regionCode()).orElse(organisation.regionCode()),
                partners(id),
                people ? people(user, id) : List.of(),
                activities(user, id),
                people ? reports(user, id) : List.of(),
                people ? permits(user, id) : List.of());
    }

    /** The activity if the user sees its organisation, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public ActivityView activity(CurrentUser user, long activityId) {
        Long organisationId = SqlFragment.of(
                        "select fa.organisation_id from foreign_activity fa where fa.id = :id and ", "id", activityId)
                .plus(access.activityVisible(user, "fa"))
                .on(jdbc)
                .query(Long.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        Organisation organisation = organisation(user, organisationId);
        List<ActivityView.Region> places = jdbc
                .sql("select region_code from foreign_activity_region where activity_id = :id order by region_code")
                .param("id", activityId)
                .query(String.class)
                .list()
                .stream()
                .map(code -> new ActivityView.Region(code, regions.label(code).orElse(code)))
                .toList();
        List<String> codes = places.stream().map(ActivityView.Region::code).toList();
        Map<ChecklistItem, ActivityView.Check> checks = new EnumMap<>(ChecklistItem.class);
        jdbc.sql(
                        """
                        select c.item, c.fulfilled, c.note, u.display_name, a.name as agency_name, c.checked_at
                          from foreign_activity_check c join app_user u on u.id = c.checked_by
                          left join agency a on a.id = c.checked_agency_id
                         where c.activity_id = :id""")
                .param("id", activityId)
                .query((rs, i) -> Map.entry(
                        ChecklistItem.valueOf(rs.getString("item")),
                        new ActivityView.Check(
                                rs.getBoolean("fulfilled"),
                                rs.getString("note"),
                                rs.getString("display_name"),
                                rs.getString("agency_name"),
                                Rows.instant(rs, "checked_at"))))
                .list()
                .forEach(e -> checks.put(e.getKey(), e.getValue()));
        return jdbc.sql(
                        """
                        select fa.*, p.name as partner_name, u.display_name as decided_by_name,
                               a.name as decided_agency_name
                          from foreign_activity fa
                          left join foreign_partner p on p.id = fa.partner_id
                          left join app_user u on u.id = fa.decided_by
                          left join agency a on a.id = fa.decided_agency_id
                         where fa.id = :id""")
                .param("id", activityId)
                .query((rs, i) -> new ActivityView(
                        rs.getLong("id"),
                        organisation.id(),
                        organisation.name(),
                        organisation.kind(),
                        rs.getString("title"),
                        rs.getString("purpose"),
                        Rows.localDate(rs, "starts_on"),
                        Rows.localDate(rs, "ends_on"),
                        rs.getString("funding_source"),
                        rs.getString("funding_amount"),
                        rs.getString("partner_name"),
                        ActivityStatus.valueOf(rs.getString("status")),
                        rs.getString("decision_reason"),
                        rs.getString("decided_by_name"),
                        rs.getString("decided_agency_name"),
                        Rows.instant(rs, "decided_at"),
                        places,
                        checks,
                        rs.getInt("version"),
                        access.mayCheck(user, codes),
                        access.mayDecide(user, codes)))
                .single();
    }

    /**
     * How many foreign organisations the user sees have an activity on one of the days, in a region meeting one of the
     * given regions (the watch dashboard's "organisations active").
     */
    @Transactional(readOnly = true)
    public long activeIn(CurrentUser user, Collection<String> regionCodes, LocalDate from, LocalDate until) {
        if (access.jurisdiction(user).isEmpty() || regionCodes.isEmpty()) {
            return 0;
        }
        return SqlFragment.of(
                        """
                        select count(*) from organisation o
                         where exists (select 1 from foreign_activity fa
                                         join foreign_activity_region far on far.activity_id = fa.id,
                                              unnest(:active_regions::varchar[]) w(code)
                                        where fa.organisation_id = o.id and fa.starts_on <= :active_until
                                          and fa.ends_on >= :active_from and fa.status <> 'DITOLAK'
                                          and (far.region_code = w.code or far.region_code like w.code || '.%'
                                               or w.code like far.region_code || '.%'))
                           and\s""",
                        "active_regions", regionCodes.stream().sorted().toArray(String[]::new))
                .with("active_from", from)
                .with("active_until", until)
                .plus(access.visible(user, "o"))
                .on(jdbc)
                .query(Long.class)
                .single();
    }

    private List<ForeignOrgView.Partner> partners(long id) {
        return jdbc.sql(
                        """
                        select p.id, p.name, p.kind, p.contact, g.name as place from foreign_partner p
                          left join region g on g.code = p.region_code
                         where p.organisation_id = :id order by lower(p.name), p.id""")
                .param("id", id)
                .query((rs, i) -> new ForeignOrgView.Partner(
                        rs.getLong("id"),
                        rs.getString("name"),
                        LocalPartnerKind.valueOf(rs.getString("kind")),
                        rs.getString("place"),
                        rs.getString("contact")))
                .list();
    }

    /** The people the viewer can see in the registry (one of their reports lies in the viewer's report scope). */
    private List<ForeignOrgView.Person> people(CurrentUser user, long id) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return SqlFragment.of(
                        """
                        select s.id, s.full_name, s.nationality, fp.role, fp.note from foreign_person fp
                          join subject s on s.id = fp.subject_id
                         where fp.organisation_id = :org
                           and exists (select 1 from report r where r.subject_id = s.id and\s""",
                        "org",
                        id)
                .plus(scope.sql("r"))
                .plus(") order by fp.role, lower(s.full_name), s.id")
                .on(jdbc)
                .query((rs, i) -> new ForeignOrgView.Person(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        PersonRole.valueOf(rs.getString("role")),
                        rs.getString("note")))
                .list();
    }

    /** The activities with a place that meets the viewer's jurisdiction, newest first. */
    private List<ForeignOrgView.ActivityRow> activities(CurrentUser user, long id) {
        return SqlFragment.of(
                        """
                        select fa.id, fa.title, fa.starts_on, fa.ends_on, fa.status,
                               (select string_agg(g.name, ', ' order by g.code) from foreign_activity_region far
                                  join region g on g.code = far.region_code where far.activity_id = fa.id) as places
                          from foreign_activity fa where fa.organisation_id = :org and\s""",
                        "org",
                        id)
                .plus(access.activityVisible(user, "fa"))
                .plus(" order by fa.starts_on desc, fa.id desc limit 200")
                .on(jdbc)
                .query((rs, i) -> new ForeignOrgView.ActivityRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Rows.localDate(rs, "starts_on"),
                        Rows.localDate(rs, "ends_on"),
                        ActivityStatus.valueOf(rs.getString("status")),
                        rs.getString("places")))
                .list();
    }

    /** The linked reports inside the viewer's report scope, newest first. */
    private List<ForeignOrgView.LinkedReport> reports(CurrentUser user, long id) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return SqlFragment.of(
                        """
                        select r.id, r.observed_at, r.full_name, r.nationality, r.status
                          from foreign_report_link l join report r on r.id = l.report_id
                         where\s""")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(
                        " and l.organisation_id = :org order by r.observed_at desc, r.id desc limit 200", "org", id))
                .on(jdbc)
                .query((rs, i) -> new ForeignOrgView.LinkedReport(
                        rs.getLong("id"),
                        Rows.instant(rs, "observed_at"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        ReportStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private List<ForeignOrgView.Permit> permits(CurrentUser user, long id) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return SqlFragment.of(
                        """
                        select jp.*, s.full_name from journalist_permit jp join subject s on s.id = jp.subject_id
                         where (jp.outlet_organisation_id = :org
                                or jp.subject_id in (select fp.subject_id from foreign_person fp
                                                      where fp.organisation_id = :org and fp.role = 'JURNALIS'))
                           and exists (select 1 from report r where r.subject_id = s.id and\s""",
                        "org",
                        id)
                .plus(scope.sql("r"))
                .plus(") order by jp.valid_until desc, jp.id desc")
                .on(jdbc)
                .query((rs, i) -> new ForeignOrgView.Permit(
                        rs.getLong("id"),
                        rs.getLong("subject_id"),
                        rs.getString("full_name"),
                        rs.getString("outlet_name"),
                        rs.getString("visa"),
                        rs.getString("press_permit_number"),
                        Rows.localDate(rs, "valid_from"),
                        Rows.localDate(rs, "valid_until"),
                        rs.getString("topic"),
                        strings(rs.getArray("region_codes"))))
                .list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static boolean foreign(OrganisationKind kind) {
        return kind.foreign();
    }
}
