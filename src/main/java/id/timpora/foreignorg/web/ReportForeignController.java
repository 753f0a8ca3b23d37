package id.timpora.foreignorg.web;

import id.timpora.account.CurrentUser;
import id.timpora.foreignorg.ReportPanels;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The register's panel on a report's page (loaded by htmx): linked organisations and the journalist's permit check. */
@Controller
class ReportForeignController {

    private final ReportPanels panels;

    ReportForeignController(ReportPanels panels) {
        this.panels = panels;
    }

    @GetMapping("/organisasi-asing/laporan/{reportId}/panel")
    String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, Model model) {
        model.addAttribute("panel", panels.panel(user, reportId));
        return "foreignorg/report-panel :: panel";
    }
}
