package id.timpora.subject;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.Jurisdiction;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportSubjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one subject per person across reports: links reports by passport as they are saved, and carries out the
 * officers' decisions (link, unlink, new subject, merge). The subject table is written with SQL only; which subject a
 * report belongs to is written by the report feature ({@link ReportSubjects}), at this registry's request.
 *
 * <p>Invariants: a subject has at least one report (one left without is deleted), and its latest permit and last
 * sighting are recomputed from its reports whenever they change, under a row lock on the subject so that two
 * transactions adding sightings at once cannot leave a stale summary.
 */
@Service
public class SubjectRegistry {

    /** Audit target types. */
    public static final String SUBJECT = "SUBJECT";

    public static final String REPORT = "REPORT";

    /** The subject's own summary comes from all its reports, wherever they were made. */
    private static final ReportScope ALL_REPORTS = ReportScope.of(Jurisdiction.everything());

    private final JdbcClient jdbc;
    private final ReportScopes reportScopes;
    private final ReportSubjects reportSubjects;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SubjectRegistry(
            JdbcClient jdbc,
            ReportScopes reportScopes,
            ReportSubjects reportSubjects,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.reportScopes = reportScopes;
        this.reportSubjects = reportSubjects;
        this.audit = audit;
    }

    /**
     * Links a just-saved report to the subject with its nationality and passport, creating that subject from the
     * report if there is none yet. Runs inside the report's own transaction, which has written the report's row
     * ({@link id.timpora.report.ReportSaved}). A report without a passport keeps whatever link it has (an officer may
     * have made it); its subject's summary is refreshed all the same.
     */
    @Transactional
    public void linkByPassport(long reportId) {
        Map<String, Object> report = jdbc.sql(
                        "select nationality, passport_number, subject_id from report where id = :id")
                .param("id", reportId)
                .query()
                .singleRow();
        Long previous = (Long) report.get("subject_id");
        String passport = (String) report.get("passport_number");
        if (passport == null) {
            if (previous != null) {
                lock(List.of(previous));
                refreshSummary(previous);
            }
            return;
        }
        // A further passport of a person (subject_passport) leads to that person; the lock keeps an officer from
        // giving the passport to a person while a report of it makes a new one.
        String nationality = (String) report.get("nationality");
        lockPassport(nationality, passport);
        Long further = furtherPassportHolder(nationality, passport);
        // Two reports of a new passport saved at once: the second insert waits for the first transaction and then
        // does nothing, and the select (a new statement) sees the row the first one committed.
        List<Long> created = further != null ? List.of() : subjectFrom(reportId);
        long subjectId = further != null
                ? further
                : created.isEmpty()
                        ? jdbc.sql(
                                        "select id from subject where nationality = :nationality and passport_number = :passport")
                                .param("nationality", report.get("nationality"))
                                .param("passport", passport)
                                .query(Long.class)
                                .single()
                        : created.get(0);
        lock(previous == null ? List.of(subjectId) : List.of(subjectId, previous));
        if (!Objects.equals(previous, subjectId)) {
            reportSubjects.link(reportId, subjectId);
            audit.record(
                    AuditAction.LINK,
                    REPORT,
                    reportId,
                    "automatic by passport: subject " + subjectId + (created.isEmpty() ? "" : " (new)"));
        }
        refreshSummary(subjectId);
        if (previous != null && previous != subjectId) {
            removeIfUnusedElseRefresh(previous);
        }
    }

    /** An officer links a report to a subject (moving it from its current one, if any). */
    @Transactional
    public void link(long reportId, long subjectId, CurrentUser officer) {
        ReportScope scope = officerScope(officer);
        Long previous = lockedReportSubject(reportId, scope);
        requireVisible(subjectId, scope);
        if (Objects.equals(previous, subjectId)) {
            return;
        }
        lock(previous == null ? List.of(subjectId) : List.of(subjectId, previous));
        reportSubjects.link(reportId, subjectId);
        refreshSummary(subjectId);
        if (previous != null) {
            removeIfUnusedElseRefresh(previous);
        }
        audit.record(
                AuditAction.LINK,
                REPORT,
                reportId,
                "subject " + subjectId + (previous == null ? "" : " (was subject " + previous + ")"));
    }

