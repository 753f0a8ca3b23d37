package id.timpora.meeting.web;

import id.timpora.meeting.MeetingTimes;
import id.timpora.meeting.TeamCadence;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every meeting page's templates need. */
@ControllerAdvice(basePackageClasses = MeetingModel.class)
class MeetingModel {

    private final MeetingTimes meetingTimes;

    MeetingModel(MeetingTimes meetingTimes) {
        this.meetingTimes = meetingTimes;
    }

    @ModelAttribute("meetingTimes")
    MeetingTimes meetingTimes() {
        return meetingTimes;
    }

    /** A team that has not met for more days than this is flagged. */
    @ModelAttribute("maxDays")
    int maxDays() {
        return TeamCadence.MAX_DAYS_BETWEEN_MEETINGS;
    }
}
