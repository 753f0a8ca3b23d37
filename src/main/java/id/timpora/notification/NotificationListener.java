package id.timpora.notification;

import id.timpora.intake.PublicReportReceived;
import id.timpora.meeting.ActionItemAssigned;
import id.timpora.meeting.MeetingAnnounced;
import id.timpora.partner.LateNoticeReceived;
import id.timpora.report.ReportFollowedUp;
import id.timpora.report.ReportStatus;
import id.timpora.report.ReportStatusChanged;
import id.timpora.report.ReportSubmitted;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the report and meeting rooms without them knowing: their services publish events inside their
 * transactions, and these synchronous listeners write the notifications and queue the mails in the same transaction.
 */
@Component
class NotificationListener {

    private final Recipients recipients;
    private final Notifications notifications;
    private final SavedSearchWatch watch;

    NotificationListener(Recipients recipients, Notifications notifications, SavedSearchWatch watch) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.watch = watch;
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        notifications.counted(
                NotificationKind.REVIEW_WAITING,
                recipients.officersCovering(submitted.regionCode(), submitted.actorId()),
                1);
        watch.newReport(submitted.reportId(), submitted.actorId());
    }

    @EventListener
    void on(PublicReportReceived received) {
        notifications.counted(NotificationKind.PUBLIC_WAITING, recipients.triagersCovering(received.regionCode()), 1);
    }

    @EventListener
    void on(LateNoticeReceived late) {
        notifications.counted(NotificationKind.PARTNER_LATE, recipients.triagersCovering(late.regionCode()), 1);
    }

    @EventListener
    void on(ReportStatusChanged changed) {
        if (changed.to() == ReportStatus.TINDAK_LANJUT && notifications.followUpNotifiedNow(changed.reportId())) {
            return;
        }
        notifications.notify(
                recipients.accounts(List.of(changed.reporterId()), changed.actorId()),
                NotificationKind.REPORT_STATUS,
                changed.reportId(),
                null,
                null,
                changed.to().name(),
                null);
    }

    @EventListener
    void on(ReportFollowedUp followedUp) {
        notifications.notify(
                recipients.accounts(List.of(followedUp.reporterId()), followedUp.actorId()),
                NotificationKind.REPORT_FOLLOW_UP,
                followedUp.reportId(),
                null,
                null,
                followedUp.type().name(),
                null);
    }

    @EventListener
    void on(MeetingAnnounced announced) {
        Notifications.Calendar request =
                announced.requestIcs() == null ? null : new Notifications.Calendar(announced.requestIcs(), "REQUEST");
        Notifications.Calendar cancel =
                announced.cancelIcs() == null ? null : new Notifications.Calendar(announced.cancelIcs(), "CANCEL");
        switch (announced.change()) {
            case INVITED -> meeting(announced, announced.invitedAgencyIds(), NotificationKind.MEETING_INVITED, request);
            case CHANGED -> {
                meeting(announced, announced.invitedAgencyIds(), NotificationKind.MEETING_CHANGED, request);
                meeting(announced, announced.uninvitedAgencyIds(), NotificationKind.MEETING_CANCELLED, cancel);
            }
            case CANCELLED -> meeting(
                    announced, announced.invitedAgencyIds(), NotificationKind.MEETING_CANCELLED, cancel);
        }
    }

    private void meeting(
            MeetingAnnounced announced, Set<Long> agencies, NotificationKind kind, Notifications.Calendar calendar) {
        notifications.notify(
                recipients.members(agencies, announced.actorId()),
                kind,
                null,
                announced.meetingId(),
                announced.title(),
                null,
                calendar);
    }

    @EventListener
    void on(ActionItemAssigned assigned) {
        notifications.notify(
                recipients.members(List.of(assigned.responsibleAgencyId()), assigned.actorId()),
                NotificationKind.ACTION_ITEM,
                null,
                assigned.meetingId(),
                assigned.meetingTitle(),
                assigned.description(),
                null);
    }
}
