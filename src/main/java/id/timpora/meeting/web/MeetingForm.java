package id.timpora.meeting.web;

import id.timpora.meeting.MeetingKind;
import id.timpora.meeting.MeetingPlan;
import id.timpora.meeting.MeetingView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

class MeetingForm {

    @NotNull(message = "{validation.required}")
    private Long teamId;

    @NotNull(message = "{validation.required}")
    private MeetingKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String title;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String place;

    @Size(max = 5000, message = "{validation.tooLong}")
    private String agenda;

    private List<Long> invitedAgencyIds = new ArrayList<>();

    private int version;

    /** A new plan for the team (or none chosen yet): a routine meeting on that day, from nine to twelve. */
    static MeetingForm of(Long teamId, LocalDate date) {
        MeetingForm form = new MeetingForm();
        form.teamId = teamId;
        form.kind = MeetingKind.RUTIN;
        form.date = date;
        form.startTime = LocalTime.of(9, 0);
        form.endTime = LocalTime.of(12, 0);
        return form;
    }

    /** The plan of a meeting as it stands, in the meeting's own zone, to be changed. */
    static MeetingForm of(MeetingView meeting) {
        MeetingForm form = new MeetingForm();
        form.teamId = meeting.teamId();
        form.kind = meeting.kind();
        form.title = meeting.title();
        form.date = meeting.startsAt().toLocalDate();
        form.startTime = meeting.startsAt().toLocalTime();
        form.endTime = meeting.endsAt().toLocalTime();
        form.place = meeting.place();
        form.agenda = meeting.agenda();
        form.invitedAgencyIds = new ArrayList<>(
                meeting.invitees().stream().map(MeetingView.Invitee::agencyId).toList());
        form.version = meeting.version();
        return form;
    }

    MeetingPlan toPlan() {
        return new MeetingPlan(
                teamId == null ? 0 : teamId,
                kind,
                title,
                date,
                startTime,
                endTime,
                place,
                agenda,
                new LinkedHashSet<>(invitedAgencyIds));
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public List<Long> getInvitedAgencyIds() {
        return invitedAgencyIds;
    }

    public void setInvitedAgencyIds(List<Long> invitedAgencyIds) {
        this.invitedAgencyIds = invitedAgencyIds == null ? new ArrayList<>() : invitedAgencyIds;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
