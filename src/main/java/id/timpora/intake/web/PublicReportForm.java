package id.timpora.intake.web;

import id.timpora.intake.PublicIntake;
import id.timpora.report.Activity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public report form. The time is typed in the local time of the place (the desa's province zone), as anyone
 * there reads a clock. {@code website} is the honeypot: hidden from people, filled in by form-filling scripts.
 */
class PublicReportForm {

    @NotBlank(message = "{validation.required}")
    @Size(min = 10, max = 2000, message = "{intake.error.descriptionLength}")
    private String description;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{intake.error.peopleCount}")
    @Max(value = 500, message = "{intake.error.peopleCount}")
    private Integer peopleCount = 1;

    private String nationality;

    private Activity activity;

    @NotBlank(message = "{report.error.region}")
    private String regionCode;

    @Size(max = 500, message = "{validation.tooLong}")
    private String address;

    @NotNull(message = "{validation.required}")
    private LocalDate observedDate;

    @NotNull(message = "{validation.required}")
    private LocalTime observedTime;

    private List<MultipartFile> photos = new ArrayList<>();

    /** Filled in by the phone only when the sender pressed "use my location" (navigator.geolocation). */
    @DecimalMin(value = "-11.5", message = "{report.error.latitude}")
    @DecimalMax(value = "6.5", message = "{report.error.latitude}")
    private BigDecimal latitude;

    @DecimalMin(value = "94.5", message = "{report.error.longitude}")
    @DecimalMax(value = "141.5", message = "{report.error.longitude}")
    private BigDecimal longitude;

    /** The sender chose to share the photo's location: its GPS position becomes the report's, if none was given. */
    private boolean sharePhotoLocation;

    @Size(max = 120, message = "{validation.tooLong}")
    private String reporterName;

    @Size(max = 30, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^\\+?[0-9][0-9 ()-]{5,28}$", message = "{intake.error.phone}")
    private String reporterPhone;

    @AssertTrue(message = "{intake.error.consent}")
    private boolean consent;

    private String website;

    private String challengeId;

    private String answer;

    static PublicReportForm of(ZonedDateTime now) {
        PublicReportForm form = new PublicReportForm();
        form.observedDate = now.toLocalDate();
        form.observedTime = now.toLocalTime().withSecond(0).withNano(0);
        return form;
    }

    PublicIntake.Submission toSubmission(ZoneId zone) {
        return new PublicIntake.Submission(
                description,
                peopleCount,
                nationality == null || nationality.isBlank() ? null : nationality.strip(),
                activity,
                observedDate == null || observedTime == null
                        ? null
                        : observedDate.atTime(observedTime).atZone(zone).toInstant(),
                regionCode == null || regionCode.isBlank() ? null : regionCode.strip(),
                address,
                reporterName == null ? null : reporterName.strip(),
                reporterPhone == null ? null : reporterPhone.strip(),
                chosenPhotos().stream()
                        .map(file -> {
                            try {
                                return new PublicIntake.Photo(file.getOriginalFilename(), file.getBytes());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .toList(),
                latitude,
                longitude,
                sharePhotoLocation);
    }

    /** The file inputs that hold a file (an empty input sends an empty part). */
    List<MultipartFile> chosenPhotos() {
        return photos == null
                ? List.of()
                : photos.stream()
                        .filter(file -> file != null && !file.isEmpty())
                        .toList();
    }

    boolean honeypotFilled() {
        return website != null && !website.isEmpty();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getPeopleCount() {
        return peopleCount;
    }

    public void setPeopleCount(Integer peopleCount) {
        this.peopleCount = peopleCount;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
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

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public void setReporterPhone(String reporterPhone) {
        this.reporterPhone = reporterPhone;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
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

    public boolean isSharePhotoLocation() {
        return sharePhotoLocation;
    }

    public void setSharePhotoLocation(boolean sharePhotoLocation) {
        this.sharePhotoLocation = sharePhotoLocation;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getChallengeId() {
        return challengeId;
    }

    public void setChallengeId(String challengeId) {
        this.challengeId = challengeId;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
