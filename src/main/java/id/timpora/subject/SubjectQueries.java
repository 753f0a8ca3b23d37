package id.timpora.subject;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.LikePatterns;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportStatus;
import id.timpora.report.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry as one user may see it: a subject exists for a user only while at least one of its reports lies
 * inside the user's jurisdiction, and only those reports appear on its timeline.
 */
@Service
public class SubjectQueries {

    static final int SUGGESTIONS = 5;
    /** The least trigram similarity of two names for a suggestion. */
    static final double NAME_SIMILARITY = 0.4;
    /** How far an estimated age may be off, in years either way. */
    static final int AGE_TOLERANCE_YEARS = 5;

    private static final String SUBJECT_COLUMNS =
            "s.id, s.full_name, s.nationality, s.passport_number," + " s.permit_type, s.permit_expiry, s.last_seen_at";

    private static final RowMapper<SubjectSummary> SUMMARY = (rs, i) -> new SubjectSummary(
            rs.getLong("id"),
            rs.getString("full_name"),
            rs.getString("nationality"),
            rs.getString("passport_number"),
            Rows.enumValue(rs, "permit_type", PermitType.class),
            Rows.localDate(rs, "permit_expiry"),
            Rows.instant(rs, "last_seen_at"),
            rs.getInt("reports"));

    private final JdbcClient jdbc;
    private final CappedCount cappedCount;
    private final ReportScopes reportScopes;

    SubjectQueries(JdbcClient jdbc, CappedCount cappedCount, ReportScopes reportScopes) {
        this.jdbc = jdbc;
        this.cappedCount = cappedCount;
        this.reportScopes = reportScopes;
    }

    /**
     * The subjects with a report inside the user's jurisdiction, newest sighting first. A national user's list starts
     * from the subject table (its last-seen index gives the order); anyone else's from their reports (the region
     * indexes find them), grouped by subject, because scanning all subjects for the few seen in one kabupaten would
     * be slow at national scale.
     */
    @Transactional(readOnly = true)
    public Page<SubjectSummary> list(SubjectFilter filter, CurrentUser user, Pageable pageable) {
        ReportScope scope = reportScopes.of(user);
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        SqlFragment from;
        String reports;
        if (scope.national()) {
            // A subject without reports is deleted (SubjectRegistry), and every linked one has a last sighting:
            // this test is the subject's own index instead of a probe into the report table for each subject.
            from = SqlFragment.of(" from subject s")
                    .plus(filtered(Conditions.where().and("s.last_seen_at is not null"), filter)
                            .toWhere());
            reports = "(select count(*) from report r where r.subject_id = s.id)";
        } else {
            from = SqlFragment.of(" from (select r.subject_id, count(*) as reports from report r"
                            + " where r.subject_id is not null and ")
                    .plus(scope.sql("r"))
                    .plus(" group by r.subject_id) seen join subject s on s.id = seen.subject_id")
                    .plus(filtered(Conditions.where(), filter).toWhere());
            reports = "seen.reports";
        }
        long total = cappedCount.count(from);
        List<SubjectSummary> rows = SqlFragment.of("select " + SUBJECT_COLUMNS + ", " + reports + " as reports")
                .plus(from)
                .plus(" order by s.last_seen_at desc nulls last, s.id desc")
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query(SUMMARY)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The subject, if the user may see it (one of its reports lies inside their jurisdiction). */
    @Transactional(readOnly = true)
    public SubjectDetails details(long id, CurrentUser user) {
        return details(id, reportScopes.of(user));
    }

    /**
     * The subject's sightings inside the user's jurisdiction, newest first. The subject comes from {@link
     * #details(long, CurrentUser)} for the same user, which already checked it is visible and counted its sightings.
     */
    @Transactional(readOnly = true)
    public Page<Sighting> sightings(SubjectDetails subject, CurrentUser user, Pageable pageable) {
        ReportScope scope = reportScopes.of(user);
        List<Sighting> rows = SqlFragment.of(
                        """
                        select r.id, r.observed_at, r.place_type, r.address, r.status, r.permit_type, r.permit_expiry,
                               village.name as village, district.name as district, regency.name as regency
                          from report r
                          left join region village on village.code = r.region_code
                          left join region district on district.code = r.district_code
                          left join region regency on regency.code = r.regency_code
                         where """)
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(
                        " and r.subject_id = :subject order by r.observed_at desc, r.id desc", "subject", subject.id()))
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query((rs, i) -> new Sighting(
                        rs.getLong("id"),
                        Rows.instant(rs, "observed_at"),
                        PlaceType.valueOf(rs.getString("place_type")),
                        rs.getString("address"),
                        rs.getString("village"),
                        rs.getString("district"),
                        rs.getString("regency"),
                        ReportStatus.valueOf(rs.getString("status")),
                        Rows.enumValue(rs, "permit_type", PermitType.class),
                        Rows.localDate(rs, "permit_expiry")))
                .list();
        return new PageImpl<>(rows, pageable, subject.sightings());
    }

