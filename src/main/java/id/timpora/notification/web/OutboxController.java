package id.timpora.notification.web;

import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.mail.MailOutbox;
import id.timpora.infrastructure.security.NationalAdministrators;
import id.timpora.infrastructure.security.UserIdentity;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mail outbox for national administrators: what was sent, what waits and what failed, with the last error. It
 * covers every agency's mail, so — like the audit log — only national administrators see it; bodies are not shown.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    private static final int PAGE_SIZE = 50;
    private static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED");

    private final MailOutbox outbox;
    private final NationalAdministrators nationalAdministrators;

    OutboxController(MailOutbox outbox, NationalAdministrators nationalAdministrators) {
        this.outbox = outbox;
        this.nationalAdministrators = nationalAdministrators;
    }

    @GetMapping("/admin/surel")
    String list(
            @AuthenticationPrincipal UserIdentity admin,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!nationalAdministrators.isNational(admin)) {
            throw new NotFoundException();
        }
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("enabled", outbox.enabled());
        model.addAttribute("mails", outbox.recent(chosen, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "notification/outbox";
    }
}
