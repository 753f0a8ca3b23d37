package id.timpora.agency.web;

import id.timpora.agency.AdminScopes;
import id.timpora.agency.OrganisationLevel;
import id.timpora.agency.TeamDetails;
import id.timpora.agency.TeamMeetingActivity;
import id.timpora.agency.TeamQueries;
import id.timpora.agency.TeamService;
import id.timpora.agency.TeamSummary;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.security.UserIdentity;
import id.timpora.infrastructure.web.Flash;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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

@Controller
@RequestMapping("/admin/tim")
class TeamController {

    private static final int PAGE_SIZE = 25;
    private static final String FORM = "agency/team-form";

    private final TeamService teams;
    private final TeamQueries queries;
    private final TeamMeetingActivity meetings;
    private final AdminScopes scopes;

    TeamController(TeamService teams, TeamQueries queries, TeamMeetingActivity meetings, AdminScopes scopes) {
        this.teams = teams;
        this.queries = queries;
        this.meetings = meetings;
        this.scopes = scopes;
    }

    @ModelAttribute("levels")
    OrganisationLevel[] levels() {
        return java.util.Arrays.stream(OrganisationLevel.values())
                .filter(level -> level != OrganisationLevel.DESA)
                .toArray(OrganisationLevel[]::new);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationLevel level,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal UserIdentity admin,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        var list = queries.list(scopes.of(admin), q, level, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("teams", list);
        model.addAttribute(
                "lastMeetings",
                meetings.lastMeetings(list.stream().map(TeamSummary::id).toList()));
        return "agency/team-list";
    }

    @GetMapping("/baru")
    String createForm(@AuthenticationPrincipal UserIdentity admin, Model model) {
        return showForm(new TeamForm(), null, admin, model);
    }

    @PostMapping("/baru")
    String create(
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result,
            @AuthenticationPrincipal UserIdentity admin,
            Model model,
            RedirectAttributes redirect) {
        InvalidInput.collect(result, () -> teams.validate(scopes.of(admin), null, form.toData()));
        if (result.hasErrors()) {
            return showForm(form, null, admin, model);
        }
        try {
            long id = teams.create(scopes.of(admin), form.toData());
            Flash.success(redirect, "team.created");
            return "redirect:/admin/tim/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
            return showForm(form, null, admin, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UserIdentity admin, Model model) {
        TeamDetails team = teams.get(scopes.of(admin), id);
        return showForm(TeamForm.of(team.data(), team.version()), team, admin, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result,
            @AuthenticationPrincipal UserIdentity admin,
            Model model,
            RedirectAttributes redirect) {
        TeamDetails team = teams.get(scopes.of(admin), id);
        InvalidInput.collect(result, () -> teams.validate(scopes.of(admin), id, form.toData()));
        if (result.hasErrors()) {
            return showForm(form, team, admin, model);
        }
        try {
            teams.update(scopes.of(admin), id, form.getVersion(), form.toData());
            Flash.success(redirect, "team.saved");
            return "redirect:/admin/tim/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
        } catch (EditConflict conflict) {
            result.reject(EditConflict.MESSAGE_KEY);
        }
        return showForm(form, team, admin, model);
    }

    @PostMapping("/{id}/nonaktifkan")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal UserIdentity admin, RedirectAttributes redirect) {
        teams.setActive(scopes.of(admin), id, false);
        Flash.success(redirect, "team.deactivated");
        return "redirect:/admin/tim/" + id;
    }

    @PostMapping("/{id}/aktifkan")
    String activate(@PathVariable long id, @AuthenticationPrincipal UserIdentity admin, RedirectAttributes redirect) {
        teams.setActive(scopes.of(admin), id, true);
        Flash.success(redirect, "team.activated");
        return "redirect:/admin/tim/" + id;
    }

    private String showForm(TeamForm form, TeamDetails team, UserIdentity admin, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("team", team);
        model.addAttribute("agencyOptions", teams.agencyOptions(scopes.of(admin), team == null ? null : team.data()));
        return FORM;
    }
}
