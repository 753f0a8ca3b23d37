package id.timpora.foreignorg;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.Activity;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's panel on a report's page. A report with the activity JURNALISTIK about a registry person is checked
 * against that person's coverage permits: one must run on the day the report was seen (in the place's zone) and,
 * when it names regions, cover the report's desa; without one the panel flags "jurnalis tanpa izin liputan".
 */
@Service
public class ReportPanels {

    static final int LINKABLE = 100;

    private final JdbcClient jdbc;
    private final ReportScopes scopes;
    private final ForeignAccess access;

    ReportPanels(JdbcClient jdbc, ReportScopes scopes, ForeignAccess access) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ReportForeignPanel panel(CurrentUser user, long reportId) {
        ReportScope scope = scopes.of(user);
        if (scope.isEmpty()) {
            throw new NotFoundException();
        }
        Map<String, Object> report = SqlFragment.of(
                        """
                        select r.id, r.subject_id, r.region_code,
                               ('JURNALISTIK' = any(r.activities)) as journalist,
                               (r.observed_at at time zone g.time_zone)::date as seen_on
                          from report r join region g on g.code = r.region_code where\s""")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(" and r.id = :id", "id", reportId))
                .on(jdbc)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        LocalDate seenOn = ((java.sql.Date) report.get("seen_on")).toLocalDate();
        Long subjectId = report.get("subject_id") == null ? null : ((Number) report.get("subject_id")).longValue();
        String region = (String) report.get("region_code");
        ReportForeignPanel.Journalist journalist = ReportForeignPanel.Journalist.NONE;
        ForeignOrgView.Permit permit = null;
        if (Boolean.TRUE.equals(report.get("journalist"))) {
            if (subjectId == null) {
                journalist = ReportForeignPanel.Journalist.UNKNOWN_PERSON;
            } else {
                permit = validPermit(subjectId, seenOn, region);
                journalist = permit == null
                        ? ReportForeignPanel.Journalist.WITHOUT_PERMIT
                        : ReportForeignPanel.Journalist.PERMITTED;
            }
        }
        List<ReportForeignPanel.Linked> linked = SqlFragment.of(
                        """
                        select o.id, o.name, o.kind from foreign_report_link l join organisation o on o.id = l.organisation_id
                         where l.report_id = :report and\s""",
                        "report",
                        reportId)
                .plus(access.visible(user, "o"))
                .plus(" order by lower(o.name)")
                .on(jdbc)
                .query((rs, i) ->
                        new ReportForeignPanel.Linked(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
                .list();
        boolean mayLink = access.mayRecord(user);
        List<ReportForeignPanel.Linked> linkable = mayLink
                ? SqlFragment.of("select o.id, o.name, o.kind from organisation o where ")
                        .plus(access.visible(user, "o"))
                        .plus(" order by lower(o.name), o.id limit " + LINKABLE)
                        .on(jdbc)
                        .query((rs, i) -> new ReportForeignPanel.Linked(
                                rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
                        .list()
                : List.of();
        return new ReportForeignPanel(reportId, linked, linkable, journalist, seenOn, permit, mayLink);
    }

    /** A permit of the person that runs on the day and covers the place, or null. */
    ForeignOrgView.Permit validPermit(long subjectId, LocalDate day, String regionCode) {
        return jdbc.sql(
                        """
                        select jp.*, s.full_name from journalist_permit jp join subject s on s.id = jp.subject_id
                         where jp.subject_id = :subject and jp.valid_from <= :day and jp.valid_until >= :day
                           and (cardinality(jp.region_codes) = 0 or exists (select 1 from unnest(jp.region_codes) c(code)
                                where :region = c.code or :region like c.code || '.%'))
                         order by jp.valid_until desc limit 1""")
                .param("subject", subjectId)
                .param("day", day)
                .param("region", regionCode)
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
                        ForeignQueries.strings(rs.getArray("region_codes"))))
                .optional()
                .orElse(null);
    }

    static Set<Activity> journalism() {
        return Set.of(Activity.JURNALISTIK);
    }
}