    /** An officer takes a report away from its subject; a subject left without reports is deleted. */
    @Transactional
    public void unlink(long reportId, CurrentUser officer) {
        ReportScope scope = officerScope(officer);
        Long previous = lockedReportSubject(reportId, scope);
        if (previous == null) {
            return;
        }
        lock(List.of(previous));
        reportSubjects.unlink(reportId);
        boolean removed = removeIfUnusedElseRefresh(previous);
        audit.record(
                AuditAction.UNLINK,
                REPORT,
                reportId,
                "subject " + previous + (removed ? " (deleted: no reports left)" : ""));
    }

    /**
     * An officer makes an unlinked report the first sighting of a new subject. Refused when the report is linked, or
     * when its passport already belongs to a subject (link to that one instead).
     */
    @Transactional
    public long createFromReport(long reportId, CurrentUser officer) {
        ReportScope scope = officerScope(officer);
        if (lockedReportSubject(reportId, scope) != null) {
            throw InvalidInput.of(null, "subject.error.alreadyLinked");
        }
        List<Long> created = subjectFrom(reportId);
        if (created.isEmpty()) {
            throw InvalidInput.of(null, "subject.error.passportTaken");
        }
        long subjectId = created.get(0);
        reportSubjects.link(reportId, subjectId);
        refreshSummary(subjectId);
        audit.record(AuditAction.CREATE, SUBJECT, subjectId, "from report " + reportId);
        return subjectId;
    }

    /**
     * An officer merges subject {@code otherId} into {@code keptId}: every report of the other moves over (also those
     * outside the officer's jurisdiction: they are one person), the kept subject takes the other's passport (as its own
     * if it has none, else as a further passport: a renewal) and its further passports, and the other is deleted. Both
     * must be visible to the officer and of the same nationality. What moved is kept ({@code subject_merge}) so that
     * {@link SubjectMatching#undoMerge} can put it back, and the pair is judged the same person.
     */
    @Transactional
    public void merge(long keptId, long otherId, CurrentUser officer) {
        ReportScope scope = officerScope(officer);
        if (keptId == otherId) {
            throw InvalidInput.of("otherId", "subject.error.mergeSelf");
        }
        requireVisible(keptId, scope);
        if (!visible(otherId, scope)) {
            // The same answer for a subject that does not exist and one seen only elsewhere.
            throw InvalidInput.of("otherId", "subject.error.mergeUnknown");
        }
        lock(List.of(keptId, otherId));
        Map<String, Object> kept = identity(keptId);
        Map<String, Object> other = identity(otherId);
        if (!kept.get("nationality").equals(other.get("nationality"))) {
            throw InvalidInput.of("otherId", "subject.error.mergeNationality");
        }
        String keptBefore = rowAsJson(keptId);
        String absorbed = rowAsJson(otherId);
        String otherPassport = (String) other.get("passport_number");
        LocalDate otherPassportSeen = otherPassport == null
                ? null
                : jdbc.sql(
                                """
                                select min((observed_at at time zone 'Asia/Jakarta')::date) from report
                                 where subject_id = :subject and passport_number = :passport""")
                        .param("subject", otherId)
                        .param("passport", otherPassport)
                        .query(LocalDate.class)
                        .optional()
                        .orElse(null);
        List<Long> moved = reportSubjects.moveAll(otherId, keptId);
        List<Long> movedPassports = jdbc.sql(
                        "update subject_passport set subject_id = :kept where subject_id = :other returning id")
                .param("kept", keptId)
                .param("other", otherId)
                .query(Long.class)
                .list();
        moveRoster(otherId, keptId);
        // rooms that keep people (the foreign-organisations register) move theirs before the absorbed row goes
        events.publishEvent(new SubjectsMerged(keptId, otherId));
        jdbc.sql("delete from subject where id = :id").param("id", otherId).update();
        Long createdPassport = null;
        if (kept.get("passport_number") == null && otherPassport != null) {
            jdbc.sql("update subject set passport_number = :passport where id = :id")
                    .param("passport", otherPassport)
                    .param("id", keptId)
                    .update();
        } else if (otherPassport != null) {
            // Two passports of one person: the other's stays with the kept subject as a further passport.
            createdPassport = jdbc.sql(
                            """
                            insert into subject_passport (subject_id, nationality, passport_number, seen_on, added_by)
                            values (:subject, :nationality, :passport, :seen, :officer) returning id""")
                    .param("subject", keptId)
                    .param("nationality", other.get("nationality"))
                    .param("passport", otherPassport)
                    .param("seen", otherPassportSeen)
                    .param("officer", officer.id())
                    .query(Long.class)
                    .single();
        }
        jdbc.sql(
                        """
                        insert into subject_merge (kept_subject_id, absorbed_subject_id, absorbed, kept_before,
                                                   moved_reports, moved_passports, created_passport_id, merged_by,
                                                   agency_id)
                        values (:kept, :other, cast(:absorbed as jsonb), cast(:keptBefore as jsonb), :moved,
                                :movedPassports, :createdPassport, :officer, :agency)""")
                .param("kept", keptId)
                .param("other", otherId)
                .param("absorbed", absorbed)
                .param("keptBefore", keptBefore)
                .param("moved", moved.toArray(Long[]::new))
                .param("movedPassports", movedPassports.toArray(Long[]::new))
                .param("createdPassport", createdPassport)
                .param("officer", officer.id())
                .param("agency", officer.agencyId())
                .update();
        judge(keptId, otherId, Verdict.SAMA, null, officer);
        refreshSummary(keptId);
        audit.record(
                AuditAction.MERGE,
                SUBJECT,
                keptId,
                "subject " + otherId + " merged into subject " + keptId + ": " + moved.size() + " reports moved");
    }

