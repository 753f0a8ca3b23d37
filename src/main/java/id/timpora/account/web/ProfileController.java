package id.timpora.account.web;

import id.timpora.account.AccountAdminService;
import id.timpora.account.CurrentUser;
import id.timpora.agency.AdminScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every user sees their own account: who they are in TIMPORA, for which agency, and when they last signed in. */
@Controller
class ProfileController {

    private final AccountAdminService accounts;

    ProfileController(AccountAdminService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/akun")
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        // Everyone sees their own account, whatever their role or agency.
        model.addAttribute("account", accounts.get(AdminScope.everything(), user.id()));
        return "account/profile";
    }
}
