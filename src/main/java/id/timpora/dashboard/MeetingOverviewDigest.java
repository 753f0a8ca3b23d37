package id.timpora.dashboard;

import id.timpora.account.CurrentUser;
import id.timpora.meeting.MeetingOverview;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dashboard's meeting cards, from the meeting feature's read-only overview (who may see what is decided there). */
@Component
class MeetingOverviewDigest implements MeetingDigest {

    private final MeetingOverview overview;

    MeetingOverviewDigest(MeetingOverview overview) {
        this.overview = overview;
    }

    @Override
    public List<UpcomingMeeting> upcoming(CurrentUser user, String regionCode, int limit) {
        return overview.upcomingFor(user, codes(regionCode), limit).stream()
                .map(meeting -> new UpcomingMeeting(
                        meeting.id(),
                        meeting.title(),
                        meeting.startsAt().toInstant(),
                        meeting.place(),
                        meeting.teamName()))
                .toList();
    }

    @Override
    public List<OverdueActionItem> overdueActionItems(CurrentUser user, String regionCode, int limit) {
        return overview.overdueActionItemsFor(user, codes(regionCode), limit).stream()
                .map(item -> new OverdueActionItem(
                        item.meetingId(),
                        item.meetingTitle(),
                        item.description(),
                        item.responsibleAgencyName(),
                        item.dueDate()))
                .toList();
    }

    private static List<String> codes(String regionCode) {
        return regionCode == null ? List.of() : List.of(regionCode);
    }
}