    /** Keeps an officer's judgement on a pair, replacing an earlier one of the same pair. */
    void judge(long oneId, long otherId, Verdict verdict, String note, CurrentUser officer) {
        jdbc.sql(
                        """
                        insert into subject_judgement (low_subject_id, high_subject_id, verdict, judged_by, agency_id,
                                                       note)
                        values (:low, :high, :verdict, :officer, :agency, :note)
                        on conflict (low_subject_id, high_subject_id) do update
                           set verdict = excluded.verdict, judged_by = excluded.judged_by,
                               agency_id = excluded.agency_id, judged_at = now(), note = excluded.note""")
                .param("low", Math.min(oneId, otherId))
                .param("high", Math.max(oneId, otherId))
                .param("verdict", verdict.name())
                .param("officer", officer.id())
                .param("agency", officer.agencyId())
                .param("note", note)
                .update();
    }

    /**
     * The permit roster's rows (#15) of an absorbed person: their permit history joins the kept person's, and their
     * residence replaces the kept person's when it is the more recent one. (Undoing the merge does not move them back;
     * the office's next roster puts the person's own residence back.)
     */
    private void moveRoster(long otherId, long keptId) {
        jdbc.sql(
                        """
                        insert into subject_permit (subject_id, permit_type, permit_number, permit_issued, permit_expiry,
                               source_upload_id, first_seen_at, last_seen_at)
                        select :kept, permit_type, permit_number, permit_issued, permit_expiry, source_upload_id,
                               first_seen_at, last_seen_at
                          from subject_permit where subject_id = :other
                        on conflict (subject_id, permit_type, permit_number, permit_expiry) do nothing""")
                .param("kept", keptId)
                .param("other", otherId)
                .update();
        jdbc.sql(
                        """
                        delete from subject_residence k where k.subject_id = :kept
                           and exists (select 1 from subject_residence o
                                        where o.subject_id = :other and o.updated_at > k.updated_at)""")
                .param("kept", keptId)
                .param("other", otherId)
                .update();
        jdbc.sql(
                        """
                        update subject_residence set subject_id = :kept where subject_id = :other
                           and not exists (select 1 from subject_residence k where k.subject_id = :kept)""")
                .param("kept", keptId)
                .param("other", otherId)
                .update();
    }

    /** The subject's own row, as JSON: what a merge keeps to undo it. */
    private String rowAsJson(long subjectId) {
        return jdbc.sql("select to_jsonb(s)::text from subject s where s.id = :id")
                .param("id", subjectId)
                .query(String.class)
                .single();
    }

