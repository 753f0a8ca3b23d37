package id.timpora.account.web;

import id.timpora.account.AccountAdminService;
import id.timpora.account.AccountDetails;
import id.timpora.account.AccountFilter;
import id.timpora.account.AccountQueries;
import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AdminScope;
import id.timpora.agency.AdminScopes;
import id.timpora.agency.AgencyService;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/pengguna")
class AccountAdminController {

    private static final int PAGE_SIZE = 25;
    private static final String FORM = "account/admin-form";
    /** Flash attribute holding a one-time password: shown once, gone on reload. */
    private static final String ONE_TIME_PASSWORD = "oneTimePassword";

    private final AccountAdminService accounts;
    private final AccountQueries queries;
    private final AgencyService agencies;
    private final Validator validator;
    private final AdminScopes scopes;

    AccountAdminController(
            AccountAdminService accounts,
            AccountQueries queries,
            AgencyService agencies,
            Validator validator,
            AdminScopes scopes) {
        this.accounts = accounts;
        this.queries = queries;
        this.agencies = agencies;
        this.validator = validator;
        this.scopes = scopes;
    }

    @ModelAttribute
    void vocabularies(Model model) {
        model.addAttribute("roles", Role.values());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser admin,
            Model model) {
        AccountFilter filter = new AccountFilter(q, agency, role, enabled);
        AdminScope scope = scopes.of(admin);
        model.addAttribute("filter", filter);
        model.addAttribute("agencyOptions", agencies.options(scope));
        model.addAttribute("accounts", queries.list(scope, filter, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "account/admin-list";
    }

    @GetMapping("/baru")
    String createForm(
            @RequestParam(required = false) Long agency, @AuthenticationPrincipal CurrentUser admin, Model model) {
        return showForm(AccountForm.of(agency), null, admin, model);
    }

    @PostMapping("/baru")
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        InvalidInput.collect(result, () -> accounts.validate(scopes.of(admin), form.toData(), null, admin.id()));
        if (result.hasErrors()) {
            return showForm(form, null, admin, model);
        }
        try {
            AccountAdminService.Issued issued = accounts.create(scopes.of(admin), form.toData());
            redirect.addFlashAttribute(ONE_TIME_PASSWORD, issued.oneTimePassword());
            Flash.success(redirect, "account.created", form.getUsername());
            return "redirect:/admin/pengguna/" + issued.accountId();
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
            return showForm(form, null, admin, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        AccountDetails account = accounts.get(scopes.of(admin), id);
        return showForm(AccountForm.of(account.data(), account.version()), account, admin, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser admin,
            @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        AccountDetails account = accounts.get(scopes.of(admin), id);
        // The user name cannot change: take it from the account, then validate the rest.
        form.setUsername(account.data().username());
        validator.validate(form, result);
        InvalidInput.collect(result, () -> accounts.validate(scopes.of(admin), form.toData(), id, admin.id()));
        if (result.hasErrors()) {
            return showForm(form, account, admin, model);
        }
        try {
            accounts.update(scopes.of(admin), id, form.getVersion(), form.toData(), admin.id());
            Flash.success(redirect, "account.saved", account.data().username());
            return "redirect:/admin/pengguna/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(result);
        } catch (EditConflict conflict) {
            result.reject(EditConflict.MESSAGE_KEY);
        }
        return showForm(form, account, admin, model);
    }

    @PostMapping("/{id}/nonaktifkan")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(scopes.of(admin), id, false, admin.id());
            Flash.success(redirect, "account.deactivated");
        } catch (InvalidInput refused) {
            Flash.firstProblem(redirect, refused);
        }
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/aktifkan")
    String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        accounts.setEnabled(scopes.of(admin), id, true, admin.id());
        Flash.success(redirect, "account.activated");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/buka-kunci")
    String unlock(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        accounts.unlock(scopes.of(admin), id);
        Flash.success(redirect, "account.unlocked");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/atur-ulang-sandi")
    String resetPassword(
            @PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                ONE_TIME_PASSWORD, accounts.resetPassword(scopes.of(admin), id).oneTimePassword());
        Flash.success(redirect, "account.passwordReset");
        return "redirect:/admin/pengguna/" + id;
    }

    private String showForm(AccountForm form, AccountDetails account, CurrentUser admin, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("agencyOptions", agencies.options(scopes.of(admin)));
        return FORM;
    }
}
