package id.timpora.report;

import id.timpora.infrastructure.persistence.Rows;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A sighting report, the one versioned aggregate of this feature: every change of its own fields goes through JPA and
 * its {@code @Version}. Lists and pages read projections in SQL. Its link to a subject ({@code subject_id}) is left
 * unmapped: {@link ReportSubjects} sets it in SQL for the registry, so this entity never holds a stale copy.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.BARU;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2)
    private String nationality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "approximate_age")
    private Short approximateAge;

    @Column(name = "passport_number", length = 30)
    private String passportNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "permit_type", nullable = false, length = 30)
    private PermitType permitType;

    @Column(name = "permit_number", length = 50)
    private String permitNumber;

    @Column(name = "permit_expiry")
    private LocalDate permitExpiry;

    @Column(length = 200)
    private String sponsor;

    @Column(length = 120)
    private String occupation;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "regency_code", nullable = false, length = 5)
    private String regencyCode;

    @Column(name = "district_code", nullable = false, length = 8)
    private String districtCode;

    @Column(length = 500)
    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_type", nullable = false, length = 30)
    private PlaceType placeType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(30)[]")
    private String[] activities = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(30)[]")
    private String[] indications = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportSource source;

    @Column(columnDefinition = "text")
    private String narrative;

    /** The social-media post's address (#19), kept as text and never fetched. */
    @Column(name = "source_link", length = SocialLinks.MAX_LENGTH)
    private String sourceLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_platform", length = 20)
    private SocialPlatform sourcePlatform;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private long reporterId;

    @Column(name = "reporting_agency_id", nullable = false, updatable = false)
    private long reportingAgencyId;

    @Column(name = "handling_agency_id")
    private Long handlingAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 20)
    private RejectionReason rejectionReason;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Report() {}

    Report(ReportData data, long reporterId, long reportingAgencyId, Instant now) {
        this.reporterId = reporterId;
        this.reportingAgencyId = reportingAgencyId;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(ReportData data, Instant now) {
        this.fullName = data.fullName().trim();
        this.nationality = data.nationality();
        this.sex = data.sex();
        this.birthDate = data.birthDate();
        this.approximateAge =
                data.approximateAge() == null ? null : data.approximateAge().shortValue();
        this.passportNumber = ReportData.normalisePassport(data.passportNumber());
        this.permitType = data.permitType();
        this.permitNumber = data.permitNumber();
        this.permitExpiry = data.permitExpiry();
        this.sponsor = data.sponsor();
        this.occupation = data.occupation();
        this.observedAt = data.observedAt();
        this.regionCode = data.regionCode();
        this.districtCode = data.regionCode().substring(0, 8);
        this.regencyCode = data.regionCode().substring(0, 5);
        this.provinceCode = data.regionCode().substring(0, 2);
        this.address = data.address();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.placeType = data.placeType();
        this.activities = sortedNames(data.activities());
        this.indications = sortedNames(data.indications());
        this.source = data.source();
        this.narrative = data.narrative();
        this.sourceLink = data.source() == ReportSource.MEDIA_SOSIAL ? SocialLinks.normalise(data.sourceLink()) : null;
        this.sourcePlatform = data.source() == ReportSource.MEDIA_SOSIAL ? data.sourcePlatform() : null;
        this.updatedAt = now;
    }

    /** The reporter corrects their own report while it is new; nobody else edits it. */
    boolean editableBy(long userId) {
        return reporterId == userId && status == ReportStatus.BARU;
    }

    void moveTo(ReportStatus target, Instant now) {
        this.status = target;
        this.updatedAt = now;
    }

    void reject(RejectionReason reason, Long duplicateOf, Instant now) {
        this.rejectionReason = reason;
        this.duplicateOfId = duplicateOf;
        moveTo(ReportStatus.DITOLAK, now);
    }

    void assignHandlingAgency(Long agencyId, Instant now) {
        this.handlingAgencyId = agencyId;
        this.updatedAt = now;
    }

    ReportData toData() {
        return new ReportData(
                fullName,
                nationality,
                sex,
                birthDate,
                approximateAge == null ? null : approximateAge.intValue(),
                passportNumber,
                permitType,
                permitNumber,
                permitExpiry,
                sponsor,
                occupation,
                observedAt,
                regionCode,
                address,
                latitude,
                longitude,
                placeType,
                Rows.enumSet(activities, Activity.class),
                Rows.enumSet(indications, Indication.class),
                source,
                narrative,
                sourceLink,
                sourcePlatform);
    }

    /** Stored in name order, so that the same choices are the same array whatever order they came in. */
    private static String[] sortedNames(Set<? extends Enum<?>> values) {
        String[] names = Rows.names(values);
        Arrays.sort(names);
        return names;
    }

    public Long getId() {
        return id;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getNationality() {
        return nationality;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public long getReporterId() {
        return reporterId;
    }

    public long getReportingAgencyId() {
        return reportingAgencyId;
    }

    public Long getHandlingAgencyId() {
        return handlingAgencyId;
    }

    public int getVersion() {
        return version;
    }
}
