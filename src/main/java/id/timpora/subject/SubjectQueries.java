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
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import id.timpora.report.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** How many immigration offices a subject page names for the person's reports elsewhere. */
    static final int CONTACT_OFFICES = 5;

    /** A report that says anything about a permit, on a report table aliased {@code r}. */
    private static final String SAYS_PERMIT =
            "(r.permit_type <> 'TIDAK_DIKETAHUI' or r.permit_number is not null or r.permit_expiry is not null)";

    /**
     * {@link Overstay}'s rule over a group of one subject's reports (aliased {@code r}): the latest permit among them
     * had expired on the day of the latest of them.
     */
    private static final String IN_SCOPE_OVERSTAY = "(array_agg(r.permit_expiry order by r.observed_at desc, r.id desc)"
            + " filter (where " + SAYS_PERMIT + "))[1] < (max(r.observed_at) at time zone 'Asia/Jakarta')::date";

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
        if (scope.national()) {
            // A subject without reports is deleted (SubjectRegistry), and every linked one has a last sighting:
            // this test is the subject's own index instead of a probe into the report table for each subject. The
            // subject's summary comes from all its reports, which a national user may all see.
            SqlFragment from = SqlFragment.of(" from subject s")
                    .plus(filtered(Conditions.where().and("s.last_seen_at is not null"), filter, true)
                            .toWhere());
            long total = cappedCount.count(from);
            List<SubjectSummary> rows = SqlFragment.of("select " + SUBJECT_COLUMNS
                            + ", (select count(*) from report r where r.subject_id = s.id) as reports")
                    .plus(from)
                    .plus(" order by s.last_seen_at desc nulls last, s.id desc")
                    .plus(SqlFragment.page(pageable))
                    .on(jdbc)
                    .query(SUMMARY)
                    .list();
            return new PageImpl<>(rows, pageable, total);
        }
        // Anyone else's list starts from their reports; the last sighting, the latest permit and the overstay signal
        // are those of these reports only, never of the subject's reports elsewhere.
        var area = scope.singleArea();
        if (area.isPresent()) {
            return inArea(filter, area.get(), pageable);
        }
        boolean searched = filter.query() != null && !filter.query().isBlank();
        if (searched) {
            return searchedSubjects(filter, scope, pageable);
        }
        if (!filter.overstayOnly()) {
            return recentlySeen(scope, nationality(filter), pageable);
        }
        // The overstay signal is a property of each subject's reports together: group them.
        SqlFragment from = SqlFragment.of(" from (select r.subject_id, count(*) as reports,"
                        + " max(r.observed_at) as last_seen_at from report r where r.subject_id is not null and ")
                .plus(scope.sql("r"))
                .plus(" group by r.subject_id")
                .plus(filter.overstayOnly() ? " having " + IN_SCOPE_OVERSTAY : "")
                .plus(") seen join subject s on s.id = seen.subject_id")
                .plus(filtered(Conditions.where(), filter, false).toWhere());
        long total = cappedCount.countWithinBudget("subject_list_count", from);
        SqlFragment onePage = SqlFragment.of(
                        "select s.id, s.full_name, s.nationality, s.passport_number, seen.last_seen_at, seen.reports")
                .plus(from)
                .plus(" order by seen.last_seen_at desc, s.id desc")
                .plus(SqlFragment.page(pageable));
        List<SubjectSummary> rows = SqlFragment.of("select s.id, s.full_name, s.nationality, s.passport_number,"
                        + " permit.permit_type, permit.permit_expiry, s.last_seen_at, s.reports from (")
                .plus(onePage)
                .plus(") s left join lateral (")
                .plus(latestPermit("s.id", scope))
                .plus(") permit on true order by s.last_seen_at desc, s.id desc")
                .on(jdbc)
                .query(SUMMARY)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The list of a user whose jurisdiction is one province or one kabupaten/kota: the registry's summary of each
     * person's reports in that area (subject_area, kept by triggers on report) gives the last sighting there, the
     * latest permit there and the overstay signal there, and its indexes give the order, so that a page, a search and
     * the overstay filter read a page of rows instead of grouping the area's reports.
     */
    private Page<SubjectSummary> inArea(SubjectFilter filter, String area, Pageable pageable) {
        SqlFragment from = SqlFragment.of(" from subject_area a join subject s on s.id = a.subject_id")
                .plus(filtered(
                                Conditions.where().and(SqlFragment.of("a.area_code = :area", "area", area)),
                                filter,
                                false)
                        .andIf(filter.overstayOnly(), "a.overstay")
                        .toWhere());
        long total = cappedCount.countWithinBudget("subject_list_count", from);
        List<SubjectSummary> rows = SqlFragment.of("select s.id, s.full_name, s.nationality, s.passport_number,"
                        + " a.permit_type, a.permit_expiry, a.last_seen_at, a.reports")
                .plus(from)
                .plus(" order by a.last_seen_at desc, a.subject_id desc")
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query(SUMMARY)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * A searched list of a user with a jurisdiction: the subjects whose name or passport matches (the name's trigram
     * index and the passport index find them), each with its last sighting and latest permit among the user's reports.
     */
    private Page<SubjectSummary> searchedSubjects(SubjectFilter filter, ReportScope scope, Pageable pageable) {
        SqlFragment from = SqlFragment.of(
                        " from subject s cross join lateral (select max(r.observed_at) as last_seen_at,"
                                + " count(*) as reports from report r where r.subject_id = s.id and ")
                .plus(scope.sql("r"))
                .plus(") seen left join lateral (")
                .plus(latestPermit("s.id", scope))
                .plus(") permit on true")
                .plus(filtered(Conditions.where(), filter, false)
                        .and("seen.reports > 0")
                        .andIf(
                                filter.overstayOnly(),
                                "permit.permit_expiry < (seen.last_seen_at at time zone 'Asia/Jakarta')::date")
                        .toWhere());
        long total = cappedCount.countWithinBudget("subject_list_count", from);
        List<SubjectSummary> rows = SqlFragment.of("select s.id, s.full_name, s.nationality, s.passport_number,"
                        + " permit.permit_type, permit.permit_expiry, seen.last_seen_at, seen.reports")
                .plus(from)
                .plus(" order by seen.last_seen_at desc, s.id desc")
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query(SUMMARY)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The list (unfiltered or of one nationality) of a user with a jurisdiction: the subjects of their most recent reports. Walking the
     * reports newest first (the region indexes give that order) meets each subject first at its latest sighting, so
     * the first subjects met are the page, in order, without grouping every report of the jurisdiction; the walk grows
     * until it has met enough subjects or read every report.
     */
    private Page<SubjectSummary> recentlySeen(ReportScope scope, String nationality, Pageable pageable) {
        SqlFragment reports = Conditions.where()
                .and("r.subject_id is not null")
                .and(scope.sql("r"))
                .equal("r.nationality", "nationality", nationality)
                .toWhere();
        long wanted = pageable.getOffset() + pageable.getPageSize();
        List<Long> ids;
        for (long walk = Math.max(wanted * 3, 200); ; walk *= 4) {
            List<Map<String, Object>> met = SqlFragment.of(
                            "select recent.subject_id, max(recent.observed_at) as last_seen_at, count(*) over () as met,"
                                    + " sum(count(*)) over () as walked from (select r.subject_id, r.observed_at"
                                    + " from report r")
                    .plus(reports)
                    .plus(SqlFragment.of(
                            " order by r.observed_at desc, r.id desc limit :walk) recent group by recent.subject_id"
                                    + " order by last_seen_at desc, recent.subject_id desc",
                            "walk",
                            walk))
                    .on(jdbc)
                    .query()
                    .listOfRows();
            long walked = met.isEmpty() ? 0 : ((Number) met.get(0).get("walked")).longValue();
            if (met.size() >= wanted || walked < walk) {
                ids = met.stream()
                        .skip(pageable.getOffset())
                        .limit(pageable.getPageSize())
                        .map(row -> ((Number) row.get("subject_id")).longValue())
                        .toList();
                break;
            }
        }
        long total = cappedCount.countWithinBudget(
                "subject_list_count",
                SqlFragment.of(" from (select distinct r.subject_id from report r")
                        .plus(reports)
                        .plus(") seen"));
        if (ids.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<SubjectSummary> rows = SqlFragment.of(
                        """
                        select s.id, s.full_name, s.nationality, s.passport_number, permit.permit_type,
                               permit.permit_expiry, seen.last_seen_at, seen.reports
                          from subject s
                         cross join lateral (
                               select max(r.observed_at) as last_seen_at, count(*) as reports
                                 from report r where r.subject_id = s.id and\s""")
                .plus(scope.sql("r"))
                .plus(") seen left join lateral (")
                .plus(latestPermit("s.id", scope))
                .plus(SqlFragment.of(
                        ") permit on true where s.id = any(:ids) order by seen.last_seen_at desc, s.id desc",
                        "ids",
                        ids.toArray(Long[]::new)))
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
                               r.source, agency.name as agency,
                               village.name as village, district.name as district, regency.name as regency
                          from report r
                          join agency on agency.id = r.reporting_agency_id
                          left join region village on village.code = r.region_code
                          left join region district on district.code = r.district_code
                          left join region regency on regency.code = r.regency_code
                         where\s""")
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
                        Rows.localDate(rs, "permit_expiry"),
                        rs.getString("agency"),
                        ReportSource.valueOf(rs.getString("source"))))
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
                // A pair an officer judged not the same person is never suggested again (the judgement's key).
                .and(
                        exceptId == null
                                ? null
                                : SqlFragment.of(
                                        """
                                        not exists (select 1 from subject_judgement j
                                                     where j.low_subject_id = least(s.id, :except)
                                                       and j.high_subject_id = greatest(s.id, :except)
                                                       and j.verdict = 'BUKAN_SAMA')""",
                                        "except",
                                        exceptId))
                .and(SqlFragment.of("exists (select 1 from report r where r.subject_id = s.id and ")
                        .plus(scope.sql("r"))
                        .plus(")"))
                .toWhere();
        // The few candidates found, their last sighting and birth date are those the viewer's reports show.
        SqlFragment seen = scope.national()
                ? SqlFragment.of("s.birth_date, s.last_seen_at")
                : SqlFragment.of(
                                "(select r.birth_date from report r where r.subject_id = s.id and r.birth_date is not null"
                                        + " and ")
                        .plus(scope.sql("r"))
                        .plus(" order by r.observed_at desc, r.id desc limit 1) as birth_date,"
                                + " (select max(r.observed_at) from report r where r.subject_id = s.id and ")
                        .plus(scope.sql("r"))
                        .plus(") as last_seen_at");
        return SqlFragment.of("select s.id, s.full_name, s.nationality, s.passport_number, ")
                .plus(seen)
                .plus(", similarity(lower(s.full_name), :name) as score from subject s")
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
        SqlFragment query = scope.national()
                // A national user sees every report: the subject's own summary is theirs.
                ? SqlFragment.of(
                        """
                        select s.id, s.full_name, s.nationality, s.sex, s.birth_date, s.passport_number,
                               s.permit_type, s.permit_number, s.permit_expiry, s.last_seen_at,
                               (select count(*) from report r where r.subject_id = s.id) as sightings
                          from subject s""")
                : SqlFragment.of(
                                """
                        select s.id, s.full_name, s.nationality, coalesce(seen.sex, 'TIDAK_DIKETAHUI') as sex,
                               seen.birth_date, s.passport_number, permit.permit_type, permit.permit_number,
                               permit.permit_expiry, seen.last_seen_at, seen.sightings
                          from subject s
                         cross join lateral (
                               select count(*) as sightings, max(r.observed_at) as last_seen_at,
                                      (array_agg(r.sex order by r.observed_at desc, r.id desc)
                                          filter (where r.sex <> 'TIDAK_DIKETAHUI'))[1] as sex,
                                      (array_agg(r.birth_date order by r.observed_at desc, r.id desc)
                                          filter (where r.birth_date is not null))[1] as birth_date
                                 from report r
                                where r.subject_id = s.id and\s""")
                        .plus(scope.sql("r"))
                        .plus(") seen left join lateral (")
                        .plus(latestPermit("s.id", scope))
                        .plus(") permit on true");
        SubjectDetails subject = query.plus(SqlFragment.of(" where s.id = :id", "id", id))
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
                        rs.getInt("sightings"),
                        false,
                        List.of()))
                .optional()
                .filter(found -> found.sightings() > 0)
                .orElseThrow(NotFoundException::new);
        if (scope.national()) {
            return subject;
        }
        List<String> offices = contactOffices(id, scope);
        boolean elsewhere = !offices.isEmpty()
                || SqlFragment.of("select exists (select 1 from report r where r.subject_id = :id and not ", "id", id)
                        .plus(scope.sql("r"))
                        .plus(")")
                        .on(jdbc)
                        .query(Boolean.class)
                        .single();
        return subject.recordedElsewhere(elsewhere, offices);
    }

    /**
     * The judgements, undoable merges and further passports of a person the user may see (the caller got {@code
     * subject} from {@link #details(long, CurrentUser)} for the same user). Three small indexed queries; the other
     * person of a judgement and a merge is named only when one of their reports lies inside the user's jurisdiction.
     */
    @Transactional(readOnly = true)
    public SubjectMatches matches(SubjectDetails subject, CurrentUser user) {
        ReportScope scope = reportScopes.of(user);
        List<SubjectMatches.Judgement> judgements = SqlFragment.of(
                        """
                        select j.verdict, j.judged_at, j.note, u.display_name, a.name as agency, pair.other_id,
                               o.id is not null as other_exists,
                               case when o.id is not null and exists (
                                   select 1 from report r where r.subject_id = o.id and\s""")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(
                        """
                        ) then o.full_name end as other_name
                          from subject_judgement j
                         cross join lateral (select case when j.low_subject_id = :id then j.high_subject_id
                                                         else j.low_subject_id end as other_id) pair
                          left join subject o on o.id = pair.other_id
                          join app_user u on u.id = j.judged_by
                          join agency a on a.id = j.agency_id
                         where (j.low_subject_id = :id or j.high_subject_id = :id)
                           and (o.id is not null or j.verdict = 'SAMA')
                         order by j.judged_at desc limit 50""",
                        "id",
                        subject.id()))
                .on(jdbc)
                .query((rs, i) -> new SubjectMatches.Judgement(
                        Verdict.valueOf(rs.getString("verdict")),
                        rs.getLong("other_id"),
                        rs.getString("other_name"),
                        rs.getBoolean("other_exists"),
                        Rows.instant(rs, "judged_at"),
                        rs.getString("display_name"),
                        rs.getString("agency"),
                        rs.getString("note")))
                .list();
        List<SubjectMatches.Merge> merges = SqlFragment.of(
                        """
                        select m.id, m.absorbed_subject_id, m.absorbed ->> 'full_name' as absorbed_name, m.merged_at,
                               u.display_name, a.name as agency, cardinality(m.moved_reports) as reports,
                               exists (select 1 from report r where r.id = any(m.moved_reports) and\s""")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(
                        """
                        ) as undoable
                          from subject_merge m
                          join app_user u on u.id = m.merged_by
                          join agency a on a.id = m.agency_id
                         where m.kept_subject_id = :id and m.undone_at is null
                         order by m.merged_at desc limit 20""",
                        "id",
                        subject.id()))
                .on(jdbc)
                .query((rs, i) -> new SubjectMatches.Merge(
                        rs.getLong("id"),
                        rs.getLong("absorbed_subject_id"),
                        rs.getBoolean("undoable") ? rs.getString("absorbed_name") : null,
                        Rows.instant(rs, "merged_at"),
                        rs.getString("display_name"),
                        rs.getString("agency"),
                        rs.getInt("reports"),
                        rs.getBoolean("undoable")))
                .list();
        List<SubjectMatches.Passport> passports = jdbc.sql(
                        """
                        select nationality, passport_number, seen_on, added_at from subject_passport
                         where subject_id = :id order by seen_on nulls last, id limit 50""")
                .param("id", subject.id())
                .query((rs, i) -> new SubjectMatches.Passport(
                        rs.getString("nationality"),
                        rs.getString("passport_number"),
                        Rows.localDate(rs, "seen_on"),
                        Rows.instant(rs, "added_at")))
                .list();
        return new SubjectMatches(judgements, merges, passports);
    }

    /**
     * The active immigration offices (Kanim, Kanwil) whose area holds the subject's reports outside the viewer's
     * jurisdiction: whom to ask about the rest of the person's record.
     */
    private List<String> contactOffices(long subjectId, ReportScope scope) {
        return SqlFragment.of(
                        """
                        select distinct a.name
                          from report r
                          join agency_region ar
                            on ar.region_code in (r.province_code, r.regency_code, r.district_code, r.region_code)
                          join agency a on a.id = ar.agency_id
                         where a.active and a.type = 'IMIGRASI' and a.level <> 'PUSAT'
                           and r.subject_id = :id and not\s""",
                        "id",
                        subjectId)
                .plus(scope.sql("r"))
                .plus(" order by a.name limit " + CONTACT_OFFICES)
                .on(jdbc)
                .query(String.class)
                .list();
    }

    /**
     * The latest permit among the subject's reports inside the scope, as one row: the most recent sighting that says
     * anything about a permit, with the number of the latest sighting of the same permit if it lacks one (the rule
     * SubjectRegistry keeps for the subject's own summary over all its reports, applied to the reports the viewer may
     * see).
     */
    static SqlFragment latestPermit(String subjectIdExpression, ReportScope scope) {
        return SqlFragment.of(
                        """
                        select r.permit_type, r.permit_expiry,
                               coalesce(r.permit_number, (
                                   select same.permit_number from report same
                                    where same.subject_id = r.subject_id and same.permit_type = r.permit_type
                                      and same.permit_expiry is not distinct from r.permit_expiry
                                      and same.permit_number is not null and\s""")
                .plus(scope.sql("same"))
                .plus(" order by same.observed_at desc, same.id desc limit 1)) as permit_number from report r where"
                        + " r.subject_id = " + subjectIdExpression + " and " + SAYS_PERMIT + " and ")
                .plus(scope.sql("r"))
                .plus(" order by r.observed_at desc, r.id desc limit 1");
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
    private static Conditions filtered(Conditions conditions, SubjectFilter filter, boolean overstayOnSubject) {
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
        return conditions
                .and(nameOrPassport)
                .equal("s.nationality", "nationality", nationality(filter))
                .andIf(overstayOnSubject && filter.overstayOnly(), Overstay.SQL);
    }

    private static String nationality(SubjectFilter filter) {
        return filter.nationality() == null || filter.nationality().isBlank()
                ? null
                : filter.nationality().trim().toUpperCase(Locale.ROOT);
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
