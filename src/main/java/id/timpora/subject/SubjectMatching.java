package id.timpora.subject;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.ReportData;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportSubjects;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Better person matching (issue #15): an officer judges a suggested pair not the same person (never suggested again),
 * undoes a merge exactly, and links a further passport to a person. Works with {@link SubjectRegistry}'s locks, scope
 * and summaries; a merge itself (the pair judged the same person) is {@link SubjectRegistry#merge}.
 */
@Service
public class SubjectMatching {

    static final int NOTE_LENGTH = 500;
    static final int PASSPORT_LENGTH = 30;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final ZoneId SIGHTING_DAY_ZONE = Overstay.SIGHTING_DAY_ZONE;

    private final JdbcClient jdbc;
    private final SubjectRegistry registry;
    private final ReportSubjects reportSubjects;
    private final AuditLog audit;

    SubjectMatching(JdbcClient jdbc, SubjectRegistry registry, ReportSubjects reportSubjects, AuditLog audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.reportSubjects = reportSubjects;
        this.audit = audit;
    }

    /**
     * An officer judges two persons, both visible to them, not the same person: the pair is kept apart and never
     * suggested again, to anyone. A person outside the officer's jurisdiction answers 404.
     */
    @Transactional
    public void keepApart(long subjectId, long otherId, String note, CurrentUser officer) {
        ReportScope scope = registry.officerScope(officer);
        registry.requireVisible(subjectId, scope);
        registry.requireVisible(otherId, scope);
        if (subjectId == otherId) {
            throw InvalidInput.of("otherId", "subject.error.mergeSelf");
        }
        String cleanNote = note(note);
        registry.lock(List.of(subjectId, otherId));
        registry.judge(subjectId, otherId, Verdict.BUKAN_SAMA, cleanNote, officer);
        for (long id : new long[] {subjectId, otherId}) {
            audit.record(
                    AuditAction.JUDGE,
                    SubjectRegistry.SUBJECT,
                    id,
                    "subjects " + Math.min(subjectId, otherId) + " and " + Math.max(subjectId, otherId)
                            + ": not the same person");
        }
    }

    /**
     * An officer undoes merge {@code mergeId} into subject {@code keptId}: the absorbed person comes back with its id
     * and fields, the reports and passports that moved go back (and so do reports that joined the kept person since by
     * one of the passports going back), the kept person's own fields are those it had before. Refused, saying why, when
     * a later change makes that impossible. The pair is judged not the same person unless {@code keepApart} is false.
     * The officer must see the kept person and one of the moved reports (404 otherwise).
     */
    @Transactional
    public long undoMerge(long keptId, long mergeId, boolean keepApart, String note, CurrentUser officer) {
        ReportScope scope = registry.officerScope(officer);
        registry.requireVisible(keptId, scope);
        Map<String, Object> merge = jdbc
                .sql(
                        """
                        select m.absorbed_subject_id, m.absorbed::text as absorbed, m.kept_before::text as kept_before,
                               m.moved_reports, m.moved_passports, m.created_passport_id, m.undone_at,
                               m.absorbed ->> 'passport_number' as absorbed_passport,
                               m.absorbed ->> 'nationality' as absorbed_nationality,
                               m.kept_before ->> 'passport_number' as kept_passport_before
                          from subject_merge m
                         where m.id = :id and m.kept_subject_id = :kept
                           for update""")
                .param("id", mergeId)
                .param("kept", keptId)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        List<Long> movedReports = longs(merge.get("moved_reports"));
        List<Long> movedPassports = longs(merge.get("moved_passports"));
        boolean seesMovedReport = SqlFragment.of("select exists (select 1 from report r where ")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(" and r.id = any(:ids))", "ids", movedReports.toArray(Long[]::new)))
                .on(jdbc)
                .query(Boolean.class)
                .single();
        if (!seesMovedReport) {
            throw new NotFoundException();
        }
        if (merge.get("undone_at") != null) {
            throw InvalidInput.of(null, "subject.error.undoDone");
        }
        long absorbedId = ((Number) merge.get("absorbed_subject_id")).longValue();
        registry.lock(List.of(keptId));
        refuseIfChanged(keptId, absorbedId, merge, movedReports, movedPassports);

        // Put back the kept person's own fields, then the absorbed person, its passports and its reports.
        Long createdPassport = nullableLong(merge.get("created_passport_id"));
        if (createdPassport != null) {
            jdbc.sql("delete from subject_passport where id = :id")
                    .param("id", createdPassport)
                    .update();
        }
        jdbc.sql(
                        """
                        update subject s set passport_number = b.passport_number, sex = b.sex,
                               birth_date = b.birth_date, full_name = b.full_name
                          from jsonb_populate_record(null::subject, cast(:before as jsonb)) b
                         where s.id = :kept""")
                .param("before", merge.get("kept_before"))
                .param("kept", keptId)
                .update();
        jdbc.sql(
                        """
                        insert into subject overriding system value
                        select * from jsonb_populate_record(null::subject, cast(:absorbed as jsonb))""")
                .param("absorbed", merge.get("absorbed"))
                .update();
        if (!movedPassports.isEmpty()) {
            jdbc.sql("update subject_passport set subject_id = :absorbed where id = any(:ids)")
                    .param("absorbed", absorbedId)
                    .param("ids", movedPassports.toArray(Long[]::new))
                    .update();
        }
        List<Long> joinedSince = joinedSinceByPassport(keptId, absorbedId, movedReports);
        List<Long> back = new ArrayList<>(movedReports);
        back.addAll(joinedSince);
        int movedBack = reportSubjects.moveSome(back, keptId, absorbedId);
        jdbc.sql("update subject_merge set undone_by = :officer, undone_at = now() where id = :id")
                .param("officer", officer.id())
                .param("id", mergeId)
                .update();
        if (keepApart) {
            registry.judge(keptId, absorbedId, Verdict.BUKAN_SAMA, note(note), officer);
        } else {
            jdbc.sql("delete from subject_judgement where low_subject_id = :low and high_subject_id = :high")
                    .param("low", Math.min(keptId, absorbedId))
                    .param("high", Math.max(keptId, absorbedId))
                    .update();
        }
        registry.refreshSummary(keptId);
        if (!joinedSince.isEmpty()) {
            registry.refreshSummary(absorbedId);
        }
        audit.record(
                AuditAction.UNMERGE,
                SubjectRegistry.SUBJECT,
                keptId,
                "merge " + mergeId + " undone: subject " + absorbedId + " restored, " + movedBack
                        + " reports moved back" + (keepApart ? "; not the same person" : ""));
        audit.record(AuditAction.UNMERGE, SubjectRegistry.SUBJECT, absorbedId, "restored from subject " + keptId);
        return absorbedId;
    }

    /** Refuses an undo that later changes make impossible, naming the change. */
    private void refuseIfChanged(
            long keptId,
            long absorbedId,
            Map<String, Object> merge,
            List<Long> movedReports,
            List<Long> movedPassports) {
        Boolean back = jdbc.sql("select exists (select 1 from subject where id = :id)")
                .param("id", absorbedId)
                .query(Boolean.class)
                .single();
        if (back) {
            throw InvalidInput.of(null, "subject.error.undoAbsorbedExists", absorbedId);
        }
        List<Long> movedSince = jdbc.sql(
                        """
                        select m.id from unnest(cast(:ids as bigint[])) as m(id)
                          left join report r on r.id = m.id
                         where r.subject_id is distinct from :kept order by m.id limit 1""")
                .param("ids", movedReports.toArray(Long[]::new))
                .param("kept", keptId)
                .query(Long.class)
                .list();
        if (!movedSince.isEmpty()) {
            throw InvalidInput.of(null, "subject.error.undoReportMoved", movedSince.get(0));
        }
        List<Long> passports = new ArrayList<>(movedPassports);
        Long created = nullableLong(merge.get("created_passport_id"));
        if (created != null) {
            passports.add(created);
        }
        int stillHere = passports.isEmpty()
                ? 0
                : jdbc.sql("select count(*) from subject_passport where id = any(:ids) and subject_id = :kept")
                        .param("ids", passports.toArray(Long[]::new))
                        .param("kept", keptId)
                        .query(Integer.class)
                        .single();
        if (stillHere != passports.size()) {
            throw InvalidInput.of(null, "subject.error.undoPassportMoved");
        }
        if (merge.get("kept_passport_before") == null && merge.get("absorbed_passport") != null) {
            String now = jdbc.sql("select passport_number from subject where id = :id")
                    .param("id", keptId)
                    .query(String.class)
                    .single();
            if (!Objects.equals(now, merge.get("absorbed_passport"))) {
                throw InvalidInput.of(null, "subject.error.undoPassportMoved");
            }
        }
    }

    /**
     * Reports that joined the kept person after the merge by a passport that goes back to the absorbed one (its own
     * passport, its further passports): they follow their passport.
     */
    private List<Long> joinedSinceByPassport(long keptId, long absorbedId, List<Long> movedReports) {
        return jdbc.sql(
                        """
                        select r.id from report r
                          join (select s.nationality, s.passport_number from subject s
                                 where s.id = :absorbed and s.passport_number is not null
                                union all
                                select p.nationality, p.passport_number from subject_passport p
                                 where p.subject_id = :absorbed) passport
                            on passport.nationality = r.nationality and passport.passport_number = r.passport_number
                         where r.subject_id = :kept and r.id <> all(:moved)""")
                .param("absorbed", absorbedId)
                .param("kept", keptId)
                .param("moved", movedReports.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    /**
     * An officer links a further passport (a renewal) to a person they can see: reports with it join the person from
     * then on. Refused, beside the field, for an empty or overlong number, an unknown nationality, a day to come, and
     * a passport that is already this person's or another person's.
     */
    @Transactional
    public long addPassport(long subjectId, PassportData data, CurrentUser officer) {
        ReportScope scope = registry.officerScope(officer);
        registry.requireVisible(subjectId, scope);
        checkPassport(data);
        String nationality = data.nationality().trim().toUpperCase(Locale.ROOT);
        String passport = ReportData.normalisePassport(data.passportNumber());
        registry.lockPassport(nationality, passport);
        registry.lock(List.of(subjectId));
        List<Long> holders = jdbc.sql(
                        """
                        select id from subject where nationality = :nationality and passport_number = :passport
                        union all
                        select subject_id from subject_passport
                         where nationality = :nationality and passport_number = :passport""")
                .param("nationality", nationality)
                .param("passport", passport)
                .query(Long.class)
                .list();
        if (holders.contains(subjectId)) {
            throw InvalidInput.of("passportNumber", "subject.passport.error.own");
        }
        if (!holders.isEmpty()) {
            throw InvalidInput.of("passportNumber", "subject.passport.error.taken");
        }
        long id = jdbc.sql(
                        """
                        insert into subject_passport (subject_id, nationality, passport_number, seen_on, added_by)
                        values (:subject, :nationality, :passport, :seen, :officer) returning id""")
                .param("subject", subjectId)
                .param("nationality", nationality)
                .param("passport", passport)
                .param("seen", data.seenOn())
                .param("officer", officer.id())
                .query(Long.class)
                .single();
        audit.record(
                AuditAction.LINK,
                SubjectRegistry.SUBJECT,
                subjectId,
                "further passport " + id + " (" + nationality + ") linked");
        return id;
    }

    /** The checks of a further passport that need no database, beside their fields. */
    public void checkPassport(PassportData data) {
        String nationality =
                data.nationality() == null ? null : data.nationality().trim().toUpperCase(Locale.ROOT);
        String passport = ReportData.normalisePassport(data.passportNumber());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (nationality == null || !COUNTRIES.contains(nationality)) {
            problems.add("nationality", "subject.passport.error.nationality");
        }
        if (passport == null) {
            problems.add("passportNumber", "subject.passport.error.required");
        } else if (passport.length() > PASSPORT_LENGTH || !passport.matches("[A-Z0-9<]+")) {
            problems.add("passportNumber", "subject.passport.error.format", PASSPORT_LENGTH);
        }
        if (data.seenOn() != null && data.seenOn().isAfter(LocalDate.now(SIGHTING_DAY_ZONE))) {
            problems.add("seenOn", "subject.passport.error.future");
        }
        problems.throwIfAny();
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String trimmed = note.strip();
        if (trimmed.length() > NOTE_LENGTH) {
            throw InvalidInput.of("note", "subject.judgement.error.note", NOTE_LENGTH);
        }
        return trimmed;
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static List<Long> longs(Object sqlArray) {
        try {
            Object array = sqlArray instanceof java.sql.Array sql ? sql.getArray() : sqlArray;
            return array == null ? List.of() : Arrays.stream((Long[]) array).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
