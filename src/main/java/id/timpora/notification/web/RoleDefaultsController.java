package id.timpora.notification.web;

import id.timpora.account.Role;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.security.NationalAdministrators;
import id.timpora.infrastructure.security.UserIdentity;
import id.timpora.infrastructure.web.Flash;
import id.timpora.notification.NotificationPreferences;
import java.util.Arrays;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The e-mail defaults per role, for national administrators: what a user of the role gets by e-mail until they choose
 * for themselves in their own settings.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RoleDefaultsController {

    private final NotificationPreferences preferences;
    private final NationalAdministrators nationalAdministrators;

    RoleDefaultsController(NotificationPreferences preferences, NationalAdministrators nationalAdministrators) {
        this.preferences = preferences;
        this.nationalAdministrators = nationalAdministrators;
    }

    @GetMapping("/admin/notifikasi")
    String show(@AuthenticationPrincipal UserIdentity admin, Model model) {
        if (!nationalAdministrators.isNational(admin)) {
            throw new NotFoundException();
        }
        model.addAttribute("defaults", preferences.roleDefaults());
        return "notification/role-defaults";
    }

    @PostMapping("/admin/notifikasi/{role}")
    String save(
            @AuthenticationPrincipal UserIdentity admin,
            @PathVariable String role,
            @ModelAttribute RoleDefaultForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        Role chosen = Arrays.stream(Role.values())
                .filter(candidate -> candidate.name().equals(role))
                .filter(candidate ->
                        !NotificationPreferences.offeredTo(candidate).isEmpty())
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (binding.hasErrors()) { // a kind that is not one: a tampered form
            Flash.error(redirect, "notification.defaults.invalid");
            return "redirect:/admin/notifikasi";
        }
        preferences.saveRoleDefault(
                admin, chosen, form.getEmailKinds() == null ? Set.of() : form.getEmailKinds(), form.isDigest());
        Flash.success(redirect, "notification.defaults.saved");
        return "redirect:/admin/notifikasi";
    }
}