    /**
     * The report's subject, or, while it has none and the user is an officer who could link it, the subjects it may
     * belong to. Reporters see no suggestions: they cannot act on them, so showing them other people serves nothing.
     */
    @Transactional(readOnly = true)
    public ReportSubjectPanel panel(long reportId, CurrentUser user) {
        ReportScope scope = reportScopes.of(user);
        ObservedPerson report = observedPerson(reportId, scope);
        if (report.subjectId() != null) {
            return new ReportSubjectPanel(reportId, details(report.subjectId(), scope), List.of());
        }
        List<SubjectSuggestion> suggestions = user.role() == Role.OFFICER ? suggestionsFor(report, scope) : List.of();
        return new ReportSubjectPanel(reportId, null, suggestions);
    }

    /** Other subjects that may be the same person as this one: candidates for a merge. */
    @Transactional(readOnly = true)
    public List<SubjectSuggestion> duplicateCandidates(long subjectId, CurrentUser user) {
        ReportScope scope = reportScopes.of(user);
        SubjectDetails subject = details(subjectId, scope);
        BirthRange birth = BirthRange.around(subject.birthDate());
        return similarSubjects(subject.fullName(), subject.nationality(), birth, subjectId, scope);
    }

    private List<SubjectSuggestion> suggestionsFor(ObservedPerson report, ReportScope scope) {
        BirthRange birth = report.birthDate() != null
                ? BirthRange.around(report.birthDate())
                : BirthRange.ofAge(report.approximateAge(), report.observedOn());
        return similarSubjects(report.fullName(), report.nationality(), birth, null, scope);
    }

    /**
     * Subjects of the same nationality whose name is similar by trigrams (the {@code %} operator lets the name index
     * find candidates; the similarity bound then sharpens them), whose birth date, when both sides know it, fits the
     * range, and who were seen inside the user's jurisdiction, so that no one from elsewhere is revealed.
     */
    private List<SubjectSuggestion> similarSubjects(
            String fullName, String nationality, BirthRange birth, Long exceptId, ReportScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String name = fullName.trim().toLowerCase(Locale.ROOT);
        SqlFragment where = Conditions.where()
                .equal("s.nationality", "nationality", nationality)
                .and(SqlFragment.of("lower(s.full_name) % :name", "name", name))
                .and(SqlFragment.of(
                        "similarity(lower(s.full_name), :name) > :similarity",
                        "name",
                        name,
                        "similarity",
                        NAME_SIMILARITY))
                .and(
                        birth == null
                                ? null
                                : SqlFragment.of(
                                        "(s.birth_date is null or s.birth_date between :born_from and :born_to)",
                                        "born_from",
                                        birth.from(),
                                        "born_to",
                                        birth.to()))
                .andIf(exceptId, "s.id <> :except", "except")
                .and(SqlFragment.of("exists (select 1 from report r where r.subject_id = s.id and ")
                        .plus(scope.sql("r"))
                        .plus(")"))
                .toWhere();
        return SqlFragment.of(
                        """
                        select s.id, s.full_name, s.nationality, s.birth_date, s.passport_number, s.last_seen_at,
                               similarity(lower(s.full_name), :name) as score
                          from subject s""")
                .plus(where)
                .plus(" order by score desc, s.id limit " + SUGGESTIONS)
                .on(jdbc)
                .query((rs, i) -> new SubjectSuggestion(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        Rows.localDate(rs, "birth_date"),
                        rs.getString("passport_number"),
                        Rows.instant(rs, "last_seen_at"),
                        rs.getDouble("score")))
                .list();
    }

