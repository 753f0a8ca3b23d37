package id.timpora.partner;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.Text;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.persistence.VersionedUpdate;
import id.timpora.organisation.Organisation;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportSubmission;
import id.timpora.report.Sex;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guest and worker notices (#13). Each new notice becomes a report through the report room's own submission (source
 * APOA for lodgings, PERUSAHAAN_SPONSOR for companies and sponsors; place PENGINAPAN or TEMPAT_KERJA; region the
 * organisation's desa; seen at check-in or start), which links it to the registry by nationality and passport. A
 * partner's notice is authored by the partner's account, whose agency is the organisation's registering agency; an
 * officer's notice on a partner's behalf by the officer. A lodging notice more than 24 hours after check-in is late.
 *
 * <p>Idempotent: the stay key (organisation, kind, nationality, normalised passport, check-in or start date) is unique;
 * recording a known stay again returns the existing notice, saves nothing and creates no report. Concurrent attempts
 * for one key wait for each other on a transaction-scoped advisory lock.
 */
@Service
public class NoticeService {

    static final String TARGET = "PARTNER_NOTICE";
    /** A lodging must report a foreign guest within 24 hours of check-in (UU 6/2011 Pasal 72). */
    public static final Duration LATE_AFTER = Duration.ofHours(24);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PASSPORT = Pattern.compile("^[A-Z0-9]{3,30}$");
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final PartnerAccess access;
    private final ReportSubmission submission;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoticeService(
            JdbcClient jdbc,
            PartnerAccess access,
            ReportSubmission submission,
            RegionService regions,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.submission = submission;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a guest's check-in at a lodging: by one of its partners, or by an officer (or Kesbangpol reporter) of the
     * jurisdiction on its behalf. 404 ({@link NotFoundException}) for any other organisation, {@link InvalidInput}
     * (fields named as in {@link GuestNoticeData}) for bad data, nothing saved.
     */
    @Transactional
    public NoticeResult recordGuest(CurrentUser user, long organisationId, GuestNoticeData data) {
        Organisation organisation = access.forNotices(user, organisationId);
        ZoneId zone = zoneOf(organisation);
        guestProblems(organisation, data, zone).throwIfAny();
        String passportKey = ReportData.normalisePassport(data.passportNumber());
        LocalDate stayDate = data.checkIn().toLocalDate();
        lock(organisation.id(), NoticeKind.TAMU, data.nationality(), passportKey, stayDate);
        Optional<NoticeResult> known =
                existing(organisation.id(), NoticeKind.TAMU, data.nationality(), passportKey, stayDate);
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        Instant checkIn = data.checkIn().atZone(zone).toInstant();
        boolean late = now.isAfter(checkIn.plus(LATE_AFTER));
        Activity purpose = data.purpose() == null ? Activity.LAINNYA : data.purpose();
        String address = organisation.address()
                + (Text.blankToNull(data.room()) == null
                        ? ""
                        : ", kamar " + data.room().trim());
        ReportData report = new ReportData(
                data.fullName().trim(),
                data.nationality(),
                data.sex() == null ? Sex.TIDAK_DIKETAHUI : data.sex(),
                data.birthDate(),
                null,
                data.passportNumber().trim(),
                data.permitType() == null ? PermitType.TIDAK_DIKETAHUI : data.permitType(),
                Text.blankToNull(data.permitNumber()),
                null,
                null,
                null,
                checkIn,
                organisation.regionCode(),
                address,
                null,
                null,
                PlaceType.PENGINAPAN,
                Set.of(purpose),
                Set.of(),
                ReportSource.APOA,
                "Pemberitahuan tamu asing dari " + organisation.name() + " (check-in "
                        + data.checkIn().toLocalDate() + (late ? ", terlambat" : "") + ").");
        long reportId = submission.submit(user, report, List.of());
        String receipt = nextReceiptNumber(now, zone);
        long id = SqlFragment.of(
                        """
                        insert into partner_notice (organisation_id, kind, full_name, nationality, sex, birth_date,
                               passport_number, passport_key, passport_expiry, permit_type, permit_number, room,
                               check_in_at, check_out_at, purpose, stay_date, late, report_id, receipt_number,
                               submitted_at, submitted_by)
                        values (:organisation, 'TAMU', :name, :nationality, :sex, :birth, :passport, :passport_key,
                               :expiry, :permit_type, :permit_number, :room, :check_in, :check_out, :purpose,
                               :stay_date, :late, :report, :receipt, :now, :by)
                        returning id""")
                .with("organisation", organisation.id())
                .with("name", data.fullName().trim())
                .with("nationality", data.nationality())
                .with("sex", report.sex().name())
                .with("birth", data.birthDate())
                .with("passport", data.passportNumber().trim())
                .with("passport_key", passportKey)
                .with("expiry", data.passportExpiry())
                .with("permit_type", report.permitType().name())
                .with("permit_number", Text.blankToNull(data.permitNumber()))
                .with("room", Text.blankToNull(data.room()))
                .with("check_in", Timestamp.from(checkIn))
                .with(
                        "check_out",
                        data.checkOut() == null
                                ? null
                                : Timestamp.from(data.checkOut().atZone(zone).toInstant()))
                .with("purpose", purpose.name())
                .with("stay_date", stayDate)
                .with("late", late)
                .with("report", reportId)
                .with("receipt", receipt)
                .with("now", Timestamp.from(now))
                .with("by", user.id())
                .on(jdbc)
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, TARGET, id, "TAMU " + receipt + " report " + reportId + (late ? " late" : ""));
        if (late) {
            events.publishEvent(new LateNoticeReceived(id, organisation.id(), organisation.regionCode()));
        }
        return new NoticeResult(id, reportId, receipt, true, late);
    }

    /** Records a foreign worker at a company or sponsor; as {@link #recordGuest}, never late. */
    @Transactional
    public NoticeResult recordWorker(CurrentUser user, long organisationId, WorkerNoticeData data) {
        Organisation organisation = access.forNotices(user, organisationId);
        ZoneId zone = zoneOf(organisation);
        workerProblems(organisation, data, zone).throwIfAny();
        String passportKey = ReportData.normalisePassport(data.passportNumber());
        LocalDate stayDate = data.startDate();
        lock(organisation.id(), NoticeKind.PEKERJA, data.nationality(), passportKey, stayDate);
        Optional<NoticeResult> known =
                existing(organisation.id(), NoticeKind.PEKERJA, data.nationality(), passportKey, stayDate);
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        Instant start = data.startDate().atStartOfDay(zone).toInstant();
        Instant seen = start.isAfter(now) ? now : start;
        String location = Text.blankToNull(data.workLocation()) == null
                ? organisation.address()
                : data.workLocation().trim();
        ReportData report = new ReportData(
                data.fullName().trim(),
                data.nationality(),
                data.sex() == null ? Sex.TIDAK_DIKETAHUI : data.sex(),
                data.birthDate(),
                null,
                data.passportNumber().trim(),
                data.permitType() == null ? PermitType.TIDAK_DIKETAHUI : data.permitType(),
                Text.blankToNull(data.permitNumber()),
                null,
                organisation.name(),
                Text.blankToNull(data.position()),
                seen,
                organisation.regionCode(),
                location,
                null,
                null,
                PlaceType.TEMPAT_KERJA,
                Set.of(Activity.BEKERJA),
                Set.of(),
                ReportSource.PERUSAHAAN_SPONSOR,
                "Pemberitahuan pekerja asing dari " + organisation.name() + " (mulai " + data.startDate()
                        + (data.endDate() == null ? "" : " s.d. " + data.endDate()) + ").");
        long reportId = submission.submit(user, report, List.of());
        String receipt = nextReceiptNumber(now, zone);
        long id = SqlFragment.of(
                        """
                        insert into partner_notice (organisation_id, kind, full_name, nationality, sex, birth_date,
                               passport_number, passport_key, passport_expiry, permit_type, permit_number, position,
                               work_location, start_date, end_date, stay_date, late, report_id, receipt_number,
                               submitted_at, submitted_by)
                        values (:organisation, 'PEKERJA', :name, :nationality, :sex, :birth, :passport, :passport_key,
                               :expiry, :permit_type, :permit_number, :position, :location, :start, :end, :stay_date,
                               false, :report, :receipt, :now, :by)
                        returning id""")
                .with("organisation", organisation.id())
                .with("name", data.fullName().trim())
                .with("nationality", data.nationality())
                .with("sex", report.sex().name())
                .with("birth", data.birthDate())
                .with("passport", data.passportNumber().trim())
                .with("passport_key", passportKey)
                .with("expiry", data.passportExpiry())
                .with("permit_type", report.permitType().name())
                .with("permit_number", Text.blankToNull(data.permitNumber()))
                .with("position", Text.blankToNull(data.position()))
                .with("location", location)
                .with("start", data.startDate())
                .with("end", data.endDate())
                .with("stay_date", stayDate)
                .with("report", reportId)
                .with("receipt", receipt)
                .with("now", Timestamp.from(now))
                .with("by", user.id())
                .on(jdbc)
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, TARGET, id, "PEKERJA " + receipt + " report " + reportId);
        return new NoticeResult(id, reportId, receipt, true, false);
    }

    /** The checks {@link #recordGuest} makes, without saving: for forms and for bulk previews. */
    @Transactional(readOnly = true)
    public void validateGuest(CurrentUser user, long organisationId, GuestNoticeData data) {
        Organisation organisation = access.forNotices(user, organisationId);
        guestProblems(organisation, data, zoneOf(organisation)).throwIfAny();
    }

    /** The checks {@link #recordWorker} makes, without saving. */
    @Transactional(readOnly = true)
    public void validateWorker(CurrentUser user, long organisationId, WorkerNoticeData data) {
        Organisation organisation = access.forNotices(user, organisationId);
        workerProblems(organisation, data, zoneOf(organisation)).throwIfAny();
    }

    /** The guest left: the check-out time (local to the desa), once, not before check-in. */
    @Transactional
    public void checkOut(CurrentUser user, long noticeId, int expectedVersion, LocalDateTime checkOut) {
        NoticeRow row = jdbc.sql(
                        "select organisation_id, kind, check_in_at, check_out_at from partner_notice where id = :id")
                .param("id", noticeId)
                .query((rs, i) -> new NoticeRow(
                        rs.getLong("organisation_id"),
                        NoticeKind.valueOf(rs.getString("kind")),
                        Rows.instant(rs, "check_in_at"),
                        Rows.instant(rs, "check_out_at")))
                .optional()
                .orElseThrow(NotFoundException::new);
        Organisation organisation = access.forNotices(user, row.organisationId());
        if (row.kind() != NoticeKind.TAMU) {
            throw new NotFoundException();
        }
        if (row.checkOut() != null) {
            throw InvalidInput.of(null, "partner.error.alreadyCheckedOut");
        }
        ZoneId zone = zoneOf(organisation);
        if (checkOut == null) {
            throw InvalidInput.of("checkOutDate", "validation.required");
        }
        Instant at = checkOut.atZone(zone).toInstant();
        if (at.isBefore(row.checkIn())) {
            throw InvalidInput.of("checkOutDate", "partner.error.checkOutBeforeCheckIn");
        }
        if (at.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw InvalidInput.of("checkOutDate", "partner.error.future");
        }
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of(
                                "update partner_notice set check_out_at = :check_out, version = version + 1"
                                        + " where id = :id and version = :version",
                                "check_out",
                                Timestamp.from(at))
                        .with("id", noticeId)
                        .with("version", expectedVersion));
        audit.record(AuditAction.UPDATE, TARGET, noticeId, "check-out " + checkOut);
    }

    private record NoticeRow(long organisationId, NoticeKind kind, Instant checkIn, Instant checkOut) {}

    /** The organisation's desa's zone: check-in times are read and stay dates taken there. */
    public ZoneId zoneOf(Organisation organisation) {
        return regions.timeZoneOf(organisation.regionCode()).orElse(ZoneId.of("Asia/Jakarta"));
    }

    InvalidInput.Collector guestProblems(Organisation organisation, GuestNoticeData data, ZoneId zone) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!organisation.active()) {
            problems.add(null, "partner.error.inactive");
        }
        if (!organisation.kind().lodging()) {
            problems.add(null, "partner.error.notLodging");
        }
        person(problems, data.fullName(), data.nationality(), data.passportNumber(), data.permitNumber());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant().plus(FUTURE_TOLERANCE), zone);
        if (data.checkIn() == null) {
            problems.add("checkIn", "validation.required");
        } else {
            if (data.checkIn().isAfter(now)) {
                problems.add("checkIn", "partner.error.future");
            }
            if (data.birthDate() != null
                    && data.birthDate().isAfter(data.checkIn().toLocalDate())) {
                problems.add("birthDate", "partner.error.birthAfterCheckIn");
            }
            if (data.passportExpiry() != null
                    && data.passportExpiry().isBefore(data.checkIn().toLocalDate())) {
                problems.add("passportExpiry", "partner.error.passportExpired");
            }
            if (data.checkOut() != null && data.checkOut().isBefore(data.checkIn())) {
                problems.add("checkOut", "partner.error.checkOutBeforeCheckIn");
            }
        }
        if (data.checkOut() != null && data.checkOut().isAfter(now)) {
            problems.add("checkOut", "partner.error.future");
        }
        if (tooLong(data.room(), 30)) {
            problems.add("room", "validation.tooLong");
        }
        return problems;
    }

    InvalidInput.Collector workerProblems(Organisation organisation, WorkerNoticeData data, ZoneId zone) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!organisation.active()) {
            problems.add(null, "partner.error.inactive");
        }
        if (!organisation.kind().employer()) {
            problems.add(null, "partner.error.notEmployer");
        }
        person(problems, data.fullName(), data.nationality(), data.passportNumber(), data.permitNumber());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (data.birthDate() != null && data.birthDate().isAfter(today)) {
            problems.add("birthDate", "partner.error.future");
        }
        if (data.startDate() == null) {
            problems.add("startDate", "validation.required");
        } else {
            if (data.endDate() != null && data.endDate().isBefore(data.startDate())) {
                problems.add("endDate", "partner.error.endBeforeStart");
            }
            if (data.birthDate() != null && data.birthDate().isAfter(data.startDate())) {
                problems.add("birthDate", "partner.error.birthAfterStart");
            }
            if (data.passportExpiry() != null && data.passportExpiry().isBefore(data.startDate())) {
                problems.add("passportExpiry", "partner.error.passportExpired");
            }
        }
        if (tooLong(data.position(), 120)) {
            problems.add("position", "validation.tooLong");
        }
        if (tooLong(data.workLocation(), 300)) {
            problems.add("workLocation", "validation.tooLong");
        }
        return problems;
    }

    private static void person(
            InvalidInput.Collector problems, String name, String nationality, String passport, String permitNumber) {
        if (Text.blankToNull(name) == null) {
            problems.add("fullName", "validation.required");
        } else if (tooLong(name, 200)) {
            problems.add("fullName", "validation.tooLong");
        }
        if (nationality == null || !COUNTRIES.contains(nationality)) {
            problems.add("nationality", "report.error.nationality");
        }
        String key = ReportData.normalisePassport(passport);
        if (key == null) {
            problems.add("passportNumber", "partner.error.passportRequired");
        } else if (passport.trim().length() > 30 || !PASSPORT.matcher(key).matches()) {
            problems.add("passportNumber", "partner.error.passportFormat");
        }
        if (tooLong(permitNumber, 50)) {
            problems.add("permitNumber", "validation.tooLong");
        }
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.trim().length() > max;
    }

    private void lock(long organisationId, NoticeKind kind, String nationality, String passportKey, LocalDate date) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param(
                        "key",
                        "partner_notice:" + organisationId + ":" + kind + ":" + nationality + ":" + passportKey + ":"
                                + date)
                .query((rs, i) -> 1)
                .single();
    }

    private Optional<NoticeResult> existing(
            long organisationId, NoticeKind kind, String nationality, String passportKey, LocalDate date) {
        return jdbc.sql(
                        """
                        select id, report_id, receipt_number, late from partner_notice
                         where organisation_id = :organisation and kind = :kind and nationality = :nationality
                           and passport_key = :passport_key and stay_date = :stay_date""")
                .param("organisation", organisationId)
                .param("kind", kind.name())
                .param("nationality", nationality)
                .param("passport_key", passportKey)
                .param("stay_date", date)
                .query((rs, i) -> new NoticeResult(
                        rs.getLong("id"),
                        rs.getLong("report_id"),
                        rs.getString("receipt_number"),
                        false,
                        rs.getBoolean("late")))
                .optional();
    }

    /** STT/2026/000123: the next number of the year (in the desa's zone), in sequence. */
    private String nextReceiptNumber(Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        int number = jdbc.sql(
                        """
                        insert into receipt_counter (year, last) values (:year, 1)
                        on conflict (year) do update set last = receipt_counter.last + 1
                        returning last""")
                .param("year", year)
                .query(Integer.class)
                .single();
        return String.format(Locale.ROOT, "STT/%d/%06d", year, number);
    }
}
