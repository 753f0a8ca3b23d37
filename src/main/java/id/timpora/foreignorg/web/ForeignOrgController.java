package id.timpora.foreignorg.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.foreignorg.ForeignAccess;
import id.timpora.foreignorg.ForeignOrgView;
import id.timpora.foreignorg.ForeignQueries;
import id.timpora.foreignorg.ForeignService;
import id.timpora.foreignorg.LocalPartnerKind;
import id.timpora.foreignorg.PersonRole;
import id.timpora.foreignorg.web.ForeignForms.PartnerForm;
import id.timpora.foreignorg.web.ForeignForms.PermitForm;
import id.timpora.foreignorg.web.ForeignForms.PersonForm;
import id.timpora.foreignorg.web.ForeignForms.ReportLinkForm;
import id.timpora.infrastructure.web.Flash;
import id.timpora.report.Countries;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The foreign organisations register: the list and an organisation's page with its partners, people and links. */
@Controller
@RequestMapping("/organisasi-asing")
class ForeignOrgController {

    private static final int PAGE_SIZE = 25;
    private static final String PAGE = "foreignorg/show";

    private final ForeignQueries queries;
    private final ForeignService service;
    private final ForeignAccess access;
    private final Countries countries;
    private final AuditLog audit;

    ForeignOrgController(
            ForeignQueries queries, ForeignService service, ForeignAccess access, Countries countries, AuditLog audit) {
        this.queries = queries;
        this.service = service;
        this.access = access;
        this.countries = countries;
        this.audit = audit;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        if (access.jurisdiction(user).isEmpty()) {
            throw new id.timpora.common.NotFoundException();
        }
        model.addAttribute("organisations", queries.list(user, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("countries", countries);
        model.addAttribute("mayRecord", access.mayRecord(user));
        return "foreignorg/list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return showPage(user, id, model);
    }

    @PostMapping("/{id}/mitra")
    String addPartner(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        queries.organisation(user, id);
        if (!result.hasErrors()) {
            try {
                service.addPartner(
                        user,
                        id,
                        form.getPartnerName(),
                        form.getPartnerKind(),
                        form.getPartnerRegion(),
                        form.getPartnerContact());
                Flash.success(redirect, "foreignorg.partnerAdded", form.getPartnerName());
                return "redirect:/organisasi-asing/" + id + "#mitra";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showPage(user, id, model);
    }

    @PostMapping("/{id}/orang")
    String linkPerson(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        queries.organisation(user, id);
        if (!result.hasErrors()) {
            try {
                service.linkPerson(user, id, form.getSubjectId(), form.getPersonRole(), form.getPersonNote());
                Flash.success(redirect, "foreignorg.personLinked");
                return "redirect:/organisasi-asing/" + id + "#orang";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showPage(user, id, model);
    }

    @PostMapping("/{id}/laporan")
    String linkReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("reportLinkForm") ReportLinkForm form,
            BindingResult result,
            @RequestParam(name = "kembali", required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        queries.organisation(user, id);
        if (!result.hasErrors()) {
            try {
                service.linkReport(user, id, form.getReportId());
                Flash.success(redirect, "foreignorg.reportLinked", form.getReportId());
                return "laporan".equals(back)
                        ? "redirect:/laporan/" + form.getReportId()
                        : "redirect:/organisasi-asing/" + id + "#laporan";
            } catch (InvalidInput invalid) {
                if ("laporan".equals(back)) {
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/organisasi-asing/" + id;
                }
                invalid.addTo(result);
            }
        }
        return showPage(user, id, model);
    }

    /** From a report's page: link it to an organisation, back to the report. */
    @PostMapping("/tautkan-laporan")
    String linkFromReport(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam long organisationId,
            @RequestParam long reportId,
            RedirectAttributes redirect) {
        try {
            service.linkReport(user, organisationId, reportId);
            Flash.success(redirect, "foreignorg.reportLinked", reportId);
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return "redirect:/laporan/" + reportId;
    }

    @PostMapping("/{id}/izin-jurnalis")
    String addPermit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("permitForm") PermitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        queries.organisation(user, id);
        if (!result.hasErrors()) {
            try {
                service.addPermit(user, id, form.toData());
                Flash.success(redirect, "foreignorg.permitAdded", form.getPressPermitNumber());
                return "redirect:/organisasi-asing/" + id + "#izin";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showPage(user, id, model);
    }

    private String showPage(CurrentUser user, long id, Model model) {
        ForeignOrgView view = queries.view(user, id);
        if (access.seesPeople(user)) {
            audit.record(
                    AuditAction.VIEW,
                    "FOREIGN_ORGANISATION",
                    id,
                    "people="
                            + view.people().stream()
                                    .map(p -> String.valueOf(p.subjectId()))
                                    .collect(Collectors.joining(","))
                            + "; reports="
                            + view.reports().stream()
                                    .map(r -> String.valueOf(r.id()))
                                    .collect(Collectors.joining(",")));
        }
        model.addAttribute("view", view);
        model.addAttribute("org", view.organisation());
        model.addAttribute("countries", countries);
        model.addAttribute("mayRecord", access.mayRecord(user));
        model.addAttribute("partnerKinds", LocalPartnerKind.values());
        model.addAttribute("personRoles", PersonRole.values());
        if (!model.containsAttribute("partnerForm")) {
            model.addAttribute("partnerForm", new PartnerForm());
        }
        if (!model.containsAttribute("personForm")) {
            model.addAttribute("personForm", new PersonForm());
        }
        if (!model.containsAttribute("reportLinkForm")) {
            model.addAttribute("reportLinkForm", new ReportLinkForm());
        }
        if (!model.containsAttribute("permitForm")) {
            model.addAttribute("permitForm", new PermitForm());
        }
        return PAGE;
    }
}
