package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.meeting.MeetingFilter;
import id.timpora.meeting.MeetingQueries;
import id.timpora.meeting.TeamPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The teams a user belongs to, as the meeting feature shows them: members, when they last met, their meetings. */
@Controller
@RequestMapping("/rapat/tim")
class TeamMeetingsController {

    private static final int PAGE_SIZE = 25;
    private static final int MEETINGS_PER_PAGE = 10;

    private final MeetingQueries queries;

    TeamMeetingsController(MeetingQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    String teams(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("teams", queries.teams(user, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "meeting/teams";
    }

    @GetMapping("/{teamId}")
    String team(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long teamId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TeamPage team = queries.team(user, teamId);
        model.addAttribute("team", team);
        model.addAttribute(
                "meetings",
                queries.list(
                        user,
                        new MeetingFilter(MeetingFilter.Period.ALL, teamId),
                        PageRequest.of(Math.max(0, page), MEETINGS_PER_PAGE)));
        return "meeting/team";
    }
}
