package id.timpora.organisation.web;

import id.timpora.account.AccountAdminService;
import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AdminScopes;
import id.timpora.agency.AgencyOption;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.web.Flash;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationAccess;
import id.timpora.organisation.OrganisationKind;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.organisation.OrganisationService;
import id.timpora.organisation.PartnerUser;
import id.timpora.region.RegionService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering an organisation, its page (details, partner users) and edits, for the officers, Kesbangpol reporters and
 * administrators whose reach covers its desa ({@link OrganisationAccess}); anyone else gets 404. The list of
 * organisations with their notice figures, and their guests and workers, belong to the partner room.
 */
@Controller
@RequestMapping("/organisasi")
class OrganisationController {

    private static final String FORM = "organisation/form";
    private static final String DETAIL = "organisation/detail";
    private static final String ONE_TIME_PASSWORD = "oneTimePassword";

    private final OrganisationService organisations;
    private final OrganisationQueries queries;
    private final OrganisationAccess access;
    private final AgencyService agencies;
    private final AdminScopes adminScopes;
    private final RegionService regions;
    private final AuditLog audit;

    OrganisationController(
            OrganisationService organisations,
            OrganisationQueries queries,
            OrganisationAccess access,
            AgencyService agencies,
            AdminScopes adminScopes,
            RegionService regions,
            AuditLog audit) {
        this.organisations = organisations;
        this.queries = queries;
        this.access = access;
        this.agencies = agencies;
        this.adminScopes = adminScopes;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/baru")
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireManager(user);
        return showForm(new OrganisationForm(), null, user, model);
    }

    @PostMapping("/baru")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireManager(user);
        InvalidInput.collect(result, () -> organisations.validate(user, form.toData(), null));
        if (result.hasErrors()) {
            return showForm(form, null, user, model);
        }
        try {
            long id = organisations.create(user, form.toData());
            Flash.success(redirect, "organisation.created", form.getName());
            return "redirect:/organisasi/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
            return showForm(form, null, user, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Organisation organisation = find(user, id);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new PartnerUserForm());
        }
        return showDetail(organisation, model);
    }

    @GetMapping("/{id}/ubah")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Organisation organisation = find(user, id);
        return showForm(OrganisationForm.of(organisation.toData(), organisation.version()), organisation, user, model);
    }

    @PostMapping("/{id}/ubah")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = find(user, id);
        form.setAgencyId(organisation.registeredByAgencyId());
        InvalidInput.collect(result, () -> organisations.validate(user, form.toData(), id));
        if (result.hasErrors()) {
            return showForm(form, organisation, user, model);
        }
        try {
            organisations.update(user, id, form.getVersion(), form.toData());
            Flash.success(redirect, "organisation.saved", form.getName());
            return "redirect:/organisasi/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
        } catch (EditConflict conflict) {
            result.reject(EditConflict.MESSAGE_KEY);
        }
        return showForm(form, organisation, user, model);
    }

    @PostMapping("/{id}/pengguna")
    String createUser(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("userForm") PartnerUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = find(user, id);
        if (!result.hasErrors()) {
            try {
                AccountAdminService.Issued issued = organisations.createPartnerUser(user, id, form.toData());
                redirect.addFlashAttribute(ONE_TIME_PASSWORD, issued.oneTimePassword());
                redirect.addFlashAttribute(
                        "issuedUsername", form.getUsername().trim().toLowerCase());
                Flash.success(redirect, "organisation.userCreated", form.getUsername());
                return "redirect:/organisasi/" + id;
            } catch (InvalidInput invalid) {
                if (invalid.problems().get(0).field() == null) {
                    // the organisation takes no partner users (any more): the page has no form to show this in
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/organisasi/" + id;
                }
                invalid.addTo(result);
            }
        }
        return showDetail(organisation, model);
    }

    @PostMapping("/{id}/pengguna/{accountId}/nonaktifkan")
    String deactivateUser(
            @PathVariable long id,
            @PathVariable long accountId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        organisations.setPartnerUserEnabled(user, id, accountId, false);
        Flash.success(redirect, "organisation.userDeactivated");
        return "redirect:/organisasi/" + id;
    }

    @PostMapping("/{id}/pengguna/{accountId}/aktifkan")
    String activateUser(
            @PathVariable long id,
            @PathVariable long accountId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        organisations.setPartnerUserEnabled(user, id, accountId, true);
        Flash.success(redirect, "organisation.userActivated");
        return "redirect:/organisasi/" + id;
    }

    @PostMapping("/{id}/pengguna/{accountId}/atur-ulang-sandi")
    String resetUserPassword(
            @PathVariable long id,
            @PathVariable long accountId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        AccountAdminService.Issued issued = organisations.resetPartnerUserPassword(user, id, accountId);
        String username = queries.partnerUsers(id).stream()
                .filter(partner -> partner.accountId() == accountId)
                .map(PartnerUser::username)
                .findFirst()
                .orElse("");
        redirect.addFlashAttribute(ONE_TIME_PASSWORD, issued.oneTimePassword());
        redirect.addFlashAttribute("issuedUsername", username);
        Flash.success(redirect, "organisation.userPasswordReset", username);
        return "redirect:/organisasi/" + id;
    }

    @PostMapping("/{id}/nonaktifkan")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        organisations.setActive(user, id, false);
        Flash.success(redirect, "organisation.deactivated");
        return "redirect:/organisasi/" + id;
    }

    @PostMapping("/{id}/aktifkan")
    String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        organisations.setActive(user, id, true);
        Flash.success(redirect, "organisation.activated");
        return "redirect:/organisasi/" + id;
    }

    private String showDetail(Organisation organisation, Model model) {
        audit.record(AuditAction.VIEW, "ORGANISATION", organisation.id(), null);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "regionLabel", regions.label(organisation.regionCode()).orElse(organisation.regionCode()));
        model.addAttribute("partnerUsers", queries.partnerUsers(organisation.id()));
        return DETAIL;
    }

    private String showForm(OrganisationForm form, Organisation organisation, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("chooseAgency", organisation == null && user.hasRole(Role.ADMIN));
        model.addAttribute("agencyOptions", user.hasRole(Role.ADMIN) ? registeringAgencies(user) : List.of());
        return FORM;
    }

    private List<AgencyOption> registeringAgencies(CurrentUser user) {
        return agencies.options(adminScopes.of(user)).stream()
                .filter(option -> option.type() == AgencyType.IMIGRASI || option.type() == AgencyType.KESBANGPOL)
                .toList();
    }

    private Organisation find(CurrentUser user, long id) {
        requireManager(user);
        return queries.find(user, id).orElseThrow(NotFoundException::new);
    }

    private void requireManager(CurrentUser user) {
        if (!access.manages(user)) {
            throw new NotFoundException();
        }
    }
}
