package id.timpora.intake.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.web.Flash;
import id.timpora.intake.PublicRejection;
import id.timpora.intake.PublicReportQueries;
import id.timpora.intake.PublicReportView;
import id.timpora.intake.Triage;
import id.timpora.report.Activity;
import id.timpora.report.Countries;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.ReportAttachments;
import id.timpora.report.ReportScope;
import id.timpora.report.Sex;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The triage queue of public reports and its decisions, for officers and Kesbangpol reporters of the jurisdiction.
 * Anyone else, and any public report outside the jurisdiction, is "not found".
 */
@Controller
@RequestMapping("/laporan-masyarakat")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class TriageController {

    private static final int PAGE_SIZE = 25;
    private static final String DETAIL = "intake/detail";

    private final Triage triage;
    private final PublicReportQueries queries;
    private final Countries countries;
    private final Clock clock;

    TriageController(Triage triage, PublicReportQueries queries, Countries countries, Clock clock) {
        this.triage = triage;
        this.queries = queries;
        this.countries = countries;
        this.clock = clock;
    }

    @ModelAttribute("countries")
    Countries countries() {
        return countries;
    }

    @GetMapping
    String queue(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        if (!triage.mayTriage(user)) {
            throw new NotFoundException();
        }
        ReportScope scope = triage.scope(user);
        Instant now = clock.instant();
        model.addAttribute("page", queries.waiting(scope, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("counts", queries.waitingCounts(scope, now));
        model.addAttribute("now", now);
        return "intake/queue";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
        PublicReportView report = triage.view(user, id);
        return show(
                report,
                AcceptForm.of(report),
                DecisionForm.of(report.version()),
                DecisionForm.of(report.version()),
                null,
                model,
                locale);
    }

    @GetMapping("/{id}/foto/{photoId}")
    ResponseEntity<byte[]> photo(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long photoId) {
        ReportAttachments.Download photo = triage.photo(user, id, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(photo.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .body(photo.content());
    }

    @PostMapping("/{id}/terima")
    String accept(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("acceptForm") AcceptForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PublicReportView report = triage.view(user, id);
        if (!result.hasFieldErrors("fullName") && !result.hasFieldErrors("placeType")) {
            InvalidInput.collect(result, () -> triage.validateAcceptance(user, id, form.toAcceptance()));
        }
        if (!result.hasErrors()) {
            try {
                long reportId = triage.accept(user, id, form.getVersion(), form.toAcceptance());
                Flash.success(redirect, "triage.accepted", reportId);
                return "redirect:/laporan/" + reportId;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                Flash.error(redirect, "triage.alreadyDecided");
                return "redirect:/laporan-masyarakat/" + id;
            }
        }
        return show(
                report,
                form,
                DecisionForm.of(report.version()),
                DecisionForm.of(report.version()),
                "accept",
                model,
                locale);
    }

    @PostMapping("/{id}/duplikat")
    String duplicate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("duplicateForm") DecisionForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PublicReportView report = triage.view(user, id);
        if (!result.hasErrors()) {
            try {
                triage.markDuplicate(user, id, form.getVersion(), form.getDuplicateOfId(), form.getPublicNote());
                Flash.success(redirect, "triage.markedDuplicate");
                return "redirect:/laporan-masyarakat";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                Flash.error(redirect, "triage.alreadyDecided");
                return "redirect:/laporan-masyarakat/" + id;
            }
        }
        return show(report, AcceptForm.of(report), form, DecisionForm.of(report.version()), "duplicate", model, locale);
    }

    @PostMapping("/{id}/tolak")
    String reject(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("rejectForm") DecisionForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PublicReportView report = triage.view(user, id);
        if (!result.hasErrors()) {
            try {
                triage.reject(user, id, form.getVersion(), form.getReason(), form.getPublicNote());
                Flash.success(redirect, "triage.rejected");
                return "redirect:/laporan-masyarakat";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                Flash.error(redirect, "triage.alreadyDecided");
                return "redirect:/laporan-masyarakat/" + id;
            }
        }
        return show(report, AcceptForm.of(report), DecisionForm.of(report.version()), form, "reject", model, locale);
    }

    private String show(
            PublicReportView report,
            AcceptForm acceptForm,
            DecisionForm duplicateForm,
            DecisionForm rejectForm,
            String refused,
            Model model,
            Locale locale) {
        model.addAttribute("report", report);
        model.addAttribute("acceptForm", acceptForm);
        model.addAttribute("duplicateForm", duplicateForm);
        model.addAttribute("rejectForm", rejectForm);
        model.addAttribute("refused", refused);
        model.addAttribute("now", clock.instant());
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("permitTypes", PermitType.values());
        model.addAttribute("placeTypes", PlaceType.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("rejections", PublicRejection.values());
        return DETAIL;
    }
}
