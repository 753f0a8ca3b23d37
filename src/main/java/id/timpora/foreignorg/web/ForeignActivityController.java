package id.timpora.foreignorg.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.foreignorg.ActivityStatus;
import id.timpora.foreignorg.ActivityView;
import id.timpora.foreignorg.ChecklistItem;
import id.timpora.foreignorg.ForeignAccess;
import id.timpora.foreignorg.ForeignOrgView;
import id.timpora.foreignorg.ForeignQueries;
import id.timpora.foreignorg.ForeignService;
import id.timpora.foreignorg.web.ForeignForms.ActivityForm;
import id.timpora.foreignorg.web.ForeignForms.ChecklistForm;
import id.timpora.foreignorg.web.ForeignForms.DecisionForm;
import id.timpora.infrastructure.web.Flash;
import id.timpora.organisation.Organisation;
import id.timpora.region.RegionService;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** A foreign organisation's activities: recording one, Kesbangpol's checklist and the decision. */
@Controller
@RequestMapping("/organisasi-asing")
class ForeignActivityController {

    private static final String FORM = "foreignorg/activity-form";
    private static final String PAGE = "foreignorg/activity";

    private final ForeignQueries queries;
    private final ForeignService service;
    private final ForeignAccess access;
    private final RegionService regions;

    ForeignActivityController(
            ForeignQueries queries, ForeignService service, ForeignAccess access, RegionService regions) {
        this.queries = queries;
        this.service = service;
        this.access = access;
        this.regions = regions;
    }

    @GetMapping("/{id}/kegiatan/baru")
    String createForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Organisation organisation = recordable(user, id);
        ActivityForm form = new ActivityForm();
        form.getRegionCodes().add(organisation.regionCode().substring(0, 5));
        return showForm(user, id, form, model);
    }

    @PostMapping("/{id}/kegiatan/baru")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result,
            @RequestParam(required = false) String addRegion,
            @RequestParam(required = false) String removeRegion,
            Model model,
            RedirectAttributes redirect) {
        recordable(user, id);
        if (addRegion != null) {
            form.addChosenRegion();
            return showForm(user, id, form, model);
        }
        if (removeRegion != null) {
            form.getRegionCodes().remove(removeRegion);
            return showForm(user, id, form, model);
        }
        InvalidInput.collect(result, () -> service.validateActivity(user, id, form.toData()));
        if (!result.hasErrors()) {
            try {
                long activityId = service.createActivity(user, id, form.toData());
                Flash.success(redirect, "foreignorg.activityCreated", form.getTitle());
                return "redirect:/organisasi-asing/kegiatan/" + activityId;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showForm(user, id, form, model);
    }

    @GetMapping("/kegiatan/{activityId}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long activityId, Model model) {
        return showPage(user, activityId, model);
    }

    @PostMapping("/kegiatan/{activityId}/periksa")
    String check(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long activityId,
            @ModelAttribute("checklistForm") ChecklistForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.check(user, activityId, form.toVerdicts());
            Flash.success(redirect, "foreignorg.checked");
            return "redirect:/organisasi-asing/kegiatan/" + activityId;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
        }
        return showPage(user, activityId, model);
    }

    @PostMapping("/kegiatan/{activityId}/keputusan")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long activityId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ActivityView activity = queries.activity(user, activityId);
        if (activity.status() == ActivityStatus.DIIZINKAN || activity.status() == ActivityStatus.DITOLAK) {
            if (!activity.mayDecide()) {
                throw new AccessDeniedException("may not decide this activity");
            }
            Flash.error(redirect, "foreignorg.error.decided");
            return "redirect:/organisasi-asing/kegiatan/" + activityId;
        }
        if (!result.hasErrors()) {
            try {
                service.decide(user, activityId, form.getVersion(), form.getDecision(), form.getReason());
                Flash.success(
                        redirect, "foreignorg.decided." + form.getDecision().name());
                return "redirect:/organisasi-asing/kegiatan/" + activityId;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        return showPage(user, activityId, model);
    }

    private Organisation recordable(CurrentUser user, long id) {
        Organisation organisation = queries.organisation(user, id);
        if (!access.mayRecord(user)) {
            throw new AccessDeniedException("may not record in the register");
        }
        return organisation;
    }

    private String showForm(CurrentUser user, long id, ActivityForm form, Model model) {
        ForeignOrgView view = queries.view(user, id);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : form.getRegionCodes()) {
            regions.label(code).ifPresent(label -> labels.put(code, label));
        }
        model.addAttribute("form", form);
        model.addAttribute("org", view.organisation());
        model.addAttribute("partners", view.partners());
        model.addAttribute("regionLabels", labels);
        return FORM;
    }

    private String showPage(CurrentUser user, long activityId, Model model) {
        ActivityView activity = queries.activity(user, activityId);
        model.addAttribute("activity", activity);
        model.addAttribute("items", ChecklistItem.values());
        model.addAttribute("decisions", ActivityStatus.decisions());
        if (!model.containsAttribute("checklistForm")) {
            ChecklistForm form = new ChecklistForm();
            activity.checks().forEach((item, check) -> {
                form.getFulfilled().put(item, check.fulfilled());
                form.getNotes().put(item, check.note());
            });
            model.addAttribute("checklistForm", form);
        }
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm form = new DecisionForm();
            form.setVersion(activity.version());
            model.addAttribute("decisionForm", form);
        }
        return PAGE;
    }
}
