package id.timpora.meeting.web;

import id.timpora.meeting.MeetingKind;
import id.timpora.meeting.MeetingPlan;
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

    MeetingPlan toPlan() {
        return new MeetingPlan(
                teamId, kind, title, date, startTime, endTime, place, agenda, new LinkedHashSet<>(invitedAgencyIds));
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
