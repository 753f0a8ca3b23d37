package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.region.RegionService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one report for its detail page: the report with its names in one query, then its three small child lists by
 * their indexed report id. The jurisdiction condition is part of the first query, so a report outside it is "not
 * found".
 */
@Service
public class ReportReader {

    private final JdbcTemplate jdbc;
    private final ReportScopes scopes;
    private final RegionService regions;

    ReportReader(JdbcTemplate jdbc, ReportScopes scopes, RegionService regions) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public ReportView view(CurrentUser user, long id) {
        ReportScope scope = scopes.of(user);
        List<ReportView> found = jdbc.query(
                """
                select r.*, u.display_name as reporter_name, ra.name as reporting_agency_name,
                       ha.name as handling_agency_name, s.full_name as subject_name
                  from report r
                  join app_user u on u.id = r.reporter_id
                  join agency ra on ra.id = r.reporting_agency_id
                  left join agency ha on ha.id = r.handling_agency_id
                  left join subject s on s.id = r.subject_id
                 where """
                        + scope.condition("r")
                        + " and r.id = ?",
                (rs, i) -> map(rs),
                scope.with(id));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    private ReportView map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        ReportData data = new ReportData(
                rs.getString("full_name"),
                rs.getString("nationality"),
                Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", java.time.LocalDate.class),
                (Integer) rs.getObject("approximate_age", Integer.class),
                rs.getString("passport_number"),
                PermitType.valueOf(rs.getString("permit_type")),
                rs.getString("permit_number"),
                rs.getObject("permit_expiry", java.time.LocalDate.class),
                rs.getString("sponsor"),
                rs.getString("occupation"),
                rs.getTimestamp("observed_at").toInstant(),
                rs.getString("region_code"),
                rs.getString("address"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                PlaceType.valueOf(rs.getString("place_type")),
                enumSet(Activity.class, rs.getArray("activities")),
                enumSet(Indication.class, rs.getArray("indications")),
                ReportSource.valueOf(rs.getString("source")),
                rs.getString("narrative"));
        String rejection = rs.getString("rejection_reason");
        return new ReportView(
                id,
                ReportStatus.valueOf(rs.getString("status")),
                data,
                regions.label(data.regionCode()).orElse(data.regionCode()),
                rs.getString("reporter_name"),
                rs.getLong("reporter_id"),
                rs.getString("reporting_agency_name"),
                (Long) rs.getObject("handling_agency_id", Long.class),
                rs.getString("handling_agency_name"),
                (Long) rs.getObject("subject_id", Long.class),
                rs.getString("subject_name"),
                rejection == null ? null : RejectionReason.valueOf(rejection),
                (Long) rs.getObject("duplicate_of_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"),
                history(id),
                followUps(id),
                attachments(id));
    }

    private List<ReportView.History> history(long id) {
        return jdbc.query(
                """
                select c.from_status, c.to_status, u.display_name, c.changed_at, c.note
                  from report_status_change c join app_user u on u.id = c.changed_by
                 where c.report_id = ? order by c.changed_at, c.id""",
                (rs, i) -> new ReportView.History(
                        rs.getString(1) == null ? null : ReportStatus.valueOf(rs.getString(1)),
                        ReportStatus.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)),
                id);
    }

    private List<ReportView.FollowUp> followUps(long id) {
        return jdbc.query(
                """
                select f.type, a.name, f.action_date, f.outcome, u.display_name
                  from follow_up f join agency a on a.id = f.responsible_agency_id
                  join app_user u on u.id = f.created_by
                 where f.report_id = ? order by f.action_date, f.id""",
                (rs, i) -> new ReportView.FollowUp(
                        FollowUpType.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4),
                        rs.getString(5)),
                id);
    }

    private List<ReportView.Attachment> attachments(long id) {
        return jdbc.query(
                "select id, file_name, content_type, size_bytes from report_attachment where report_id = ? order by id",
                (rs, i) -> new ReportView.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                id);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, java.sql.Array array) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray())
                .map(name -> Enum.valueOf(type, name))
                .forEach(values::add);
        return values;
    }
}
