package id.timpora.subject;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.LikePatterns;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportStatus;
import id.timpora.report.Sex;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry as one user may see it: a subject exists for a user only while at least one of its reports lies
 * inside the user's jurisdiction, and only those reports appear on its timeline.
 */
@Service
public class SubjectQueries {

    /** Counting stops here (as in the audit log): paging covers the newest matches without counting them all. */
    static final int COUNT_LIMIT = 10_000;

    static final int SUGGESTIONS = 5;
    /** The least trigram similarity of two names for a suggestion. */
    static final double NAME_SIMILARITY = 0.4;
    /** How far an estimated age may be off, in years either way. */
    static final int AGE_TOLERANCE_YEARS = 5;

    private static final String SUBJECT_COLUMNS =
            "s.id, s.full_name, s.nationality, s.passport_number," + " s.permit_type, s.permit_expiry, s.last_seen_at";

    private final JdbcTemplate jdbc;
    private final ReportScopes reportScopes;

    SubjectQueries(JdbcTemplate jdbc, ReportScopes reportScopes) {
        this.jdbc = jdbc;
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
        List<Object> filterArgs = new ArrayList<>();
        String filters = subjectFilters(filter, filterArgs);
        String from;
        String count;
        List<Object> args = new ArrayList<>();
        if (scope.national()) {
            // A subject without reports is deleted (SubjectRegistry), and every linked one has a last sighting:
            // this test is the subject's own index instead of a probe into the report table for each subject.
            from = " from subject s where s.last_seen_at is not null" + filters;
            count = "(select count(*) from report r where r.subject_id = s.id)";
        } else {
            from = " from (select r.subject_id, count(*) as reports from report r where r.subject_id is not null and "
                    + scope.condition("r") + " group by r.subject_id) seen"
                    + " join subject s on s.id = seen.subject_id where true" + filters;
            count = "seen.reports";
            args.addAll(List.of(scope.parameters()));
        }
        args.addAll(filterArgs);
        Long total = jdbc.queryForObject(
                "select count(*) from (select 1" + from + " limit " + COUNT_LIMIT + ") capped",
                Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<SubjectSummary> rows = jdbc.query(
                "select " + SUBJECT_COLUMNS + ", " + count + " as reports" + from
                        + " order by s.last_seen_at desc nulls last, s.id desc limit ? offset ?",
                (rs, i) -> new SubjectSummary(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        rs.getString("passport_number"),
                        permitType(rs),
                        rs.getObject("permit_expiry", LocalDate.class),
                        instant(rs, "last_seen_at"),
                        rs.getInt("reports")),
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
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
        List<Sighting> rows = jdbc.query(
                """
                select r.id, r.observed_at, r.place_type, r.address, r.status, r.permit_type, r.permit_expiry,
                       village.name as village, district.name as district, regency.name as regency
                  from report r
                  left join region village on village.code = r.region_code
                  left join region district on district.code = r.district_code
                  left join region regency on regency.code = r.regency_code
                 where """
                        + scope.condition("r")
                        + " and r.subject_id = ? order by r.observed_at desc, r.id desc limit ? offset ?",
                (rs, i) -> new Sighting(
                        rs.getLong("id"),
                        instant(rs, "observed_at"),
                        PlaceType.valueOf(rs.getString("place_type")),
                        rs.getString("address"),
                        rs.getString("village"),
                        rs.getString("district"),
                        rs.getString("regency"),
                        ReportStatus.valueOf(rs.getString("status")),
                        permitType(rs),
                        rs.getObject("permit_expiry", LocalDate.class)),
                scope.with(subject.id(), pageable.getPageSize(), pageable.getOffset()));
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
        List<Object> args = new ArrayList<>(List.of(name, nationality, name, name, NAME_SIMILARITY));
        StringBuilder sql = new StringBuilder(
                """
                select s.id, s.full_name, s.nationality, s.birth_date, s.passport_number, s.last_seen_at,
                       similarity(lower(s.full_name), ?) as score
                  from subject s
                 where s.nationality = ?
                   and lower(s.full_name) % ?
                   and similarity(lower(s.full_name), ?) > ?""");
        if (birth != null) {
            sql.append(" and (s.birth_date is null or s.birth_date between ? and ?)");
            args.add(Date.valueOf(birth.from()));
            args.add(Date.valueOf(birth.to()));
        }
        if (exceptId != null) {
            sql.append(" and s.id <> ?");
            args.add(exceptId);
        }
        sql.append(" and exists (select 1 from report r where r.subject_id = s.id and ")
                .append(scope.condition("r"))
                .append(") order by score desc, s.id limit ")
                .append(SUGGESTIONS);
        args.addAll(List.of(scope.parameters()));
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new SubjectSuggestion(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("passport_number"),
                        instant(rs, "last_seen_at"),
                        rs.getDouble("score")),
                args.toArray());
    }

    private SubjectDetails details(long id, ReportScope scope) {
        return jdbc
                .query(
                        """
                        select s.id, s.full_name, s.nationality, s.sex, s.birth_date, s.passport_number,
                               s.permit_type, s.permit_number, s.permit_expiry, s.last_seen_at,
                               (select count(*) from report r where r.subject_id = s.id and """
                                + scope.condition("r")
                                + ") as sightings from subject s where s.id = ?",
                        (rs, i) -> new SubjectDetails(
                                rs.getLong("id"),
                                rs.getString("full_name"),
                                rs.getString("nationality"),
                                Sex.valueOf(rs.getString("sex")),
                                rs.getObject("birth_date", LocalDate.class),
                                rs.getString("passport_number"),
                                permitType(rs),
                                rs.getString("permit_number"),
                                rs.getObject("permit_expiry", LocalDate.class),
                                instant(rs, "last_seen_at"),
                                rs.getInt("sightings")),
                        scope.with(id))
                .stream()
                .filter(subject -> subject.sightings() > 0)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private ObservedPerson observedPerson(long reportId, ReportScope scope) {
        return jdbc
                .query(
                        "select r.full_name, r.nationality, r.birth_date, r.approximate_age, r.observed_at, r.subject_id"
                                + " from report r where " + scope.condition("r") + " and r.id = ?",
                        (rs, i) -> new ObservedPerson(
                                rs.getString("full_name"),
                                rs.getString("nationality"),
                                rs.getObject("birth_date", LocalDate.class),
                                rs.getObject("approximate_age", Integer.class),
                                instant(rs, "observed_at")
                                        .atZone(Overstay.SIGHTING_DAY_ZONE)
                                        .toLocalDate(),
                                rs.getObject("subject_id", Long.class)),
                        scope.with(reportId))
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static String subjectFilters(SubjectFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder();
        String query = filter.query() == null ? "" : filter.query().trim();
        if (!query.isEmpty()) {
            String passport = ReportData.normalisePassport(query);
            where.append(" and (lower(s.full_name) like ? escape '\\'");
            args.add("%" + LikePatterns.escape(query.toLowerCase(Locale.ROOT)) + "%");
            if (passport != null) {
                where.append(" or s.passport_number like ? escape '\\'");
                args.add(LikePatterns.escape(passport) + "%");
            }
            where.append(")");
        }
        if (filter.nationality() != null && !filter.nationality().isBlank()) {
            where.append(" and s.nationality = ?");
            args.add(filter.nationality().trim().toUpperCase(Locale.ROOT));
        }
        if (filter.overstayOnly()) {
            where.append(" and ").append(Overstay.SQL);
        }
        return where.toString();
    }

    private static PermitType permitType(ResultSet rs) throws SQLException {
        String value = rs.getString("permit_type");
        return value == null ? null : PermitType.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
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
