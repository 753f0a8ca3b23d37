package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.agency.AgencyOption;
import id.timpora.agency.AgencyService;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.ChoiceGroup;
import id.timpora.infrastructure.web.Flash;
import id.timpora.meeting.MeetingFilter;
import id.timpora.meeting.MeetingKind;
import id.timpora.meeting.MeetingQueries;
import id.timpora.meeting.MeetingService;
import id.timpora.meeting.MeetingView;
import id.timpora.meeting.TeamOption;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning meetings: the list, a new plan, changing a plan, and holding or cancelling a planned meeting. */
@Controller
@RequestMapping("/rapat")
class MeetingPlanController {

    private static final int PAGE_SIZE = 20;
    private static final int TEAMS_ON_LIST = 6;
    private static final String FORM = "meeting/form";

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final MeetingPage page;
    private final AgencyService agencies;
    private final Clock clock;

    MeetingPlanController(
            MeetingService meetings, MeetingQueries queries, MeetingPage page, AgencyService agencies, Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.page = page;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "UPCOMING") MeetingFilter.Period period,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("period", period);
        model.addAttribute("periods", MeetingFilter.Period.values());
        model.addAttribute(
                "meetings",
                queries.list(user, new MeetingFilter(period, null), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("teams", queries.teams(user, PageRequest.of(0, TEAMS_ON_LIST)));
        model.addAttribute("canPlan", !queries.plannableTeams(user).isEmpty());
        return "meeting/list";
    }

    /** A week from today, in the morning, for the team asked for or the user's only team. */
    @GetMapping("/baru")
    String createForm(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "tim", required = false) Long teamId,
            Model model) {
        List<TeamOption> teams = queries.plannableTeams(user);
        if (teams.isEmpty()) {
            throw new AccessDeniedException("no team to plan for");
        }
        Long team = teamId != null ? teamId : teams.size() == 1 ? teams.get(0).id() : null;
        MeetingForm form = MeetingForm.of(
                team, clock.instant().atZone(user.zone()).toLocalDate().plusDays(7));
        form.setInvitedAgencyIds(new ArrayList<>(membersOf(team, teams)));
        return showForm(form, null, teams, model);
    }

    @PostMapping("/baru")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getTeamId() != null) {
            InvalidInput.collect(result, () -> meetings.validatePlan(user, null, form.toPlan()));
        }
        if (!result.hasErrors()) {
            try {
                long id = meetings.plan(user, form.toPlan());
                Flash.success(redirect, "meeting.created");
                return "redirect:/rapat/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showForm(user, form, null, model);
    }

    @GetMapping("/{id}/ubah")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MeetingView meeting = editableView(user, id);
        return showForm(user, MeetingForm.of(meeting), meeting, model);
    }

    @PostMapping("/{id}/ubah")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = editableView(user, id);
        InvalidInput.collect(result, () -> meetings.validatePlan(user, id, form.toPlan()));
        if (!result.hasErrors()) {
            try {
                meetings.update(user, id, form.getVersion(), form.toPlan());
                Flash.success(redirect, "meeting.saved");
                return "redirect:/rapat/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        return showForm(user, form, meeting, model);
    }

    /** Held or cancelled; a missing reason is shown beside the form on the meeting's page, anything else as a flash. */
    @PostMapping("/{id}/status")
    String changeStatus(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                meetings.changeStatus(user, id, form.getTarget(), form.getReason());
                Flash.success(
                        redirect, "meeting.statusChanged." + form.getTarget().name());
                return "redirect:/rapat/" + id;
            } catch (InvalidInput invalid) {
                if (!"reason".equals(invalid.problems().get(0).field())) {
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/rapat/" + id;
                }
                invalid.addTo(result);
            }
        }
        model.addAttribute("openForm", "status");
        return page.show(user, id, model);
    }

    private MeetingView editableView(CurrentUser user, long id) {
        MeetingView meeting = queries.view(user, id);
        if (!meeting.editable()) {
            throw new AccessDeniedException("not the chair's officer");
        }
        return meeting;
    }

    private String showForm(CurrentUser user, MeetingForm form, MeetingView meeting, Model model) {
        return showForm(form, meeting, queries.plannableTeams(user), model);
    }

    private String showForm(MeetingForm form, MeetingView meeting, List<TeamOption> teams, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("teamOptions", teams);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("inviteeGroups", inviteeGroups(form, meeting, teams));
        return FORM;
    }

    /** The chosen team's members first, then every other active agency; the page's script regroups on a team change. */
    private List<ChoiceGroup> inviteeGroups(MeetingForm form, MeetingView meeting, List<TeamOption> teams) {
        Set<Long> members =
                new HashSet<>(membersOf(meeting != null ? Long.valueOf(meeting.teamId()) : form.getTeamId(), teams));
        Map<Boolean, List<AgencyOption>> split =
                agencies.options().stream().collect(Collectors.partitioningBy(a -> members.contains(a.id())));
        return List.of(
                new ChoiceGroup("members", "meeting.invitees.members", split.get(true)),
                new ChoiceGroup("others", "meeting.invitees.others", split.get(false)));
    }

    private static List<Long> membersOf(Long teamId, List<TeamOption> teams) {
        return teams.stream()
                .filter(t -> teamId != null && t.id() == teamId)
                .findFirst()
                .map(TeamOption::memberAgencyIds)
                .orElse(List.of());
    }
}
