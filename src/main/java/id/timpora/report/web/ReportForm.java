package id.timpora.report.web;

import id.timpora.common.Text;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportSource;
import id.timpora.report.Sex;
import id.timpora.report.SocialLinks;
import id.timpora.report.SocialPlatform;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/**
 * The report form; times are entered in the user's agency zone and stored as instants. Dates and times are typed
 * ({@code 17/08/2026}, {@code 14:30}) and read by the application's formatters; what cannot be read comes back
 * beside its field as typed.
 */
class ReportForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String fullName;

    @NotBlank(message = "{validation.required}")
    private String nationality;

    @NotNull(message = "{validation.required}")
    private Sex sex = Sex.TIDAK_DIKETAHUI;

    private LocalDate birthDate;

    @Min(value = 0, message = "{report.error.age}")
    @Max(value = 120, message = "{report.error.age}")
    private Integer approximateAge;

    @Size(max = 30, message = "{validation.tooLong}")
    private String passportNumber;

    @NotNull(message = "{validation.required}")
    private PermitType permitType = PermitType.TIDAK_DIKETAHUI;

    @Size(max = 50, message = "{validation.tooLong}")
    private String permitNumber;

    private LocalDate permitExpiry;

    @Size(max = 200, message = "{validation.tooLong}")
    private String sponsor;

    @Size(max = 120, message = "{validation.tooLong}")
    private String occupation;

    @NotNull(message = "{validation.required}")
    private LocalDate observedDate;

    @NotNull(message = "{validation.required}")
    private LocalTime observedTime;

    @NotBlank(message = "{report.error.region}")
    private String regionCode;

    @Size(max = 500, message = "{validation.tooLong}")
    private String address;

    @DecimalMin(value = "-11.5", message = "{report.error.latitude}")
    @DecimalMax(value = "6.5", message = "{report.error.latitude}")
    private BigDecimal latitude;

    @DecimalMin(value = "94.5", message = "{report.error.longitude}")
    @DecimalMax(value = "141.5", message = "{report.error.longitude}")
    private BigDecimal longitude;

    @NotNull(message = "{validation.required}")
    private PlaceType placeType;

    /** Checked with the other fields so every mistake shows at once; the service checks it again. */
    @NotEmpty(message = "{report.error.activities}")
    private List<Activity> activities = new ArrayList<>();

    private List<Indication> indications = new ArrayList<>();

    @NotNull(message = "{validation.required}")
    private ReportSource source;

    @Size(max = 10000, message = "{validation.tooLong}")
    private String narrative;

    /** The post's address when the source is social media (#19); checked by the service, kept as text only. */
    @Size(max = SocialLinks.MAX_LENGTH, message = "{validation.tooLong}")
    private String sourceLink;

    private SocialPlatform sourcePlatform;

    /** Files chosen in the form; a browser cannot refill them after a validation error, so a refusal holds them. */
    private List<MultipartFile> attachments = new ArrayList<>();

    /** Files of an earlier, refused submit, held on the server for this user ({@code HeldUploads}); unticked ones go. */
    private List<UUID> heldAttachments = new ArrayList<>();

    private int version;

    /** A new report, seen at the given moment (to the minute) unless the user says otherwise. */
    static ReportForm of(ZonedDateTime seen) {
        ReportForm form = new ReportForm();
        form.observedDate = seen.toLocalDate();
        form.observedTime = seen.toLocalTime().withSecond(0).withNano(0);
        return form;
    }

    static ReportForm of(ReportData data, ZoneId zone, int version) {
        ReportForm form = new ReportForm();
        form.fullName = data.fullName();
        form.nationality = data.nationality();
        form.sex = data.sex();
        form.birthDate = data.birthDate();
        form.approximateAge = data.approximateAge();
        form.passportNumber = data.passportNumber();
        form.permitType = data.permitType();
        form.permitNumber = data.permitNumber();
        form.permitExpiry = data.permitExpiry();
        form.sponsor = data.sponsor();
        form.occupation = data.occupation();
        form.observedDate = data.observedAt().atZone(zone).toLocalDate();
        form.observedTime =
                data.observedAt().atZone(zone).toLocalTime().withSecond(0).withNano(0);
        form.regionCode = data.regionCode();
        form.address = data.address();
        form.latitude = data.latitude();
        form.longitude = data.longitude();
        form.placeType = data.placeType();
        form.activities = new ArrayList<>(data.activities());
        form.indications = new ArrayList<>(data.indications());
        form.source = data.source();
        form.narrative = data.narrative();
        form.sourceLink = data.sourceLink();
        form.sourcePlatform = data.sourcePlatform();
        form.version = version;
        return form;
    }

    ReportData toData(ZoneId zone) {
        return new ReportData(
                fullName,
                nationality,
                sex,
                birthDate,
                approximateAge,
                passportNumber,
                permitType,
                Text.blankToNull(permitNumber),
                permitExpiry,
                Text.blankToNull(sponsor),
                Text.blankToNull(occupation),
                observedDate == null || observedTime == null
                        ? null
                        : observedDate.atTime(observedTime).atZone(zone).toInstant(),
                regionCode,
                Text.blankToNull(address),
                latitude,
                longitude,
                placeType,
                activities == null || activities.isEmpty()
                        ? EnumSet.noneOf(Activity.class)
                        : EnumSet.copyOf(activities),
                indications.isEmpty() ? EnumSet.noneOf(Indication.class) : EnumSet.copyOf(indications),
                source,
                Text.blankToNull(narrative),
                source == ReportSource.MEDIA_SOSIAL ? Text.blankToNull(sourceLink) : null,
                source == ReportSource.MEDIA_SOSIAL ? sourcePlatform : null);
    }

    // getters and setters for binding

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getApproximateAge() {
        return approximateAge;
    }

    public void setApproximateAge(Integer approximateAge) {
        this.approximateAge = approximateAge;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public PermitType getPermitType() {
        return permitType;
    }

    public void setPermitType(PermitType permitType) {
        this.permitType = permitType;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public void setPermitNumber(String permitNumber) {
        this.permitNumber = permitNumber;
    }

    public LocalDate getPermitExpiry() {
        return permitExpiry;
    }

    public void setPermitExpiry(LocalDate permitExpiry) {
        this.permitExpiry = permitExpiry;
    }

    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public LocalDate getObservedDate() {
        return observedDate;
    }

    public void setObservedDate(LocalDate observedDate) {
        this.observedDate = observedDate;
    }

    public LocalTime getObservedTime() {
        return observedTime;
    }

    public void setObservedTime(LocalTime observedTime) {
        this.observedTime = observedTime;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public PlaceType getPlaceType() {
        return placeType;
    }

    public void setPlaceType(PlaceType placeType) {
        this.placeType = placeType;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public void setActivities(List<Activity> activities) {
        this.activities = activities == null ? new ArrayList<>() : activities;
    }

    public List<Indication> getIndications() {
        return indications;
    }

    public void setIndications(List<Indication> indications) {
        this.indications = indications == null ? new ArrayList<>() : indications;
    }

    public ReportSource getSource() {
        return source;
    }

    public void setSource(ReportSource source) {
        this.source = source;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getSourceLink() {
        return sourceLink;
    }

    public void setSourceLink(String sourceLink) {
        this.sourceLink = sourceLink;
    }

    public SocialPlatform getSourcePlatform() {
        return sourcePlatform;
    }

    public void setSourcePlatform(SocialPlatform sourcePlatform) {
        this.sourcePlatform = sourcePlatform;
    }

    public List<MultipartFile> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<MultipartFile> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : attachments;
    }

    public List<UUID> getHeldAttachments() {
        return heldAttachments;
    }

    public void setHeldAttachments(List<UUID> heldAttachments) {
        this.heldAttachments = heldAttachments == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        heldAttachments.stream().filter(Objects::nonNull).toList());
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
