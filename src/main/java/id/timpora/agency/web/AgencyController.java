package id.timpora.agency.web;

import id.timpora.agency.AdminScopes;
import id.timpora.agency.AgencyDetails;
import id.timpora.agency.AgencyFilter;
import id.timpora.agency.AgencyQueries;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.agency.OrganisationLevel;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.security.UserIdentity;
import id.timpora.infrastructure.web.Flash;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
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
@RequestMapping("/admin/instansi")
class AgencyController {

    private static final int PAGE_SIZE = 25;
    private static final String FORM = "agency/form";

    private final AgencyService agencies;
    private final AgencyQueries queries;
    private final AdminScopes scopes;

    AgencyController(AgencyService agencies, AgencyQueries queries, AdminScopes scopes) {
        this.agencies = agencies;
        this.queries = queries;
        this.scopes = scopes;
    }

    @ModelAttribute
    void vocabularies(Model model) {
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("levels", OrganisationLevel.values());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyType type,
            @RequestParam(required = false) OrganisationLevel level,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal UserIdentity admin,
            Model model) {
        AgencyFilter filter = new AgencyFilter(q, type, level, active);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "agencies", queries.list(scopes.of(admin), filter, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "agency/list";
    }

    @GetMapping("/baru")
    String createForm(Model model) {
        return showForm(new AgencyForm(), null, model);
    }

    @PostMapping("/baru")
    String create(
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult result,
            @RequestParam(required = false) String addRegion,
            @RequestParam(required = false) String removeRegion,
            @AuthenticationPrincipal UserIdentity admin,
            Model model,
            RedirectAttributes redirect) {
        if (editRegions(form, addRegion, removeRegion)) {
            return showFormWithoutErrors(form, null, model);
        }
        requireJurisdiction(form, result);
        InvalidInput.collect(result, () -> agencies.validate(scopes.of(admin), form.toData(), null));
        if (result.hasErrors()) {
            return showForm(form, null, model);
        }
        try {
            long id = agencies.create(scopes.of(admin), form.toData());
            Flash.success(redirect, "agency.created", form.getName());
            return "redirect:/admin/instansi/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
            return showForm(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UserIdentity admin, Model model) {
        AgencyDetails agency = agencies.get(scopes.of(admin), id);
        return showForm(AgencyForm.of(agency.data(), agency.version()), agency, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult result,
            @RequestParam(required = false) String addRegion,
            @RequestParam(required = false) String removeRegion,
            @AuthenticationPrincipal UserIdentity admin,
            Model model,
            RedirectAttributes redirect) {
        AgencyDetails agency = agencies.get(scopes.of(admin), id);
        if (editRegions(form, addRegion, removeRegion)) {
            return showFormWithoutErrors(form, agency, model);
        }
        requireJurisdiction(form, result);
        InvalidInput.collect(result, () -> agencies.validate(scopes.of(admin), form.toData(), id));
        if (result.hasErrors()) {
            return showForm(form, agency, model);
        }
        try {
            agencies.update(scopes.of(admin), id, form.getVersion(), form.toData());
            Flash.success(redirect, "agency.saved", form.getName());
            return "redirect:/admin/instansi/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
        } catch (EditConflict conflict) {
            result.reject(EditConflict.MESSAGE_KEY);
        }
        return showForm(form, agency, model);
    }

    @PostMapping("/{id}/nonaktifkan")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal UserIdentity admin, RedirectAttributes redirect) {
        agencies.setActive(scopes.of(admin), id, false);
        Flash.success(redirect, "agency.deactivated");
        return "redirect:/admin/instansi/" + id;
    }

    @PostMapping("/{id}/aktifkan")
    String activate(@PathVariable long id, @AuthenticationPrincipal UserIdentity admin, RedirectAttributes redirect) {
        agencies.setActive(scopes.of(admin), id, true);
        Flash.success(redirect, "agency.activated");
        return "redirect:/admin/instansi/" + id;
    }

    /** The add/remove buttons of the jurisdiction list re-show the form instead of saving it. */
    private static boolean editRegions(AgencyForm form, String addRegion, String removeRegion) {
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

    /** Checked with the other fields so the admin sees every mistake at once; the service checks it again. */
    private static void requireJurisdiction(AgencyForm form, BindingResult result) {
        if (form.getLevel() != null
                && form.getLevel() != OrganisationLevel.PUSAT
                && form.getRegionCodes().isEmpty()) {
            result.rejectValue("regionCodes", "agency.error.regionsRequired");
        }
    }

    /** Adding or removing a region is not a save: the half-filled form comes back without complaints. */
    private String showFormWithoutErrors(AgencyForm form, AgencyDetails agency, Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        return showForm(form, agency, model);
    }

    private String showForm(AgencyForm form, AgencyDetails agency, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agency", agency);
        model.addAttribute("regionLabels", agencies.regionLabels(new LinkedHashSet<>(form.getRegionCodes())));
        return FORM;
    }
}
