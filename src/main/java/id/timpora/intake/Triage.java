package id.timpora.intake;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.agency.Jurisdiction;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.Text;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportAttachments;
import id.timpora.report.ReportData;
import id.timpora.report.ReportReader;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportService;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportSubmission;
import id.timpora.report.Sex;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of public reports by the agencies whose jurisdiction covers the desa: immigration officers, and reporters of
 * a Kesbangpol. Accepting creates a normal {@code BARU} report (source <i>laporan masyarakat</i>) with the subject fields
 * the staff member fills in and the report's photos, through the report room's own submission; a duplicate points at a
 * report the staff member can see; a rejection names its reason. A public report outside the jurisdiction, or for a
 * user who may not triage, is "not found". Every decision is audited and may be taken once.
 */
@Service
public class Triage {

    /** What the staff member fills in when accepting: the subject as far as known, and a note for the sender. */
    public record Acceptance(
            String fullName,
            String nationality,
            Sex sex,
            Integer approximateAge,
            PermitType permitType,
            PlaceType placeType,
            Set<Activity> activities,
            String publicNote) {}

    private final JdbcClient jdbc;
    private final ReportScopes scopes;
    private final AgencyService agencies;
    private final ReportSubmission submission;
    private final ReportReader reports;
    private final ReportService reportService;
    private final PublicReportQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    Triage(
            JdbcClient jdbc,
            ReportScopes scopes,
            AgencyService agencies,
            ReportSubmission submission,
            ReportReader reports,
            ReportService reportService,
            PublicReportQueries queries,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.agencies = agencies;
        this.submission = submission;
        this.reports = reports;
        this.reportService = reportService;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Immigration officers, and reporters of a Kesbangpol, triage public reports. */
    public boolean mayTriage(CurrentUser user) {
        if (user.agencyId() == null) {
            return false;
        }
        if (user.hasRole(Role.OFFICER)) {
            return true;
        }
        return user.hasRole(Role.REPORTER) && agencies.typeOf(user.agencyId()) == AgencyType.KESBANGPOL;
    }

    /** The public reports the user may triage: their agency's jurisdiction, or none. */
    public ReportScope scope(CurrentUser user) {
        return mayTriage(user) ? scopes.of(user) : ReportScope.of(Jurisdiction.nothing());
    }

    @Transactional
    public PublicReportView view(CurrentUser user, long id) {
        PublicReportView view = find(scope(user), id);
        audit.record(AuditAction.VIEW, PublicIntake.TARGET, id, null);
        return view;
    }

    @Transactional(readOnly = true)
    public ReportAttachments.Download photo(CurrentUser user, long id, long photoId) {
        find(scope(user), id);
        return jdbc.sql(
                        """
                        select file_name, content_type, content from public_report_photo
                         where id = :photo and public_report_id = :report""")
                .param("photo", photoId)
                .param("report", id)
                .query((rs, i) -> new ReportAttachments.Download(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Accepts the public report: a new report is logged by the user with the subject fields given and everything the
     * public sent (place, time, address, description, photos), and the public report points at it.
     */
    @Transactional
    public long accept(CurrentUser user, long id, int expectedVersion, Acceptance acceptance) {
        PublicReportView pending = pending(user, id, expectedVersion);
        ReportData data = reportData(pending, acceptance);
        List<ReportAttachments.Upload> photos = jdbc.sql(
                        "select file_name, content from public_report_photo where public_report_id = :id order by id")
                .param("id", id)
                .query((rs, i) -> new ReportAttachments.Upload(rs.getString("file_name"), rs.getBytes("content")))
                .list();
        long reportId = submission.submit(user, data, photos);
        decide(user, id, expectedVersion, PublicReportStatus.DITERIMA, null, null, reportId, acceptance.publicNote());
        return reportId;
    }

    /** The checks {@link #accept} makes, on their own, for the form (the report room's checks of the data). */
    @Transactional(readOnly = true)
    public void validateAcceptance(CurrentUser user, long id, Acceptance acceptance) {
        PublicReportView pending = find(scope(user), id);
        noteProblems(acceptance.publicNote()).throwIfAny();
        reportService.validate(user, reportData(pending, acceptance));
    }

    @Transactional
    public void markDuplicate(CurrentUser user, long id, int expectedVersion, Long originalId, String publicNote) {
        pending(user, id, expectedVersion);
        InvalidInput.Collector problems = noteProblems(publicNote);
        boolean visible = false;
        if (originalId != null) {
            try {
                reports.view(user, originalId);
                visible = true;
            } catch (NotFoundException | AccessDeniedException e) {
                visible = false;
            }
        }
        if (!visible) {
            problems.add("duplicateOfId", "intake.error.duplicateOf");
        }
        problems.throwIfAny();
        decide(user, id, expectedVersion, PublicReportStatus.DUPLIKAT, null, originalId, null, publicNote);
    }

    @Transactional
    public void reject(CurrentUser user, long id, int expectedVersion, PublicRejection reason, String publicNote) {
        pending(user, id, expectedVersion);
        InvalidInput.Collector problems = noteProblems(publicNote);
        if (reason == null) {
            problems.add("reason", "intake.error.rejectionReason");
        }
        problems.throwIfAny();
        decide(user, id, expectedVersion, PublicReportStatus.DITOLAK, reason, null, null, publicNote);
    }

    private InvalidInput.Collector noteProblems(String publicNote) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (publicNote != null && publicNote.strip().length() > 500) {
            problems.add("publicNote", "validation.tooLong");
        }
        return problems;
    }

    private PublicReportView pending(CurrentUser user, long id, int expectedVersion) {
        if (!mayTriage(user)) {
            throw new NotFoundException();
        }
        PublicReportView view = find(scopes.of(user), id);
        if (!view.waiting() || view.version() != expectedVersion) {
            throw new EditConflict();
        }
        return view;
    }

    private void decide(
            CurrentUser user,
            long id,
            int expectedVersion,
            PublicReportStatus target,
            PublicRejection reason,
            Long duplicateOf,
            Long acceptedReport,
            String publicNote) {
        int changed = jdbc.sql(
                        """
                        update public_report
                           set status = :status, rejection_reason = :reason, duplicate_of_id = :duplicate,
                               accepted_report_id = :accepted, public_note = :note, decided_at = :now,
                               decided_by = :by, version = version + 1
                         where id = :id and version = :version and status = 'MENUNGGU'""")
                .param("status", target.name())
                .param("reason", reason == null ? null : reason.name())
                .param("duplicate", duplicateOf)
                .param("accepted", acceptedReport)
                .param("note", Text.blankToNull(publicNote == null ? null : publicNote.strip()))
                .param("now", Timestamp.from(clock.instant()))
                .param("by", user.id())
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed != 1) {
            throw new EditConflict();
        }
        audit.record(
                AuditAction.STATUS_CHANGE,
                PublicIntake.TARGET,
                id,
                PublicReportStatus.MENUNGGU + " → " + target
                        + (reason == null ? "" : " (" + reason + ")")
                        + (duplicateOf == null ? "" : " (duplicate of report " + duplicateOf + ")")
                        + (acceptedReport == null ? "" : " (report " + acceptedReport + ")"));
    }

    private static ReportData reportData(PublicReportView pending, Acceptance acceptance) {
        StringBuilder narrative = new StringBuilder("Laporan masyarakat #")
                .append(pending.id())
                .append(" (")
                .append(pending.peopleCount())
                .append(" orang):\n")
                .append(pending.description());
        if (!pending.anonymous()) {
            narrative
                    .append("\n\nPelapor: ")
                    .append(pending.reporterName() == null ? "-" : pending.reporterName())
                    .append(", telp. ")
                    .append(pending.reporterPhone() == null ? "-" : pending.reporterPhone());
        }
        Set<Activity> activities =
                acceptance.activities() == null || acceptance.activities().isEmpty()
                        ? EnumSet.noneOf(Activity.class)
                        : EnumSet.copyOf(acceptance.activities());
        return new ReportData(
                acceptance.fullName() == null ? null : acceptance.fullName().strip(),
                acceptance.nationality(),
                acceptance.sex() == null ? Sex.TIDAK_DIKETAHUI : acceptance.sex(),
                null,
                acceptance.approximateAge(),
                null,
                acceptance.permitType() == null ? PermitType.TIDAK_DIKETAHUI : acceptance.permitType(),
                null,
                null,
                null,
                null,
                pending.observedAt(),
                pending.regionCode(),
                pending.address(),
                pending.latitude(),
                pending.longitude(),
                acceptance.placeType(),
                activities,
                Set.of(),
                ReportSource.LAPORAN_MASYARAKAT,
                narrative.toString());
    }

    private PublicReportView find(ReportScope scope, long id) {
        SqlRow row = jdbc.sql(
                        """
                        select p.id, p.status, p.description, p.people_count, p.nationality, p.activity, p.observed_at,
                               p.region_code, p.address, p.reporter_name, p.reporter_phone, p.received_at,
                               p.decided_at, u.display_name as decided_by_name, p.rejection_reason,
                               p.duplicate_of_id, p.accepted_report_id, p.public_note, p.version, p.latitude, p.longitude
                          from public_report p
                          left join app_user u on u.id = p.decided_by
                         where p.id = :id""")
                .param("id", id)
                .query((rs, i) -> new SqlRow(
                        rs.getLong("id"),
                        PublicReportStatus.valueOf(rs.getString("status")),
                        rs.getString("description"),
                        rs.getInt("people_count"),
                        rs.getString("nationality"),
                        rs.getString("activity") == null ? null : Activity.valueOf(rs.getString("activity")),
                        rs.getTimestamp("observed_at").toInstant(),
                        rs.getString("region_code"),
                        rs.getString("address"),
                        rs.getString("reporter_name"),
                        rs.getString("reporter_phone"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decided_by_name"),
                        rs.getString("rejection_reason") == null
                                ? null
                                : PublicRejection.valueOf(rs.getString("rejection_reason")),
                        (Long) rs.getObject("duplicate_of_id"),
                        (Long) rs.getObject("accepted_report_id"),
                        rs.getString("public_note"),
                        rs.getInt("version"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude")))
                .optional()
                .orElseThrow(NotFoundException::new);
        if (!scope.covers(row.regionCode())) {
            throw new NotFoundException();
        }
        List<PublicReportView.PhotoInfo> photos = jdbc.sql(
                        """
                        select id, file_name, size_bytes from public_report_photo
                         where public_report_id = :id order by id""")
                .param("id", id)
                .query((rs, i) -> new PublicReportView.PhotoInfo(
                        rs.getLong("id"), rs.getString("file_name"), rs.getInt("size_bytes")))
                .list();
        String label = queries.labels(List.of(row.regionCode())).get(row.regionCode());
        return new PublicReportView(
                row.id(),
                row.status(),
                row.description(),
                row.peopleCount(),
                row.nationality(),
                row.activity(),
                row.observedAt(),
                row.regionCode(),
                label,
                row.address(),
                row.reporterName(),
                row.reporterPhone(),
                row.receivedAt(),
                row.decidedAt(),
                row.decidedByName(),
                row.rejectionReason(),
                row.duplicateOfId(),
                row.acceptedReportId(),
                row.publicNote(),
                row.version(),
                photos,
                row.latitude(),
                row.longitude());
    }

    private record SqlRow(
            long id,
            PublicReportStatus status,
            String description,
            int peopleCount,
            String nationality,
            Activity activity,
            Instant observedAt,
            String regionCode,
            String address,
            String reporterName,
            String reporterPhone,
            Instant receivedAt,
            Instant decidedAt,
            String decidedByName,
            PublicRejection rejectionReason,
            Long duplicateOfId,
            Long acceptedReportId,
            String publicNote,
            int version,
            java.math.BigDecimal latitude,
            java.math.BigDecimal longitude) {}
}
