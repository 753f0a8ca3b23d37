package id.timpora.intake.web;

import id.timpora.agency.AdminScope;
import id.timpora.agency.AdminScopes;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.security.UserIdentity;
import id.timpora.intake.SubmissionLog;
import id.timpora.intake.SubmissionOutcome;
import id.timpora.region.Region;
import id.timpora.region.RegionService;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sends of the public form for administrators investigating abuse (#14 item 7): client, time, outcome. National
 * administrators see all of them; a provincial administrator those whose chosen desa lies in their province(s); any
 * other administrator, and every officer, reporter or visitor, gets "not found" (or the sign-in page). Viewing the
 * page is audited, as the client addresses are personal data.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SubmissionLogController {

    static final int PAGE_SIZE = 50;

    private final SubmissionLog log;
    private final AdminScopes adminScopes;
    private final RegionService regions;
    private final AuditLog audit;

    SubmissionLogController(SubmissionLog log, AdminScopes adminScopes, RegionService regions, AuditLog audit) {
        this.log = log;
        this.adminScopes = adminScopes;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/admin/kiriman-publik")
    String list(
            @RequestParam(name = "klien", required = false) String client,
            @RequestParam(name = "hasil", required = false) String outcome,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @AuthenticationPrincipal UserIdentity admin,
            Model model) {
        AdminScope scope = adminScopes.of(admin);
        List<String> provinces = null;
        if (!scope.national()) {
            provinces = regions.provinces().stream()
                    .map(Region::code)
                    .filter(scope::covers)
                    .toList();
            if (provinces.isEmpty()) {
                throw new NotFoundException();
            }
        }
        SubmissionOutcome chosen = Arrays.stream(SubmissionOutcome.values())
                .filter(value -> value.name().equals(outcome))
                .findFirst()
                .orElse(null);
        String typedClient = client == null || client.isBlank() ? null : client.strip();
        if (typedClient != null && typedClient.length() > 64) {
            typedClient = typedClient.substring(0, 64);
        }
        model.addAttribute(
                "entries", log.recent(provinces, typedClient, chosen, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("client", typedClient);
        model.addAttribute("outcome", chosen);
        model.addAttribute("outcomes", SubmissionOutcome.values());
        audit.record(
                AuditAction.VIEW,
                "PUBLIC_SUBMISSION",
                null,
                "client=" + (typedClient == null ? "all" : typedClient) + "; outcome="
                        + (chosen == null ? "all" : chosen.name()));
        return "intake/submissions";
    }
}
