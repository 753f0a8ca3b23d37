package id.timpora.watch.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportSource;
import id.timpora.watch.WatchDashboard;
import id.timpora.watch.WatchFigures;
import id.timpora.watch.WatchQueries;
import id.timpora.watch.WatchReach;
import id.timpora.watch.WatchService;
import id.timpora.watch.WatchView;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Watch periods (pengawasan khusus): the list, defining and changing one, and its dashboard. */
@Controller
@RequestMapping("/pengawasan-khusus")
class WatchController {

    private static final int PAGE_SIZE = 20;
    private static final String FORM = "watch/form";

    private final WatchService watches;
    private final WatchQueries queries;
    private final WatchDashboard dashboard;
    private final WatchReach reach;
    private final ReportScopes reportScopes;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    WatchController(
            WatchService watches,
            WatchQueries queries,
            WatchDashboard dashboard,
            WatchReach reach,
            ReportScopes reportScopes,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.watches = watches;
        this.queries = queries;
        this.dashboard = dashboard;
        this.reach = reach;
        this.reportScopes = reportScopes;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("watches", queries.list(user, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("today", today(user));
        model.addAttribute("canDefine", reach.mayDefine(user));
        return "watch/list";
    }

    @GetMapping("/baru")
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireDefiner(user);
        return showForm(WatchForm.election(today(user)), null, model);
    }

    @PostMapping("/baru")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") WatchForm form,
            BindingResult result,
            @RequestParam(required = false) String addRegion,
            @RequestParam(required = false) String removeRegion,
            Model model,
            RedirectAttributes redirect) {
        requireDefiner(user);
        if (editRegions(form, addRegion, removeRegion)) {
            return showForm(form, null, model);
        }
        InvalidInput.collect(result, () -> watches.validate(user, form.toData()));
        if (!result.hasErrors()) {
            try {
                long id = watches.create(user, form.toData());
                Flash.success(redirect, "watch.created", form.getName());
                return "redirect:/pengawasan-khusus/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showForm(form, null, model);
    }

    @GetMapping("/{id}")
    String show(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "wilayah", required = false) String area,
            Model model) {
        WatchView watch = queries.view(user, id);
        String chosenArea =
                area != null && !area.isBlank() && watch.criteria().covers(area.strip()) ? area.strip() : null;
        WatchFigures figures = dashboard.figures(user, watch.criteria(), new WatchDashboard.Slice(null, chosenArea));
        audit.record(AuditAction.VIEW, "WATCH_DASHBOARD", id, chosenArea == null ? "all regions" : chosenArea);
        LocalDate today = today(user);
        model.addAttribute("watch", watch);
        model.addAttribute("figures", figures);
        model.addAttribute("area", chosenArea);
        model.addAttribute(
                "areaLabel",
                chosenArea == null ? null : regions.label(chosenArea).orElse(chosenArea));
        model.addAttribute("today", today);
        model.addAttribute(
                "days", watch.startsOn().datesUntil(watch.endsOn().plusDays(1)).toList());
        model.addAttribute(
                "reportDay",
                watch.activeOn(today) ? today : today.isAfter(watch.endsOn()) ? watch.endsOn() : watch.startsOn());
        model.addAttribute("seesReports", !reportScopes.of(user).isEmpty());
        return "watch/show";
    }

    @GetMapping("/{id}/ubah")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        WatchView watch = editable(user, id);
        return showForm(WatchForm.of(watch), watch, model);
    }

    @PostMapping("/{id}/ubah")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") WatchForm form,
            BindingResult result,
            @RequestParam(required = false) String addRegion,
            @RequestParam(required = false) String removeRegion,
            Model model,
            RedirectAttributes redirect) {
        WatchView watch = editable(user, id);
        if (editRegions(form, addRegion, removeRegion)) {
            return showForm(form, watch, model);
        }
        InvalidInput.collect(result, () -> watches.validate(user, form.toData()));
        if (!result.hasErrors()) {
            try {
                watches.update(user, id, form.getVersion(), form.toData());
                Flash.success(redirect, "watch.saved", form.getName());
                return "redirect:/pengawasan-khusus/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        return showForm(form, watch, model);
    }

    private WatchView editable(CurrentUser user, long id) {
        WatchView watch = queries.view(user, id);
        if (!watch.editable()) {
            throw new AccessDeniedException("watch outside the user's jurisdiction");
        }
        return watch;
    }

    private void requireDefiner(CurrentUser user) {
        if (!reach.mayDefine(user)) {
            throw new AccessDeniedException("only officers and administrators define watch periods");
        }
    }

    private static boolean editRegions(WatchForm form, String addRegion, String removeRegion) {
        if (addRegion != null) {
            form.addChosenRegion();
            return true;
        }
        if (removeRegion != null) {
            form.getRegionCodes().remove(removeRegion);
            return true;
        }
        return false;
    }

    private String showForm(WatchForm form, WatchView watch, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : form.getRegionCodes()) {
            regions.label(code).ifPresent(label -> labels.put(code, label));
        }
        model.addAttribute("form", form);
        model.addAttribute("watch", watch);
        model.addAttribute("regionLabels", labels);
        model.addAttribute("activityOptions", List.of(Activity.values()));
        model.addAttribute("indicationOptions", List.of(Indication.values()));
        model.addAttribute("sourceOptions", List.of(ReportSource.values()));
        return FORM;
    }

    private LocalDate today(CurrentUser user) {
        return clock.instant().atZone(user.zone()).toLocalDate();
    }
}
