package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.mail.PublicLinks;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells listeners about planned, changed and cancelled meetings ({@link MeetingAnnounced}) with the calendar files to
 * mail, read as the acting user sees the meeting (whoever changes a meeting sees it).
 */
@Component
class MeetingAnnouncements {

    private final MeetingQueries queries;
    private final PublicLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String organizer;

    MeetingAnnouncements(
            MeetingQueries queries,
            PublicLinks links,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${timpora.mail.organizer:noreply@timpora.localhost}") String organizer) {
        this.queries = queries;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.organizer = organizer;
    }

    void announce(CurrentUser user, long meetingId, MeetingAnnounced.Change change, Set<Long> uninvited) {
        MeetingView meeting = queries.view(user, meetingId);
        String url = links.absolute("/rapat/" + meetingId);
        Set<Long> invited = new TreeSet<>();
        meeting.invitees().forEach(invitee -> invited.add(invitee.agencyId()));
        boolean cancelled = change == MeetingAnnounced.Change.CANCELLED;
        String request = cancelled
                ? null
                : CalendarInvitation.of(meeting, url, clock.instant(), CalendarInvitation.Method.REQUEST, organizer);
        String cancel = cancelled || !uninvited.isEmpty()
                ? CalendarInvitation.of(meeting, url, clock.instant(), CalendarInvitation.Method.CANCEL, organizer)
                : null;
        events.publishEvent(new MeetingAnnounced(
                meetingId, change, meeting.title(), invited, new TreeSet<>(uninvited), request, cancel, user.id()));
    }
}
