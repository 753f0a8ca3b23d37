package id.timpora.audit.web;

import id.timpora.audit.AuditChain;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.security.NationalAdministrators;
import id.timpora.infrastructure.security.UserIdentity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Checks the audit hash chain on request and shows the result, naming the first broken row. */
@Controller
class AuditIntegrityController {

    private final AuditChain chain;
    private final NationalAdministrators nationalAdministrators;

    AuditIntegrityController(AuditChain chain, NationalAdministrators nationalAdministrators) {
        this.chain = chain;
        this.nationalAdministrators = nationalAdministrators;
    }

    @GetMapping("/admin/audit/integritas")
    String integrity(@AuthenticationPrincipal UserIdentity admin, Model model) {
        if (!nationalAdministrators.isNational(admin)) {
            throw new NotFoundException();
        }
        model.addAttribute("result", chain.verify());
        return "audit/integrity";
    }
}
