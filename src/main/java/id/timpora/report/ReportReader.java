package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.RegionService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one report for its detail page: the report with its names in one query, then its three small child lists by
 * their indexed report id. The jurisdiction condition is part of the first query, so a report outside it is "not
 * found".
 */
@Service
public class ReportReader {

    private final JdbcClient jdbc;
    private final ReportScopes scopes;
    private final RegionService regions;

    ReportReader(JdbcClient jdbc, ReportScopes scopes, RegionService regions) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public ReportView view(CurrentUser user, long id) {
        ReportScope scope = scopes.of(user);
        return SqlFragment.of(
                        """
                        select r.*, u.display_name as reporter_name, ra.name as reporting_agency_name,
                               ha.name as handling_agency_name, s.full_name as subject_name
                          from report r
                          join app_user u on u.id = r.reporter_id
                          join agency ra on ra.id = r.reporting_agency_id
                          left join agency ha on ha.id = r.handling_agency_id
                          left join subject s on s.id = r.subject_id
                         where\s""")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(" and r.id = :id", "id", id))
                .on(jdbc)
                .query((rs, i) -> map(rs))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private ReportView map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        ReportData data = new ReportData(
                rs.getString("full_name"),
                rs.getString("nationality"),
                Sex.valueOf(rs.getString("sex")),
                Rows.localDate(rs, "birth_date"),
                Rows.nullableInt(rs, "approximate_age"),
                rs.getString("passport_number"),
                PermitType.valueOf(rs.getString("permit_type")),
                rs.getString("permit_number"),
                Rows.localDate(rs, "permit_expiry"),
                rs.getString("sponsor"),
                rs.getString("occupation"),
                Rows.instant(rs, "observed_at"),
                rs.getString("region_code"),
                rs.getString("address"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                PlaceType.valueOf(rs.getString("place_type")),
                Rows.enumSet(rs, "activities", Activity.class),
                Rows.enumSet(rs, "indications", Indication.class),
                ReportSource.valueOf(rs.getString("source")),
                rs.getString("narrative"),
                rs.getString("source_link"),
                Rows.enumValue(rs, "source_platform", SocialPlatform.class));
        return new ReportView(
                id,
                ReportStatus.valueOf(rs.getString("status")),
                data,
                regions.label(data.regionCode()).orElse(data.regionCode()),
                rs.getString("reporter_name"),
                rs.getLong("reporter_id"),
                rs.getString("reporting_agency_name"),
                Rows.nullableLong(rs, "handling_agency_id"),
                rs.getString("handling_agency_name"),
                Rows.nullableLong(rs, "subject_id"),
                rs.getString("subject_name"),
                Rows.enumValue(rs, "rejection_reason", RejectionReason.class),
                Rows.nullableLong(rs, "duplicate_of_id"),
                Rows.instant(rs, "created_at"),
                rs.getInt("version"),
                history(id),
                followUps(id),
                attachments(id));
    }

    private List<ReportView.History> history(long id) {
        return jdbc.sql(
                        """
                        select c.from_status, c.to_status, u.display_name, c.changed_at, c.note
                          from report_status_change c join app_user u on u.id = c.changed_by
                         where c.report_id = :id order by c.changed_at, c.id""")
                .param("id", id)
                .query((rs, i) -> new ReportView.History(
                        Rows.enumValue(rs, "from_status", ReportStatus.class),
                        Rows.enumValue(rs, "to_status", ReportStatus.class),
                        rs.getString("display_name"),
                        Rows.instant(rs, "changed_at"),
                        rs.getString("note")))
                .list();
    }

    private List<ReportView.FollowUp> followUps(long id) {
        return jdbc.sql(
                        """
                        select f.type, a.name, f.action_date, f.outcome, u.display_name
                          from follow_up f join agency a on a.id = f.responsible_agency_id
                          join app_user u on u.id = f.created_by
                         where f.report_id = :id order by f.action_date, f.id""")
                .param("id", id)
                .query((rs, i) -> new ReportView.FollowUp(
                        Rows.enumValue(rs, "type", FollowUpType.class),
                        rs.getString("name"),
                        Rows.localDate(rs, "action_date"),
                        rs.getString("outcome"),
                        rs.getString("display_name")))
                .list();
    }

    private List<ReportView.Attachment> attachments(long id) {
        return jdbc.sql("select id, file_name, content_type, size_bytes from report_attachment where report_id = :id"
                        + " order by id")
                .param("id", id)
                .query((rs, i) -> new ReportView.Attachment(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes")))
                .list();
    }
}