    /**
     * Serialises everything that gives a passport to a person (a report of a new passport, an officer adding a
     * further passport), for as long as the transaction lasts.
     */
    void lockPassport(String nationality, String passport) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))::text")
                .param("key", "subject-passport:" + nationality + ":" + passport)
                .query(String.class)
                .list();
    }

    /** The subject that holds this passport as a further passport, if any. */
    Long furtherPassportHolder(String nationality, String passport) {
        return jdbc.sql(
                        "select subject_id from subject_passport where nationality = :nationality and passport_number = :passport")
                .param("nationality", nationality)
                .param("passport", passport)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    ReportScope officerScope(CurrentUser user) {
        // The controllers allow officers only; this keeps the rule where the change is made.
        if (user.role() != Role.OFFICER) {
            throw new AccessDeniedException("officers only");
        }
        return reportScopes.of(user);
    }

    /** The report's subject id (or null), with the report locked; 404 for a report outside the jurisdiction. */
    private Long lockedReportSubject(long reportId, ReportScope scope) {
        List<Map<String, Object>> rows = SqlFragment.of("select r.subject_id from report r where ")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(" and r.id = :id for update", "id", reportId))
                .on(jdbc)
                .query()
                .listOfRows();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return (Long) rows.get(0).get("subject_id");
    }

    void requireVisible(long subjectId, ReportScope scope) {
        if (!visible(subjectId, scope)) {
            throw new NotFoundException();
        }
    }

    boolean visible(long subjectId, ReportScope scope) {
        return SqlFragment.of("select exists (select 1 from report r where ")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(" and r.subject_id = :subject)", "subject", subjectId))
                .on(jdbc)
                .query(Boolean.class)
                .single();
    }

    Map<String, Object> identity(long subjectId) {
        return jdbc.sql("select nationality, passport_number from subject where id = :id")
                .param("id", subjectId)
                .query()
                .singleRow();
    }

    /** Row locks on subjects, always in id order so that two merges of the same pair cannot deadlock. */
    void lock(List<Long> subjectIds) {
        jdbc.sql("select id from subject where id = any(:ids) order by id for update")
                .param("ids", subjectIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    /**
     * A new subject with the report's identity: its id, or none when a subject already has that nationality and
     * passport.
     */
    private List<Long> subjectFrom(long reportId) {
        return jdbc.sql(
                        """
                        insert into subject (full_name, nationality, sex, birth_date, passport_number)
                        select full_name, nationality, sex, birth_date, passport_number from report r where r.id = :report
                           and not exists (select 1 from subject_passport p
                                            where p.nationality = r.nationality and p.passport_number = r.passport_number)
                        on conflict (nationality, passport_number) where passport_number is not null do nothing
                        returning id""")
                .param("report", reportId)
                .query(Long.class)
                .list();
    }

    /** Returns whether the subject was deleted for having no reports left. */
    private boolean removeIfUnusedElseRefresh(long subjectId) {
        int deleted = jdbc.sql("delete from subject s where s.id = :id"
                        + " and not exists (select 1 from report r where r.subject_id = s.id)"
                        // a person of the permit roster stays without reports
                        + " and not exists (select 1 from subject_residence res where res.subject_id = s.id)")
                .param("id", subjectId)
                .update();
        if (deleted == 0) {
            refreshSummary(subjectId);
        }
        return deleted > 0;
    }

    /**
     * The latest known permit comes from the most recent sighting that says anything about a permit (its number, if
     * that sighting lacks one, from the latest sighting of the same permit), the last sighting from the most recent
     * one of all; gaps in the identity (birth date, sex) are filled from the reports.
     */
    void refreshSummary(long subjectId) {
        Map<String, Object> permit =
                SubjectQueries.latestPermit(":subject", ALL_REPORTS)
                        .with("subject", subjectId)
                        .on(jdbc)
                        .query()
                        .listOfRows()
                        .stream()
                        .findFirst()
                        .orElse(Map.of());
        jdbc.sql(
                        """
                        update subject s set
                            last_seen_at = (select max(r.observed_at) from report r where r.subject_id = s.id),
                            permit_type = :permit_type,
                            permit_number = :permit_number,
                            permit_expiry = :permit_expiry,
                            birth_date = coalesce(s.birth_date, (
                                select r.birth_date from report r where r.subject_id = s.id and r.birth_date is not null
                                 order by r.observed_at desc, r.id desc limit 1)),
                            sex = case when s.sex <> 'TIDAK_DIKETAHUI' then s.sex else coalesce((
                                select r.sex from report r where r.subject_id = s.id and r.sex <> 'TIDAK_DIKETAHUI'
                                 order by r.observed_at desc, r.id desc limit 1), s.sex) end,
                            updated_at = now(),
                            version = s.version + 1
                        where s.id = :subject""")
                .param("permit_type", permit.get("permit_type"))
                .param("permit_number", permit.get("permit_number"))
                .param("permit_expiry", permit.get("permit_expiry"))
                .param("subject", subjectId)
                .update();
    }
}
