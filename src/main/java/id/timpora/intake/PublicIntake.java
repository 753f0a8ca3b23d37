package id.timpora.intake;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.Text;
import id.timpora.region.Region;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports from the public, sent with no account at {@code /lapor}: checked, limited per client and for everyone (counted
 * in the database, so the limits hold across app nodes), refused when the same report came before, saved with its
 * photos cleaned ({@link PhotoCleaner}), and audited with the client's address (the audit log's own column, which only
 * administrators read). The sender gets a tracking code once; {@link #status} answers it with the status and the
 * officer's public note, nothing else.
 */
@Service
public class PublicIntake {

    static final String TARGET = "PUBLIC_REPORT";
    private static final Logger log = LoggerFactory.getLogger(PublicIntake.class);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Advisory-lock namespace of the global limit (any constant; per-client locks hash the client key). */
    private static final long GLOBAL_LOCK = 1_400_014L;

    /** What the sender typed, independent of the web layer. */
    public record Submission(
            String description,
            Integer peopleCount,
            String nationality,
            Activity activity,
            Instant observedAt,
            String regionCode,
            String address,
            String reporterName,
            String reporterPhone,
            List<Photo> photos) {}

    public record Photo(String fileName, byte[] content) {}

    /** The saved report and its tracking code, which exists nowhere else from now on. */
    public record Receipt(long id, String trackingCode) {}

    /** All the sender may learn: the status and the officer's note for the public. */
    public record PublicStatus(PublicReportStatus status, String publicNote, Instant receivedAt) {}

    private final JdbcClient jdbc;
    private final RegionService regions;
    private final AuditLog audit;
    private final IntakePolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublicIntake(
            JdbcClient jdbc,
            RegionService regions,
            AuditLog audit,
            IntakePolicy policy,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    public IntakePolicy policy() {
        return policy;
    }

    /**
     * The checks of a submission that need more than the form: country, region down to a desa, a time not in the
     * future, the photos (number, size, readable as JPEG or PNG). Every problem at once.
     */
    public void validate(Submission submission) {
        problems(submission, new ArrayList<>()).throwIfAny();
    }

    private InvalidInput.Collector problems(Submission submission, List<PhotoCleaner.Clean> cleaned) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (submission.nationality() != null && !COUNTRIES.contains(submission.nationality())) {
            problems.add("nationality", "report.error.nationality");
        }
        Region region = submission.regionCode() == null
                ? null
                : regions.find(submission.regionCode()).orElse(null);
        if (region == null || region.level() != RegionLevel.DESA) {
            problems.add("regionCode", "report.error.region");
        }
        Instant now = clock.instant();
        if (submission.observedAt() != null) {
            if (submission.observedAt().isAfter(now.plusSeconds(300))) {
                problems.add("observedDate", "report.error.futureDate");
            } else if (submission.observedAt().isBefore(now.minus(Duration.ofDays(366)))) {
                problems.add("observedDate", "intake.error.tooOld");
            }
        }
        List<Photo> photos = submission.photos() == null ? List.of() : submission.photos();
        if (photos.size() > policy.maxPhotos()) {
            problems.add("photos", "intake.error.photoCount", policy.maxPhotos());
        } else {
            for (int i = 0; i < photos.size(); i++) {
                Photo photo = photos.get(i);
                String name = "#" + (i + 1);
                if (photo.content().length > policy.maxPhotoBytes()) {
                    problems.add("photos", "intake.error.photoSize", name, policy.maxPhotoBytes() / (1024 * 1024));
                    continue;
                }
                Optional<PhotoCleaner.Clean> clean = PhotoCleaner.clean(photo.content());
                if (clean.isEmpty()) {
                    problems.add("photos", "intake.error.photoType", name);
                } else {
                    cleaned.add(clean.get());
                }
            }
        }
        return problems;
    }

    /**
     * Saves a public report, or refuses it and saves nothing: {@link InvalidInput} for bad content or a report sent
     * before, {@link IntakeRefused} when the client or everyone together reached the limit. The client's limit is
     * checked under a lock of its own and the global one under a shared lock, both held until the transaction ends, so
     * parallel sends cannot slip past a limit.
     */
    @Transactional
    public Receipt submit(Submission submission, String clientKey) {
        List<PhotoCleaner.Clean> photos = new ArrayList<>();
        problems(submission, photos).throwIfAny();
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 14))")
                .param("key", "intake:" + clientKey)
                .query()
                .singleRow();
        int lastHour = countByClient(clientKey, now.minus(Duration.ofHours(1)));
        int lastDay = countByClient(clientKey, now.minus(Duration.ofDays(1)));
        if (lastHour >= policy.perClientPerHour() || lastDay >= policy.perClientPerDay()) {
            log.warn("Public report refused: client {} reached its limit", clientKey);
            throw new IntakeRefused(IntakeRefused.Reason.CLIENT_LIMIT);
        }
        String contentHash = contentHash(submission);
        boolean seen = jdbc.sql(
                        "select exists(select 1 from public_report where content_hash = :hash and received_at >= :since)")
                .param("hash", contentHash)
                .param("since", Timestamp.from(now.minus(policy.duplicateWindow())))
                .query(Boolean.class)
                .single();
        if (seen) {
            throw InvalidInput.of(null, "intake.error.duplicate");
        }
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", GLOBAL_LOCK)
                .query()
                .singleRow();
        int everyone = jdbc.sql("select count(*) from public_report where received_at >= :since")
                .param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class)
                .single();
        if (everyone >= policy.globalPerHour()) {
            log.warn("Public report refused: the global limit of {} an hour is reached", policy.globalPerHour());
            throw new IntakeRefused(IntakeRefused.Reason.GLOBAL_LIMIT);
        }

        String code = TrackingCodes.generate();
        String region = submission.regionCode();
        long id = jdbc.sql(
                        """
                        insert into public_report (tracking_hash, description, people_count, nationality, activity,
                                                   observed_at, region_code, province_code, regency_code,
                                                   district_code, address, reporter_name, reporter_phone, client_key,
                                                   content_hash, received_at)
                        values (:hash, :description, :count, :nationality, :activity, :observed, :region, :province,
                                :regency, :district, :address, :name, :phone, :client, :content, :now)
                        returning id""")
                .param("hash", TrackingCodes.hash(TrackingCodes.normalise(code)))
                .param("description", submission.description().strip())
                .param("count", submission.peopleCount())
                .param("nationality", submission.nationality())
                .param(
                        "activity",
                        submission.activity() == null
                                ? null
                                : submission.activity().name())
                .param("observed", Timestamp.from(submission.observedAt()))
                .param("region", region)
                .param("province", region.substring(0, 2))
                .param("regency", region.substring(0, 5))
                .param("district", region.substring(0, 8))
                .param("address", Text.blankToNull(submission.address()))
                .param("name", Text.blankToNull(submission.reporterName()))
                .param("phone", Text.blankToNull(submission.reporterPhone()))
                .param("client", clientKey)
                .param("content", contentHash)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        int n = 0;
        for (PhotoCleaner.Clean photo : photos) {
            n++;
            jdbc.sql(
                            """
                            insert into public_report_photo (public_report_id, file_name, content_type, size_bytes,
                                                             content)
                            values (:report, :name, :type, :size, :content)""")
                    .param("report", id)
                    .param("name", "foto-" + n + (photo.contentType().equals("image/png") ? ".png" : ".jpg"))
                    .param("type", photo.contentType())
                    .param("size", photo.content().length)
                    .param("content", photo.content())
                    .update();
        }
        audit.recordAs(
                null,
                "public",
                AuditAction.CREATE,
                TARGET,
                id,
                "region " + region + ", " + photos.size() + " photo(s), client " + clientKey
                        + (submission.reporterName() == null
                                        || submission.reporterName().isBlank()
                                ? ", anonymous"
                                : ""));
        events.publishEvent(new PublicReportReceived(id, region));
        return new Receipt(id, code);
    }

    /** The status of the report with this tracking code; empty for a code that is not one (no hint which). */
    @Transactional(readOnly = true)
    public Optional<PublicStatus> status(String typedCode) {
        String code = TrackingCodes.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select status, public_note, received_at from public_report where tracking_hash = :hash")
                .param("hash", TrackingCodes.hash(code))
                .query((rs, i) -> new PublicStatus(
                        PublicReportStatus.valueOf(rs.getString("status")),
                        rs.getString("public_note"),
                        rs.getTimestamp("received_at").toInstant()))
                .optional();
    }

    private int countByClient(String clientKey, Instant since) {
        return jdbc.sql("select count(*) from public_report where client_key = :client and received_at >= :since")
                .param("client", clientKey)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** The same words about the same place and day are the same report, whoever sends it again. */
    static String contentHash(Submission submission) {
        String words = submission.description() == null
                ? ""
                : submission.description().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String day = submission.observedAt() == null
                ? ""
                : submission
                        .observedAt()
                        .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                        .toString();
        return TrackingCodes.sha256(words + "|" + submission.regionCode() + "|" + day);
    }
}
