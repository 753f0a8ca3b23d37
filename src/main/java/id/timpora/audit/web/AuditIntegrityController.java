package id.timpora.audit.web;

import id.timpora.audit.AuditChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Checks the audit hash chain on request and shows the result, naming the first broken row. */
@Controller
class AuditIntegrityController {

    private final AuditChain chain;

    AuditIntegrityController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/admin/audit/integritas")
    String integrity(Model model) {
        model.addAttribute("result", chain.verify());
        return "audit/integrity";
    }
}
