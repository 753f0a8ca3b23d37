package id.timpora.subject.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.report.Countries;
import id.timpora.subject.ReportSubjectPanel;
import id.timpora.subject.SubjectQueries;
import id.timpora.subject.SubjectRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subject panel of a report page, loaded by htmx from the report page (the report feature does not depend on
 * this one), and the officers' actions on it. An action sent by htmx is redirected back to the panel, which htmx
 * follows and swaps in, flash message included; a plain form post goes back to the report page.
 */
@Controller
@RequestMapping("/orang-asing/laporan/{reportId}")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class ReportSubjectController {

    private final SubjectQueries queries;
    private final SubjectRegistry registry;
    private final Countries countries;
    private final AuditLog audit;

    ReportSubjectController(SubjectQueries queries, SubjectRegistry registry, Countries countries, AuditLog audit) {
        this.queries = queries;
        this.registry = registry;
        this.countries = countries;
        this.audit = audit;
    }

    /** Country names in the templates: {@code ${countries.name(code, #locale)}}. */
    @ModelAttribute("countries")
    Countries countries() {
        return countries;
    }

    @GetMapping("/panel")
    String panel(@PathVariable long reportId, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportSubjectPanel panel = queries.panel(reportId, user);
        if (panel.linked()) {
            audit.record(
                    AuditAction.VIEW, SubjectRegistry.SUBJECT, panel.subject().id(), "panel of report " + reportId);
        }
        panel.suggestions()
                .forEach(suggestion -> audit.record(
                        AuditAction.VIEW,
                        SubjectRegistry.SUBJECT,
                        suggestion.id(),
                        "suggested for report " + reportId));
        model.addAttribute("panel", panel);
        return "subject/panel :: panel";
    }

    @PostMapping("/tautkan")
    @PreAuthorize("hasRole('OFFICER')")
    String link(
            @PathVariable long reportId,
            @RequestParam long subjectId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        registry.link(reportId, subjectId, user);
        Flash.success(redirect, "subject.linked");
        return back(reportId, htmx);
    }

    @PostMapping("/lepas")
    @PreAuthorize("hasRole('OFFICER')")
    String unlink(
            @PathVariable long reportId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        registry.unlink(reportId, user);
        Flash.success(redirect, "subject.unlinked");
        return back(reportId, htmx);
    }

    @PostMapping("/subjek-baru")
    @PreAuthorize("hasRole('OFFICER')")
    String createSubject(
            @PathVariable long reportId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            registry.createFromReport(reportId, user);
            Flash.success(redirect, "subject.created");
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return back(reportId, htmx);
    }

    private static String back(long reportId, String htmx) {
        return "true".equals(htmx)
                ? "redirect:/orang-asing/laporan/" + reportId + "/panel"
                : "redirect:/laporan/" + reportId;
    }
}