    private SubjectDetails details(long id, ReportScope scope) {
        return SqlFragment.of(
                        """
                        select s.id, s.full_name, s.nationality, s.sex, s.birth_date, s.passport_number,
                               s.permit_type, s.permit_number, s.permit_expiry, s.last_seen_at,
                               (select count(*) from report r where r.subject_id = s.id and """)
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(") as sightings from subject s where s.id = :id", "id", id))
                .on(jdbc)
                .query((rs, i) -> new SubjectDetails(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        Sex.valueOf(rs.getString("sex")),
                        Rows.localDate(rs, "birth_date"),
                        rs.getString("passport_number"),
                        Rows.enumValue(rs, "permit_type", PermitType.class),
                        rs.getString("permit_number"),
                        Rows.localDate(rs, "permit_expiry"),
                        Rows.instant(rs, "last_seen_at"),
                        rs.getInt("sightings")))
                .optional()
                .filter(subject -> subject.sightings() > 0)
                .orElseThrow(NotFoundException::new);
    }

    private ObservedPerson observedPerson(long reportId, ReportScope scope) {
        return SqlFragment.of("select r.full_name, r.nationality, r.birth_date, r.approximate_age, r.observed_at,"
                        + " r.subject_id from report r where ")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(" and r.id = :id", "id", reportId))
                .on(jdbc)
                .query((rs, i) -> new ObservedPerson(
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        Rows.localDate(rs, "birth_date"),
                        Rows.nullableInt(rs, "approximate_age"),
                        Rows.instant(rs, "observed_at")
                                .atZone(Overstay.SIGHTING_DAY_ZONE)
                                .toLocalDate(),
                        Rows.nullableLong(rs, "subject_id")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** The list's own filters after the given conditions: a name or passport, a nationality, the overstay signal. */
    private static Conditions filtered(Conditions conditions, SubjectFilter filter) {
        String query = filter.query() == null ? "" : filter.query().trim();
        SqlFragment nameOrPassport = null;
        if (!query.isEmpty()) {
            nameOrPassport =
                    SqlFragment.of("(lower(s.full_name) like :name", "name", Conditions.containsPattern(query));
            String passport = ReportData.normalisePassport(query);
            if (passport != null) {
                nameOrPassport = nameOrPassport.plus(SqlFragment.of(
                        " or s.passport_number like :passport", "passport", LikePatterns.escape(passport) + "%"));
            }
            nameOrPassport = nameOrPassport.plus(")");
        }
        String nationality =
                filter.nationality() == null || filter.nationality().isBlank()
                        ? null
                        : filter.nationality().trim().toUpperCase(Locale.ROOT);
        return conditions
                .and(nameOrPassport)
                .equal("s.nationality", "nationality", nationality)
                .andIf(filter.overstayOnly(), Overstay.SQL);
    }

    /** The person as one report observed them: what suggestions compare. */
    private record ObservedPerson(
            String fullName,
            String nationality,
            LocalDate birthDate,
            Integer approximateAge,
            LocalDate observedOn,
            Long subjectId) {}

    /** The birth dates a person may have, or null when nothing is known about their age. */
    record BirthRange(LocalDate from, LocalDate to) {

        static BirthRange around(LocalDate birthDate) {
            return birthDate == null ? null : new BirthRange(birthDate.minusYears(1), birthDate.plusYears(1));
        }

        /** Someone aged {@code age} on {@code day} was born after {@code day - (age + 1) years}, give or take. */
        static BirthRange ofAge(Integer age, LocalDate day) {
            if (age == null) {
                return null;
            }
            return new BirthRange(
                    day.minusYears(age + 1L + AGE_TOLERANCE_YEARS).plusDays(1),
                    day.minusYears(Math.max(0, age - AGE_TOLERANCE_YEARS)));
        }
    }
}
