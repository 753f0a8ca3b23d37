package id.timpora.account.web;

import id.timpora.account.AccountService;
import id.timpora.account.CurrentUser;
import id.timpora.account.ForcePasswordChangeFilter;
import id.timpora.infrastructure.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordChangeController {

    private static final String VIEW = "account/password";

    private final AccountService accounts;

    PasswordChangeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return accounts.passwordMinLength();
    }

    @ModelAttribute("passwordMaxLength")
    int passwordMaxLength() {
        return accounts.passwordMaxLength();
    }

    @GetMapping(ForcePasswordChangeFilter.PASSWORD_PATH)
    String form(@ModelAttribute("form") PasswordChangeForm form) {
        return VIEW;
    }

    @PostMapping(ForcePasswordChangeFilter.PASSWORD_PATH)
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            accounts.newPasswordProblems(user.id(), form.getNewPassword(), form.getConfirmPassword())
                    .forEach(problem -> reject(result, problem));
            return VIEW;
        }
        var problem = accounts.changeOwnPassword(
                user.id(), form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword());
        if (problem.isPresent() && problem.get() == AccountService.PasswordProblem.LOCKED) {
            new SecurityContextLogoutHandler()
                    .logout(
                            request,
                            response,
                            SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?error=locked";
        }
        if (problem.isPresent()) {
            reject(result, problem.get());
            return VIEW;
        }
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        Flash.success(redirect, "password.changed");
        return "redirect:/login";
    }

    /** The problem beside its field, unless that field already has a message. */
    private void reject(BindingResult result, AccountService.PasswordProblem problem) {
        String field =
                switch (problem) {
                    case CURRENT_WRONG -> "currentPassword";
                    case CONFIRMATION_MISMATCH -> "confirmPassword";
                    default -> "newPassword";
                };
        if (!result.hasFieldErrors(field)) {
            result.rejectValue(
                    field,
                    "password.error." + problem.name(),
                    new Object[] {accounts.passwordMinLength(), accounts.passwordMaxLength()},
                    null);
        }
    }
}
