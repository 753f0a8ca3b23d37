package id.timpora.intake.web;

import id.timpora.intake.PublicReportView;
import id.timpora.intake.Triage;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.Sex;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Accepting a public report: the subject as far as the staff member knows it, and a note for the sender. */
class AcceptForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String fullName;

    @NotBlank(message = "{validation.required}")
    private String nationality;

    @NotNull(message = "{validation.required}")
    private Sex sex = Sex.TIDAK_DIKETAHUI;

    @Min(value = 0, message = "{report.error.age}")
    @Max(value = 120, message = "{report.error.age}")
    private Integer approximateAge;

    @NotNull(message = "{validation.required}")
    private PermitType permitType = PermitType.TIDAK_DIKETAHUI;

    @NotNull(message = "{validation.required}")
    private PlaceType placeType;

    @NotEmpty(message = "{report.error.activities}")
    private List<Activity> activities = new ArrayList<>();

    @Size(max = 500, message = "{validation.tooLong}")
    private String publicNote;

    private int version;

    static AcceptForm of(PublicReportView report) {
        AcceptForm form = new AcceptForm();
        form.nationality = report.nationality();
        if (report.activity() != null) {
            form.activities.add(report.activity());
        }
        form.version = report.version();
        return form;
    }

    Triage.Acceptance toAcceptance() {
        return new Triage.Acceptance(
                fullName,
                nationality == null || nationality.isBlank() ? null : nationality,
                sex,
                approximateAge,
                permitType,
                placeType,
                activities == null || activities.isEmpty()
                        ? EnumSet.noneOf(Activity.class)
                        : EnumSet.copyOf(activities),
                publicNote);
    }

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

    public Integer getApproximateAge() {
        return approximateAge;
    }

    public void setApproximateAge(Integer approximateAge) {
        this.approximateAge = approximateAge;
    }

    public PermitType getPermitType() {
        return permitType;
    }

    public void setPermitType(PermitType permitType) {
        this.permitType = permitType;
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
        this.activities = activities;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public void setPublicNote(String publicNote) {
        this.publicNote = publicNote;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
