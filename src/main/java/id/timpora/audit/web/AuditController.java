package id.timpora.audit.web;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditFilter;
import id.timpora.audit.AuditQueries;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.security.NationalAdministrators;
import id.timpora.infrastructure.security.UserIdentity;
import id.timpora.infrastructure.web.UserZone;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditQueries queries;
    private final UserZone userZone;
    private final NationalAdministrators nationalAdministrators;

    AuditController(AuditQueries queries, UserZone userZone, NationalAdministrators nationalAdministrators) {
        this.queries = queries;
        this.userZone = userZone;
        this.nationalAdministrators = nationalAdministrators;
    }

    @GetMapping("/admin/audit")
    String list(
            @ModelAttribute("filterForm") AuditFilterForm form,
            BindingResult unreadableValuesAreShownBesideTheirFields,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal UserIdentity admin,
            Model model) {
        // The audit log covers every agency: only national administrators read it.
        if (!nationalAdministrators.isNational(admin)) {
            throw new NotFoundException();
        }
        AuditFilter filter = form.toFilter();
        var zone = userZone.current();
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", zone);
        model.addAttribute("entries", queries.find(filter, zone, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "audit/list";
    }
}
