package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.account.CurrentUser;
import id.timpora.agency.JurisdictionService;
import id.timpora.common.NotFoundException;
import id.timpora.region.Region;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportService;
import id.timpora.report.ReportStatus;
import id.timpora.report.StatusChange;
import id.timpora.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every figure of the dashboard, for users of every kind of jurisdiction, several periods and regions, equals a plain
 * count over the report table ({@link PlainCounts}); and for a fixture with known numbers, those numbers. The fixture
 * lies in Sulawesi Selatan (73, WITA), Sulawesi Tenggara (74) and Kota Palembang (16.71, WIB), where no other test
 * puts reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest extends IntegrationTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final List<String> STATUSES =
            List.of("BARU", "DITELAAH", "TERVERIFIKASI", "DITOLAK", "TINDAK_LANJUT", "SELESAI");
    static final List<String> NATIONALITIES =
            List.of("CN", "MY", "AU", "US", "JP", "KR", "NL", "DE", "GB", "FR", "IN", "PH", "SG", "TH");
    static final List<String> PERMITS = List.of("BEBAS_VISA", "VISA_ON_ARRIVAL", "ITAS", "ITK", "TANPA_IZIN");
    static final List<String> SOURCES = List.of("PATROLI", "APOA", "MEDIA", "INSTANSI_LAIN");
    static final List<String> ACTIVITIES = List.of("WISATA", "BEKERJA", "BISNIS", "JURNALISTIK", "KEAGAMAAN");
    static final List<String> INDICATIONS = List.of("OVERSTAY", "TKA_ILEGAL", "PEMILU", "TIDAK_ADA");

    @Autowired
    DashboardQueries queries;

    @Autowired
    DashboardMap maps;

    @Autowired
    DashboardAreas areas;

    @Autowired
    UserDetailsService users;

    @Autowired
    JurisdictionService jurisdictions;

    @Autowired
    ReportService reportService;

    String national;
    String provinceOfficer;
    String kabupatenOfficer;
    String kanimOfficer;
    String kecamatanReporter;
    String twoZoneOfficer;
    String reporter;
    long reporterId;

    /** The fixture's reports in Kota Makassar (73.71): observed instant and status. */
    final List<Object[]> makassar = new ArrayList<>();

    @BeforeAll
    void fixture() {
        national = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
        provinceOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "PROVINSI", "73"));
        kabupatenOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "73.71"));
        kanimOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "73.71", "73.72"));
        kecamatanReporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KECAMATAN", "73.71.01"));
        // kecamatan in two time zones: counted from the reports, with each province's own day
        twoZoneOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KECAMATAN", "73.71.01", "16.71.01"));
        reporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "PROVINSI", "73", "74", "16"));
        reporterId = accounts.idOf(reporter);

        List<String> villages = new ArrayList<>();
        for (String district : List.of("73.71.01", "73.71.02", "73.72.01", "73.01.01", "74.71.01", "16.71.01")) {
            villages.addAll(jdbc.queryForList(
                    "select code from region where parent_code = ? order by code limit 2", String.class, district));
        }
        Random random = new Random(7371);
        Instant now = Instant.now();
        Instant historyStart = LocalDate.of(2025, 1, 5).atStartOfDay(WITA).toInstant();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            String village = villages.get(i % villages.size());
            Instant observed = i % 3 == 0
                    ? now.minusSeconds(random.nextInt(100 * 86_400))
                    : historyStart.plusSeconds(random.nextInt(110 * 86_400));
            ids.add(insert(village, observed, random));
        }
        // Around midnight in Makassar (WITA, UTC+8): 23:30 on 28 February, and 00:30 on 1 March.
        ids.add(insert("73.71.01.1001", Instant.parse("2025-02-28T15:30:00Z"), random));
        ids.add(insert("73.71.01.1001", Instant.parse("2025-02-28T16:30:00Z"), random));
        // A report whose activity is listed twice counts once under it.
        long twice = insert("73.71.01.1001", Instant.parse("2025-02-10T04:00:00Z"), random);
        jdbc.update("update report set activities = '{BISNIS,WISATA,BISNIS}' where id = ?", twice);
        // People seen more than once, some past their permit when last seen.
        for (int person = 0; person < 40; person++) {
            Long subject = jdbc.queryForObject(
                    "insert into subject (full_name, nationality, permit_expiry) values (?, 'CN', ?) returning id",
                    Long.class,
                    "Orang Uji " + person,
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500)));
            for (int seen = 0; seen <= person % 3; seen++) {
                jdbc.update(
                        "update report set subject_id = ? where id = ?", subject, ids.get(random.nextInt(ids.size())));
            }
            jdbc.update(
                    "update subject s set last_seen_at = (select max(observed_at) from report r where r.subject_id = s.id)"
                            + " where s.id = ?",
                    subject);
        }
    }

    private long insert(String village, Instant observed, Random random) {
        String status = STATUSES.get(random.nextInt(STATUSES.size()));
        Instant created = observed.plusSeconds(random.nextInt(30 * 3600));
        List<String> activities = new ArrayList<>(List.of(ACTIVITIES.get(random.nextInt(ACTIVITIES.size()))));
        if (random.nextBoolean()) {
            activities.add(ACTIVITIES.get(random.nextInt(ACTIVITIES.size())));
        }
        List<String> indications = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            indications.add(INDICATIONS.get(random.nextInt(INDICATIONS.size())));
        }
        long id = reports.by(reporter, village)
                .set("status", status)
                .set("nationality", NATIONALITIES.get(random.nextInt(NATIONALITIES.size())))
                .set("permit_type", PERMITS.get(random.nextInt(PERMITS.size())))
                .set("source", SOURCES.get(random.nextInt(SOURCES.size())))
                .set("activities", activities.stream().distinct().toArray(String[]::new))
                .set("indications", indications.stream().distinct().toArray(String[]::new))
                .set("observed_at", observed)
                .set("created_at", created)
                .insert();
        if (List.of("TERVERIFIKASI", "TINDAK_LANJUT", "SELESAI").contains(status)) {
            verify(id, created.plusSeconds(random.nextInt(200 * 3600)));
        }
        if (village.startsWith("73.71.")) {
            makassar.add(new Object[] {observed, status});
        }
        return id;
    }

    private void verify(long reportId, Instant at) {
        jdbc.update(
                "insert into report_status_change (report_id, from_status, to_status, changed_by, changed_at)"
                        + " values (?, 'DITELAAH', 'TERVERIFIKASI', ?, ?)",
                reportId,
                reporterId,
                Timestamp.from(at));
    }

    @Test
    void everyFigureEqualsAPlainCountForEveryKindOfJurisdictionPeriodAndRegion() {
        for (String username :
                List.of(national, provinceOfficer, kabupatenOfficer, kanimOfficer, kecamatanReporter, twoZoneOfficer)) {
            List<String> regions = new ArrayList<>();
            regions.add(null);
            CurrentUser user = user(username);
            DashboardArea whole = areas.resolve(user, null);
            if (!whole.everything()) {
                areas.childrenOf(whole).stream().limit(3).map(Region::code).forEach(regions::add);
            }
            regions.addAll(List.of("73", "73.71", "73.71.01"));
            for (DashboardPeriod period : periods(user)) {
                for (String region : regions.stream().distinct().toList()) {
                    if (region == null || whole.everything() || within(user, region)) {
                        checkEveryFigure(user, period, region);
                    }
                }
            }
        }
    }

    @Test
    void theFixturesKnownNumbersInMakassarCountedByTheDayThereNotInUtc() {
        CurrentUser officer = user(kabupatenOfficer);
        DashboardPeriod february =
                DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), null);
        DashboardFigures figures = queries.figures(areas.resolve(officer, null), february);

        Map<String, Long> expected = new LinkedHashMap<>();
        long total = 0;
        for (Object[] report : makassar) {
            LocalDate day = ((Instant) report[0]).atZone(WITA).toLocalDate();
            if (!day.isBefore(february.from()) && !day.isAfter(february.to())) {
                total++;
                expected.merge((String) report[1], 1L, Long::sum);
            }
        }
        assertThat(total).isGreaterThan(10);
        assertThat(figures.total()).isEqualTo(total);
        assertThat(nonZero(figures.statuses())).isEqualTo(expected);

        // 23:30 on 28 February belongs to February; 00:30 on 1 March (16:30 UTC on the 28th) to March.
        DashboardPeriod lastDay = DashboardPeriod.of(PeriodKind.CUSTOM, february.to(), february.to(), null);
        DashboardPeriod firstOfMarch =
                DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null);
        long onTheLastDay = makassar.stream()
                .filter(r -> ((Instant) r[0]).atZone(WITA).toLocalDate().equals(february.to()))
                .count();
        long onTheFirstOfMarch = makassar.stream()
                .filter(r -> ((Instant) r[0]).atZone(WITA).toLocalDate().equals(firstOfMarch.from()))
                .count();
        assertThat(onTheLastDay).isPositive();
        assertThat(onTheFirstOfMarch).isPositive();
        assertThat(queries.figures(areas.resolve(officer, null), lastDay).total())
                .isEqualTo(onTheLastDay);
        assertThat(queries.figures(areas.resolve(officer, null), firstOfMarch).total())
                .isEqualTo(onTheFirstOfMarch);
        // A report whose activity is listed twice counts once under it; the activities add up to more than the total.
        assertThat(figures.activities().stream().mapToLong(Tally::count).sum()).isGreaterThan(figures.total());
    }

    @Test
    void aKabupatenUserCountsNothingOutsideTheJurisdiction() {
        CurrentUser officer = user(kabupatenOfficer);
        DashboardPeriod spring =
                DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30), null);
        DashboardArea area = areas.resolve(officer, null);
        DashboardFigures figures = queries.figures(area, spring);
        long inMakassar = new PlainCounts(jdbc, scopeOf(officer), List.of("73.71"), spring.from(), spring.to()).total();
        long inProvince =
                new PlainCounts(jdbc, scopeOf(user(provinceOfficer)), null, spring.from(), spring.to()).total();
        assertThat(figures.total()).isEqualTo(inMakassar).isLessThan(inProvince);

        // The province is only partly theirs: narrowing to it still counts Makassar alone.
        assertThat(queries.figures(areas.resolve(officer, "73"), spring).total())
                .isEqualTo(inMakassar);
        // Another kabupaten, another province, a village, nonsense: refused as not found.
        for (String elsewhere : List.of("73.72", "74", "74.71.01", "73.71.01.1001", "99", "x")) {
            assertThatThrownBy(() -> areas.resolve(officer, elsewhere))
                    .as(elsewhere)
                    .isInstanceOf(NotFoundException.class);
        }
        // The map shows Sulawesi Selatan by kabupaten/kota, with Makassar only: the other areas are not counted.
        MapView map = maps.map(area, spring);
        assertThat(map.level()).isEqualTo(MapLevel.REGENCY);
        assertThat(map.provinceCode()).isEqualTo("73");
        assertThat(map.areas()).extracting(a -> a.region().code()).containsExactly("73.71");
        assertThat(map.total()).isEqualTo(inMakassar);
    }

    @Test
    void theCountsFollowStatusChangesCorrectionsLinksAndDeletions() {
        CurrentUser officer = user(provinceOfficer);
        DashboardPeriod february =
                DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), null);
        Instant inFebruary =
                LocalDate.of(2025, 2, 14).atTime(10, 0).atZone(WITA).toInstant();
        long moved = reports.by(reporter, "73.72.01.1004")
                .set("observed_at", inFebruary)
                .set("created_at", inFebruary)
                .insert();
        long flowed = reports.by(reporter, "73.71.02.1001")
                .set("observed_at", inFebruary)
                .set("created_at", inFebruary)
                .insert();
        long deleted = reports.by(reporter, "73.01.01.1001")
                .set("observed_at", inFebruary)
                .set("status", "TERVERIFIKASI")
                .set("subject_id", jdbc.queryForObject("select min(id) from subject", Long.class))
                .insert();
        verify(deleted, inFebruary.plus(Duration.ofHours(5)));
        checkEveryFigure(officer, february, null);

        // An officer takes a report through the workflow (the service writes the status and the history).
        for (ReportStatus target : List.of(ReportStatus.DITELAAH, ReportStatus.TERVERIFIKASI)) {
            int version = jdbc.queryForObject("select version from report where id = ?", Integer.class, flowed);
            reportService.changeStatus(officer, flowed, new StatusChange(target, null, null, null, version));
        }
        // A reporter's correction moves a new report to another kabupaten, another day and other activities.
        jdbc.update(
                "update report set region_code = '73.71.01.1002', district_code = '73.71.01', regency_code = '73.71',"
                        + " observed_at = observed_at + interval '3 days', activities = '{PENELITIAN}',"
                        + " nationality = 'NZ' where id = ?",
                moved);
        checkEveryFigure(officer, february, null);
        checkEveryFigure(officer, february, "73.71");
        checkEveryFigure(officer, february, "73.72");

        // A report is deleted with its history; people are linked, unlinked and corrected.
        jdbc.update("delete from report_status_change where report_id = ?", deleted);
        jdbc.update("delete from report where id = ?", deleted);
        jdbc.update("update report set subject_id = (select max(id) from subject) where id = ?", flowed);
        jdbc.update("update subject s set permit_expiry = date '2024-01-01', last_seen_at = (select max(observed_at)"
                + " from report r where r.subject_id = s.id) where s.id = (select max(id) from subject)");
        jdbc.update("update subject set permit_expiry = date '2030-01-01' where id = (select min(id) from subject)");
        checkEveryFigure(officer, february, null);
        checkEveryFigure(user(national), february, "73");
        for (DashboardPeriod period : periods(officer)) {
            checkEveryFigure(officer, period, null);
        }
    }

    @Test
    void aBulkInsertOfManyReportsIsCountedOnceEach() {
        CurrentUser officer = user(provinceOfficer);
        DashboardPeriod march =
                DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null);
        long before = queries.figures(areas.resolve(officer, "73.01"), march).total();
        int inserted = jdbc.update(
                """
                insert into report (full_name, nationality, permit_type, observed_at, region_code, province_code,
                                    regency_code, district_code, place_type, activities, indications, source,
                                    reporter_id, reporting_agency_id)
                select 'Massal ' || g, (array['CN','MY','AU'])[1 + g % 3], 'ITAS',
                       timestamptz '2025-03-01 00:00+08' + g * interval '7 hours', '73.01.01.1001', '73', '73.01',
                       '73.01.01', 'TEMPAT_UMUM', array['BEKERJA', 'BISNIS'], array['TKA_ILEGAL'], 'APOA', ?,
                       (select agency_id from app_user where id = ?)
                  from generate_series(1, 120) g
                """,
                reporterId, reporterId);
        DashboardFigures after = queries.figures(areas.resolve(officer, "73.01"), march);
        long inMarch = 106; // every 7 hours from 1 March 07:00 (WITA): the 106th is on 31 March, the 107th in April
        assertThat(inserted).isEqualTo(120);
        assertThat(after.total()).isEqualTo(before + inMarch);
        checkEveryFigure(officer, march, "73.01");
        checkEveryFigure(officer, march, null);
    }

    // --- the comparison ---

    private void checkEveryFigure(CurrentUser user, DashboardPeriod period, String region) {
        DashboardArea area = areas.resolve(user, region);
        DashboardFigures figures = queries.figures(area, period);
        ReportScope scope = scopeOf(user);
        PlainCounts plain =
                new PlainCounts(jdbc, scope, region == null ? null : List.of(region), period.from(), period.to());
        String what = user.getUsername() + " " + period + " " + region;

        assertThat(figures.total()).as(what + " total").isEqualTo(plain.total());
        assertThat(nonZero(figures.statuses())).as(what + " status").isEqualTo(plain.by("status"));
        assertThat(figures.nationalities()).as(what + " nationality").isEqualTo(topTen(plain.by("nationality")));
        assertThat(asMap(figures.permits())).as(what + " permit").isEqualTo(plain.by("permit_type"));
        assertThat(asMap(figures.sources())).as(what + " source").isEqualTo(plain.by("source"));
        assertThat(asMap(figures.activities())).as(what + " activity").isEqualTo(plain.byElement("activities"));
        assertThat(asMap(figures.indications())).as(what + " indication").isEqualTo(plain.byElement("indications"));
        String unit = period.trendUnit() == TrendUnit.WEEK ? "week" : "month";
        assertThat(figures.trend().stream()
                        .filter(p -> p.count() != 0)
                        .collect(Collectors.toMap(TrendPoint::start, TrendPoint::count)))
                .as(what + " trend")
                .isEqualTo(plain.trend(unit));
        assertThat(figures.trend().get(0).start()).isBeforeOrEqualTo(period.from());
        assertThat(figures.medianVerificationHours()).as(what + " median").isEqualTo(plain.medianVerificationHours());
        assertThat(figures.verified()).as(what + " verified").isEqualTo(plain.verified());
        assertThat(figures.waitingForReview()).as(what + " waiting").isEqualTo(plain.allTime("BARU"));
        assertThat(figures.openFollowUps()).as(what + " follow-ups").isEqualTo(plain.allTime("TINDAK_LANJUT"));
        assertThat(figures.overstaySubjects()).as(what + " overstay").isEqualTo(plain.overstay());

        for (AreaCount row : queries.breakdown(areas.childrenOf(area), area, period)) {
            assertThat(row.count())
                    .as(what + " breakdown " + row.region().code())
                    .isEqualTo(new PlainCounts(jdbc, scope, List.of(row.region().code()), period.from(), period.to())
                            .total());
        }
        for (AreaCount mapArea : maps.map(area, period).areas()) {
            assertThat(mapArea.count())
                    .as(what + " map " + mapArea.region().code())
                    .isEqualTo(new PlainCounts(
                                    jdbc, scope, List.of(mapArea.region().code()), period.from(), period.to())
                            .total());
        }
    }

    private List<DashboardPeriod> periods(CurrentUser user) {
        LocalDate today = LocalDate.now(user.zone());
        List<DashboardPeriod> periods = new ArrayList<>();
        for (PeriodKind kind : List.of(
                PeriodKind.LAST_7_DAYS, PeriodKind.LAST_30_DAYS, PeriodKind.LAST_90_DAYS, PeriodKind.THIS_YEAR)) {
            periods.add(DashboardPeriod.of(kind, null, null, today));
        }
        // whole months with days before and after; exactly one month; within a month; long enough to go monthly
        periods.add(custom("2025-01-15", "2025-03-10"));
        periods.add(custom("2025-02-01", "2025-02-28"));
        periods.add(custom("2025-02-10", "2025-02-20"));
        periods.add(custom("2024-12-01", "2025-05-31"));
        return periods;
    }

    private static DashboardPeriod custom(String from, String to) {
        return DashboardPeriod.of(PeriodKind.CUSTOM, LocalDate.parse(from), LocalDate.parse(to), null);
    }

    private boolean within(CurrentUser user, String region) {
        try {
            areas.resolve(user, region);
            return true;
        } catch (NotFoundException outside) {
            return false;
        }
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private ReportScope scopeOf(CurrentUser user) {
        return ReportScope.of(jurisdictions.ofAgency(user.agencyId()));
    }

    private static Map<String, Long> nonZero(List<Tally> tallies) {
        return tallies.stream().filter(t -> t.count() != 0).collect(Collectors.toMap(Tally::code, Tally::count));
    }

    private static Map<String, Long> asMap(List<Tally> tallies) {
        return tallies.stream().collect(Collectors.toMap(Tally::code, Tally::count));
    }

    /** The ten most frequent (ties by code), then one "others" entry holding the rest, if any. */
    private static List<Tally> topTen(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Tally> top = new ArrayList<>();
        sorted.stream().limit(10).forEach(e -> top.add(new Tally(e.getKey(), null, e.getValue())));
        if (sorted.size() > 10) {
            Map<String, Long> rest = new HashMap<>();
            sorted.stream().skip(10).forEach(e -> rest.merge("x", e.getValue(), Long::sum));
            top.add(new Tally(null, "dashboard.nationality.others", rest.get("x")));
        }
        return top;
    }
}
