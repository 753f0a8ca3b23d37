package id.timpora.notification.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.notification.NotificationPreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own notification settings. */
@Controller
@RequestMapping("/notifikasi/pengaturan")
@PreAuthorize("isAuthenticated()")
class PreferencesController {

    private final NotificationPreferences preferences;

    PreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", PreferencesForm.of(preferences.of(user)));
        return show(user, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") PreferencesForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return show(user, model);
        }
        try {
            preferences.save(user, form.toData());
        } catch (InvalidInput refused) {
            refused.problems()
                    .forEach(problem ->
                            binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null));
            return show(user, model);
        }
        Flash.success(redirect, "notification.settingsSaved");
        return "redirect:/notifikasi/pengaturan";
    }

    private String show(CurrentUser user, Model model) {
        model.addAttribute("kinds", NotificationPreferences.offeredTo(user.role()));
        return "notification/settings";
    }
}
