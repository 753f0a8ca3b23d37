package id.timpora.partner.web;

import id.timpora.common.Text;
import id.timpora.partner.GuestNoticeData;
import id.timpora.partner.WorkerNoticeData;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The guest notice form and the worker notice form: the person and passport fields are shared, the stay fields differ.
 * The service checks the rest (dates against each other, passport format, nationality) and names each field.
 */
public class NoticeForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String fullName;

    @NotBlank(message = "{validation.required}")
    private String nationality;

    @NotNull(message = "{validation.required}")
    private Sex sex = Sex.TIDAK_DIKETAHUI;

    private LocalDate birthDate;

    @NotBlank(message = "{partner.error.passportRequired}")
    @Size(max = 30, message = "{validation.tooLong}")
    private String passportNumber;

    private LocalDate passportExpiry;

    @NotNull(message = "{validation.required}")
    private PermitType permitType = PermitType.TIDAK_DIKETAHUI;

    @Size(max = 50, message = "{validation.tooLong}")
    private String permitNumber;

    // guests
    @Size(max = 30, message = "{validation.tooLong}")
    private String room;

    private LocalDate checkInDate;
    private LocalTime checkInTime;
    private Activity purpose;

    // workers
    @Size(max = 120, message = "{validation.tooLong}")
    private String position;

    @Size(max = 300, message = "{validation.tooLong}")
    private String workLocation;

    private LocalDate startDate;
    private LocalDate endDate;

    /** A guest form: check-in now (in the desa's local time), unless typed otherwise. */
    static NoticeForm guest(LocalDate today, LocalTime now) {
        NoticeForm form = new NoticeForm();
        form.checkInDate = today;
        form.checkInTime = now.withSecond(0).withNano(0);
        return form;
    }

    static NoticeForm worker(LocalDate today) {
        NoticeForm form = new NoticeForm();
        form.startDate = today;
        return form;
    }

    GuestNoticeData toGuest() {
        return new GuestNoticeData(
                Text.blankToNull(fullName),
                nationality(),
                sex,
                birthDate,
                Text.blankToNull(passportNumber),
                passportExpiry,
                permitType,
                Text.blankToNull(permitNumber),
                Text.blankToNull(room),
                checkInDate == null ? null : checkInDate.atTime(checkInTime == null ? LocalTime.MIDNIGHT : checkInTime),
                null,
                purpose);
    }

    WorkerNoticeData toWorker() {
        return new WorkerNoticeData(
                Text.blankToNull(fullName),
                nationality(),
                sex,
                birthDate,
                Text.blankToNull(passportNumber),
                passportExpiry,
                permitType,
                Text.blankToNull(permitNumber),
                Text.blankToNull(position),
                Text.blankToNull(workLocation),
                startDate,
                endDate);
    }

    private String nationality() {
        String code = Text.blankToNull(nationality);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /** The form field a service problem belongs to. */
    static String fieldOf(String serviceField) {
        if (serviceField == null) {
            return null;
        }
        return switch (serviceField) {
            case "checkIn" -> "checkInDate";
            case "checkOut" -> "checkInDate";
            default -> serviceField;
        };
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public LocalDate getPassportExpiry() {
        return passportExpiry;
    }

    public void setPassportExpiry(LocalDate passportExpiry) {
        this.passportExpiry = passportExpiry;
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

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public LocalDate getCheckInDate() {
        return checkInDate;
    }

    public void setCheckInDate(LocalDate checkInDate) {
        this.checkInDate = checkInDate;
    }

    public LocalTime getCheckInTime() {
        return checkInTime;
    }

    public void setCheckInTime(LocalTime checkInTime) {
        this.checkInTime = checkInTime;
    }

    public Activity getPurpose() {
        return purpose;
    }

    public void setPurpose(Activity purpose) {
        this.purpose = purpose;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getWorkLocation() {
        return workLocation;
    }

    public void setWorkLocation(String workLocation) {
        this.workLocation = workLocation;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
