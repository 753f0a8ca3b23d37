package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.Jurisdiction;
import id.timpora.agency.OrganisationLevel;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.Text;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.region.Region;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that writes a report: logging it, the reporter's edits while it is new, the officers' workflow and
 * follow-ups. Every method checks role and jurisdiction itself; a report outside the user's jurisdiction is "not
 * found", so guessing ids reveals nothing.
 *
 * <p>The report itself is saved through JPA (its version guards the reporter's edits); its history and follow-ups are
 * rows that are only ever added, inserted in SQL. {@link ReportSaved} is published only once the report's row is
 * flushed, so that listeners, which read it in SQL, see what was saved.
 */
@Service
public class ReportService {

    static final String TARGET = "REPORT";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ReportRepository reports;
    private final ReportScopes scopes;
    private final OrganisationQueries organisations;
    private final RegionService regions;
    private final AgencyService agencies;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            ReportRepository reports,
            ReportScopes scopes,
            OrganisationQueries organisations,
            RegionService regions,
            AgencyService agencies,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.scopes = scopes;
        this.organisations = organisations;
        this.regions = regions;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(CurrentUser user, ReportData data) {
        requireRole(user, Role.REPORTER, Role.OFFICER, Role.PARTNER);
        if (user.agencyId() == null) {
            throw new AccessDeniedException("no agency");
        }
        if (agencies.levelOf(user.agencyId()) == OrganisationLevel.DESA) {
            data = data.withSource(ReportSource.LAPORAN_DESA); // a village contact person's report (#14)
        }
        check(user, user.hasRole(Role.PARTNER) ? partnerScope(user, data) : scopes.of(user), data);
        Instant now = clock.instant();
        Report report = reports.saveAndFlush(new Report(data, user.id(), user.agencyId(), now));
        recordStatusChange(report.getId(), null, ReportStatus.BARU, user, null);
        audit.record(
                AuditAction.CREATE, TARGET, report.getId(), data.fullName().trim() + " [" + data.nationality() + "]");
        announce(report);
        events.publishEvent(new ReportSubmitted(report.getId(), report.getRegionCode(), user.id()));
        return report.getId();
    }

    /** The reporter corrects their report while it is still new. */
    @Transactional
    public void update(CurrentUser user, long id, int expectedVersion, ReportData data) {
        ReportScope scope = scopes.of(user);
        Report report = visible(scope, id);
        if (!report.editableBy(user.id())) {
            throw new AccessDeniedException("only the reporter edits, and only while new");
        }
        if (report.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        if (agencies.levelOf(user.agencyId()) == OrganisationLevel.DESA) {
            data = data.withSource(ReportSource.LAPORAN_DESA);
        }
        check(user, scope, data);
        ReportData before = report.toData();
        report.apply(data, clock.instant());
        flush(report);
        ReportData after = report.toData();
        Changes changes = new Changes()
                .field("fullName", before.fullName(), after.fullName())
                .field("nationality", before.nationality(), after.nationality())
                .field("passportNumber", before.passportNumber(), after.passportNumber())
                .field("permitType", before.permitType(), after.permitType())
                .field("permitExpiry", before.permitExpiry(), after.permitExpiry())
                .field("observedAt", before.observedAt(), after.observedAt())
                .field("region", before.regionCode(), after.regionCode())
                .field("activities", before.activities(), after.activities())
                .field("indications", before.indications(), after.indications())
                .field("narrative", before.narrative() == null ? null : "…", after.narrative() == null ? null : "…");
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
        }
        if (!Objects.equals(before.passportNumber(), after.passportNumber())
                || !Objects.equals(before.nationality(), after.nationality())) {
            announce(report);
        }
    }

    /** Moves a report along its workflow; only officers, only along the allowed transitions. */
    @Transactional
    public void changeStatus(CurrentUser user, long id, StatusChange change) {
        requireRole(user, Role.OFFICER);
        ReportScope scope = scopes.of(user);
        Report report = visible(scope, id);
        if (report.getVersion() != change.expectedVersion()) {
            throw new EditConflict();
        }
        ReportStatus from = report.getStatus();
        if (change.target() == null || !from.canMoveTo(change.target())) {
            throw InvalidInput.of("target", "report.error.transition");
        }
        Instant now = clock.instant();
        if (change.target() == ReportStatus.DITOLAK) {
            reject(scope, report, change, now);
        } else {
            report.moveTo(change.target(), now);
        }
        flush(report);
        recordStatusChange(id, from, change.target(), user, Text.blankToNull(change.note()));
        audit.record(
                AuditAction.STATUS_CHANGE,
                TARGET,
                id,
                from + " → " + change.target()
                        + (change.rejectionReason() == null ? "" : " (" + change.rejectionReason() + ")"));
        events.publishEvent(new ReportStatusChanged(id, report.getReporterId(), from, change.target(), user.id()));
    }

    @Transactional
    public void assignHandlingAgency(CurrentUser user, long id, Long agencyId) {
        requireRole(user, Role.OFFICER);
        Report report = visible(user, id);
        if (agencyId != null && !agencies.isActive(agencyId)) {
            throw InvalidInput.of("handlingAgencyId", "account.error.agency");
        }
        Long before = report.getHandlingAgencyId();
        report.assignHandlingAgency(agencyId, clock.instant());
        audit.record(
                AuditAction.UPDATE,
                TARGET,
                id,
                new Changes().field("handlingAgency", before, agencyId).toString());
    }

    /**
     * Records a follow-up. The first follow-up of a verified report also moves it on to TINDAK_LANJUT, in the same
     * transaction and with its history row: recording a deportation is following the report up, and the reporter and
     * the dashboard should see it without the officer also pressing "Ubah ke: Tindak lanjut".
     */
    @Transactional
    public long addFollowUp(CurrentUser user, long id, FollowUpData followUp) {
        requireRole(user, Role.OFFICER);
        Report report = visible(user, id);
        if (!report.getStatus().acceptsFollowUps()) {
            throw InvalidInput.of(null, "report.error.followUpStatus");
        }
        checkFollowUp(user, followUp);
        long followUpId = jdbc.sql(
                        """
                        insert into follow_up (report_id, type, responsible_agency_id, action_date, outcome, created_by)
                        values (:report, :type, :agency, :action_date, :outcome, :by) returning id""")
                .param("report", id)
                .param("type", followUp.type().name())
                .param("agency", followUp.responsibleAgencyId())
                .param("action_date", followUp.actionDate())
                .param("outcome", Text.blankToNull(followUp.outcome()))
                .param("by", user.id())
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "FOLLOW_UP", followUpId, "report " + id + ": " + followUp.type());
        events.publishEvent(new ReportFollowedUp(id, report.getReporterId(), followUpId, followUp.type(), user.id()));
        if (report.getStatus() == ReportStatus.TERVERIFIKASI) {
            report.moveTo(ReportStatus.TINDAK_LANJUT, clock.instant());
            flush(report);
            recordStatusChange(id, ReportStatus.TERVERIFIKASI, ReportStatus.TINDAK_LANJUT, user, null);
            audit.record(
                    AuditAction.STATUS_CHANGE,
                    TARGET,
                    id,
                    ReportStatus.TERVERIFIKASI + " → " + ReportStatus.TINDAK_LANJUT + " (follow-up " + followUpId
                            + ")");
            events.publishEvent(new ReportStatusChanged(
                    id, report.getReporterId(), ReportStatus.TERVERIFIKASI, ReportStatus.TINDAK_LANJUT, user.id()));
        }
        return followUpId;
    }

    /**
     * The checks {@link #addFollowUp} makes of a follow-up's content, on their own, for the form to run with its own on
     * every submit. Fields left empty are skipped (the form names them).
     */
    @Transactional(readOnly = true)
    public void validateFollowUp(CurrentUser user, FollowUpData followUp) {
        checkFollowUp(user, followUp);
    }

    private void checkFollowUp(CurrentUser user, FollowUpData followUp) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (followUp.type() == null) {
            problems.add("type", "validation.required");
        }
        if (followUp.responsibleAgencyId() == null || !agencies.isActive(followUp.responsibleAgencyId())) {
            problems.add("responsibleAgencyId", "account.error.agency");
        }
        if (followUp.actionDate() == null) {
            problems.add("actionDate", "validation.required");
        } else if (followUp.actionDate()
                .isAfter(clock.instant().atZone(user.zone()).toLocalDate())) {
            problems.add("actionDate", "report.error.futureDate");
        }
        problems.throwIfAny();
    }

    /**
     * An officer takes a verification back: the report returns from TERVERIFIKASI to DITELAAH, with the reason in its
     * history and in the audit log. Only before any follow-up (a followed-up report has moved on to TINDAK_LANJUT).
     */
    @Transactional
    public void returnToReview(CurrentUser user, long id, int expectedVersion, String reason) {
        requireRole(user, Role.OFFICER);
        Report report = visible(user, id);
        if (report.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        if (!report.getStatus().canReturnToReview()) {
            throw InvalidInput.of(null, "report.error.transition");
        }
        String why = Text.blankToNull(reason);
        if (why == null) {
            throw InvalidInput.of("reason", "report.error.returnReason");
        }
        report.moveTo(ReportStatus.DITELAAH, clock.instant());
        flush(report);
        recordStatusChange(id, ReportStatus.TERVERIFIKASI, ReportStatus.DITELAAH, user, why);
        audit.record(
                AuditAction.STATUS_CHANGE,
                TARGET,
                id,
                ReportStatus.TERVERIFIKASI + " → " + ReportStatus.DITELAAH + " (returned to review: " + why + ")");
        events.publishEvent(new ReportStatusChanged(
                id, report.getReporterId(), ReportStatus.TERVERIFIKASI, ReportStatus.DITELAAH, user.id()));
    }

    /** The report if the user may see it; otherwise "not found", whether it exists or not. */
    Report visible(CurrentUser user, long id) {
        return visible(scopes.of(user), id);
    }

    private Report visible(ReportScope scope, long id) {
        Report report = reports.findById(id).orElseThrow(NotFoundException::new);
        if (!scope.covers(report.getRegionCode())) {
            throw new NotFoundException();
        }
        return report;
    }

    /**
     * The checks a rejection's details get ({@link #changeStatus} to DITOLAK), on their own, for the form to run with
     * its own on every submit. Nothing for other steps.
     */
    @Transactional(readOnly = true)
    public void validateChange(CurrentUser user, long id, StatusChange change) {
        requireRole(user, Role.OFFICER);
        ReportScope scope = scopes.of(user);
        Report report = visible(scope, id);
        if (change.target() == ReportStatus.DITOLAK) {
            rejectionProblems(scope, report, change).throwIfAny();
        }
    }

    private void reject(ReportScope scope, Report report, StatusChange change, Instant now) {
        rejectionProblems(scope, report, change).throwIfAny();
        report.reject(
                change.rejectionReason(),
                change.rejectionReason() == RejectionReason.DUPLIKAT ? change.duplicateOfId() : null,
                now);
    }

    /** Every problem of a rejection at once: the reason, and the original of a duplicate or the note of the others. */
    private InvalidInput.Collector rejectionProblems(ReportScope scope, Report report, StatusChange change) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (change.rejectionReason() == null) {
            problems.add("rejectionReason", "report.error.rejectionReason");
        }
        if (change.rejectionReason() == RejectionReason.DUPLIKAT) {
            Long duplicateOf = change.duplicateOfId();
            boolean validOriginal = duplicateOf != null
                    && !duplicateOf.equals(report.getId())
                    && reports.findById(duplicateOf)
                            .map(original -> scope.covers(original.getRegionCode()))
                            .orElse(false);
            if (!validOriginal) {
                problems.add("duplicateOfId", "report.error.duplicateOf");
            }
        } else if (change.rejectionReason() != null
                && (change.note() == null || change.note().isBlank())) {
            problems.add("note", "report.error.rejectionNote");
        }
        return problems;
    }

    /**
     * The checks {@link #create} and {@link #update} make of a report's content, on their own: the form runs them on
     * every submit, also when its own checks failed, so one refusal names every problem. Fields left empty are
     * skipped here (the form names them).
     */
    @Transactional(readOnly = true)
    public void validate(CurrentUser user, ReportData data) {
        check(user, scopes.of(user), data);
    }

    /**
     * Where a partner (#13) may report: only their own active organisation's desa, and only as a lodging's or an
     * employer's/sponsor's notice. The report's author is the partner's account, its reporting agency the
     * organisation's registering agency (the partner account's agency); the partner still sees no report.
     */
    private ReportScope partnerScope(CurrentUser user, ReportData data) {
        Organisation organisation =
                organisations.ofPartner(user.id()).orElseThrow(() -> new AccessDeniedException("no organisation"));
        ReportSource expected = organisation.kind().lodging() ? ReportSource.APOA : ReportSource.PERUSAHAAN_SPONSOR;
        if (!organisation.active() || !organisation.kind().partner() || data.source() != expected) {
            throw new AccessDeniedException("not this organisation's notice");
        }
        return ReportScope.of(new Jurisdiction(false, Set.of(organisation.regionCode())));
    }

    private void check(CurrentUser user, ReportScope scope, ReportData data) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.nationality() == null || !COUNTRIES.contains(data.nationality())) {
            problems.add("nationality", "report.error.nationality");
        }
        Region region = data.regionCode() == null
                ? null
                : regions.find(data.regionCode()).orElse(null);
        if (region == null || region.level() != RegionLevel.DESA) {
            problems.add("regionCode", "report.error.region");
        } else if (!scope.covers(region.code())) {
            problems.add("regionCode", "report.error.outsideJurisdiction");
        }
        Instant now = clock.instant();
        if (data.observedAt() != null && data.observedAt().isAfter(now.plusSeconds(300))) {
            problems.add("observedDate", "report.error.futureDate");
        }
        if (data.birthDate() != null
                && data.birthDate().isAfter(now.atZone(user.zone()).toLocalDate())) {
            problems.add("birthDate", "report.error.futureDate");
        }
        if (data.activities() == null || data.activities().isEmpty()) {
            problems.add("activities", "report.error.activities");
        }
        if ((data.latitude() == null) != (data.longitude() == null)) {
            problems.add("latitude", "report.error.coordinates");
        }
        if (data.source() == ReportSource.LAPORAN_DESA
                && (user.agencyId() == null || agencies.levelOf(user.agencyId()) != OrganisationLevel.DESA)) {
            problems.add("source", "report.error.villageSource");
        }
        if (data.source() == ReportSource.MEDIA_SOSIAL) {
            if (data.sourcePlatform() == null) {
                problems.add("sourcePlatform", "report.error.socialPlatform");
            }
            SocialLinks.problem(data.sourceLink()).ifPresent(key -> problems.add("sourceLink", key));
        }
        problems.throwIfAny();
    }

    private void recordStatusChange(long reportId, ReportStatus from, ReportStatus to, CurrentUser user, String note) {
        jdbc.sql(
                        """
                        insert into report_status_change (report_id, from_status, to_status, changed_by, note)
                        values (:report, :from, :to, :by, :note)""")
                .param("report", reportId)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("by", user.id())
                .param("note", note)
                .update();
    }

    /** Tells the listeners (the registry) about the saved identity, once the row they will read is written. */
    private void announce(Report report) {
        reports.flush();
        events.publishEvent(new ReportSaved(report.getId(), report.getNationality(), report.getPassportNumber()));
    }

    private void flush(Report report) {
        try {
            reports.saveAndFlush(report);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflict();
        }
    }

    private static void requireRole(CurrentUser user, Role... roles) {
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException("role " + user.role() + " may not do this");
    }
}
