package id.timpora.report.web;

import id.timpora.account.CurrentUser;
import id.timpora.agency.AgencyService;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.report.Activity;
import id.timpora.report.Countries;
import id.timpora.report.FollowUpType;
import id.timpora.report.HeldUploads;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.PlaceType;
import id.timpora.report.RejectionReason;
import id.timpora.report.ReportAttachments;
import id.timpora.report.ReportData;
import id.timpora.report.ReportReader;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportService;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportSubmission;
import id.timpora.report.ReportView;
import id.timpora.report.Sex;
import id.timpora.report.SocialPlatform;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging a report, its detail page, the reporter's edits, the officers' workflow and follow-ups, attachments. */
@Controller
@RequestMapping("/laporan")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class ReportController {

    private static final String FORM = "report/form";

    private final ReportSubmission submission;
    private final ReportScopes scopes;
    private final ReportService reports;
    private final ReportReader reader;
    private final ReportAttachments attachments;
    private final HeldUploads held;
    private final AgencyService agencies;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    ReportController(
            ReportSubmission submission,
            ReportScopes scopes,
            ReportService reports,
            ReportReader reader,
            ReportAttachments attachments,
            HeldUploads held,
            AgencyService agencies,
            Countries countries,
            AuditLog audit,
            Clock clock) {
        this.submission = submission;
        this.scopes = scopes;
        this.reports = reports;
        this.reader = reader;
        this.attachments = attachments;
        this.held = held;
        this.agencies = agencies;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/baru")
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        ReportForm form = ReportForm.of(clock.instant().atZone(user.zone()));
        // The region picker starts at the user's jurisdiction, filled down to the level it fixes.
        scopes.of(user).startingRegion().ifPresent(form::setRegionCode);
        return showForm(form, null, model, locale);
    }

    /**
     * Every check runs on every submit: the form's own, the service's (country, region, jurisdiction, dates in the
     * future) and the attachments', so one refusal names every problem. Files chosen in a refused form are held for
     * the user and come back attached; files that fail the checks are named and not kept.
     */
    @PostMapping("/baru")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        List<ReportAttachments.Upload> uploads = uploads(form.getAttachments());
        List<HeldUploads.HeldFile> kept = held.of(user, form.getHeldAttachments());
        if (kept.size() < form.getHeldAttachments().stream().distinct().count()) {
            result.rejectValue("attachments", "report.error.heldExpired");
        }
        ReportData data = form.toData(user.zone());
        InvalidInput.collect(result, () -> reports.validate(user, data));
        InvalidInput.collect(result, () -> ReportAttachments.check(uploads, kept.size()));
        if (!result.hasErrors()) {
            try {
                long id = submission.submit(
                        user,
                        data,
                        uploads,
                        kept.stream().map(HeldUploads.HeldFile::id).toList());
                Flash.success(redirect, "report.created", id);
                return "redirect:/laporan/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        List<HeldUploads.HeldFile> nowHeld = new ArrayList<>(kept);
        nowHeld.addAll(held.hold(user, uploads));
        form.setHeldAttachments(
                new ArrayList<>(nowHeld.stream().map(HeldUploads.HeldFile::id).toList()));
        // Files that failed the checks are not kept: say so plainly beside the list of those that were.
        model.addAttribute("reattach", nowHeld.size() - kept.size() < uploads.size());
        model.addAttribute("heldFiles", nowHeld);
        return showForm(form, null, model, locale);
    }

    /** A held file of the user's own refused form, for its thumbnail; anyone else's is not found. */
    @GetMapping("/lampiran-sementara/{heldId}")
    ResponseEntity<byte[]> heldAttachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID heldId) {
        HeldUploads.Content file = held.open(user, heldId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .body(file.content());
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return showDetail(user, id, model);
    }

    @GetMapping("/{id}/ubah")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
        ReportView report = reader.view(user, id);
        return showForm(ReportForm.of(report.data(), user.zone(), report.version()), report, model, locale);
    }

    @PostMapping("/{id}/ubah")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ReportView report = reader.view(user, id);
        ReportData data = form.toData(user.zone());
        InvalidInput.collect(result, () -> reports.validate(user, data));
        if (!result.hasErrors()) {
            try {
                reports.update(user, id, form.getVersion(), data);
                Flash.success(redirect, "report.saved");
                return "redirect:/laporan/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        return showForm(form, report, model, locale);
    }

    /**
     * A step of the workflow. A stale page (a step no longer allowed, a newer version) gets a message at the top; a
     * rejection with missing or wrong details comes back in its form, every problem beside its field.
     */
    @PostMapping("/{id}/status")
    String changeStatus(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasFieldErrors("target") || result.hasFieldErrors("version")) {
            Flash.error(redirect, "report.error.transition");
            return "redirect:/laporan/" + id;
        }
        InvalidInput.collect(result, () -> reports.validateChange(user, id, form.toChange()));
        if (!result.hasErrors()) {
            try {
                reports.changeStatus(user, id, form.toChange());
                Flash.success(redirect, "report.statusChanged", form.getTarget().messageKey());
                return "redirect:/laporan/" + id;
            } catch (InvalidInput invalid) {
                if (invalid.problems().stream()
                        .anyMatch(p -> p.field() == null || p.field().equals("target"))) {
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/laporan/" + id;
                }
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                Flash.error(redirect, EditConflict.MESSAGE_KEY);
                return "redirect:/laporan/" + id;
            }
        }
        return showDetail(user, id, model);
    }

    /** Takes a verification back: the report returns to review, with the reason in its history and the audit log. */
    @PostMapping("/{id}/kembalikan")
    String returnToReview(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reports.returnToReview(user, id, form.getVersion(), form.getReason());
                Flash.success(redirect, "report.returnedToReview");
                return "redirect:/laporan/" + id;
            } catch (InvalidInput invalid) {
                if (invalid.problems().stream().anyMatch(p -> p.field() == null)) {
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/laporan/" + id;
                }
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                Flash.error(redirect, EditConflict.MESSAGE_KEY);
                return "redirect:/laporan/" + id;
            }
        }
        return showDetail(user, id, model);
    }

    @PostMapping("/{id}/instansi-penanganan")
    String assignHandlingAgency(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long handlingAgencyId,
            RedirectAttributes redirect) {
        try {
            reports.assignHandlingAgency(user, id, handlingAgencyId);
            Flash.success(redirect, "report.handlingAssigned");
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return "redirect:/laporan/" + id;
    }

    /**
     * A follow-up; the first one of a verified report also moves it to TINDAK_LANJUT. The form's checks and the
     * service's run together, and a refused follow-up comes back in its form with every problem beside its field.
     */
    @PostMapping("/{id}/tindak-lanjut")
    String addFollowUp(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        InvalidInput.collect(result, () -> reports.validateFollowUp(user, form.toData()));
        if (!result.hasErrors()) {
            try {
                reports.addFollowUp(user, id, form.toData());
                Flash.success(redirect, "report.followUpAdded");
                return "redirect:/laporan/" + id + "#tindak-lanjut";
            } catch (InvalidInput invalid) {
                if (invalid.problems().stream().anyMatch(p -> p.field() == null)) {
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/laporan/" + id + "#tindak-lanjut";
                }
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                Flash.error(redirect, EditConflict.MESSAGE_KEY);
                return "redirect:/laporan/" + id + "#tindak-lanjut";
            }
        }
        return showDetail(user, id, model);
    }

    @PostMapping("/{id}/lampiran")
    String addAttachments(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        try {
            attachments.store(user, id, uploads(files));
            Flash.success(redirect, "report.attachmentsAdded");
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
        return "redirect:/laporan/" + id + "#lampiran";
    }

    @GetMapping("/{id}/lampiran/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long attachmentId) {
        ReportAttachments.Download file = attachments.open(user, id, attachmentId);
        boolean inline =
                file.contentType().startsWith("image/") || file.contentType().equals("application/pdf");
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .body(file.content());
    }

    /** The detail page; a form refused on it (status, follow-up, return) is already in the model with its errors. */
    private String showDetail(CurrentUser user, long id, Model model) {
        ReportView report = reader.view(user, id);
        audit.record(AuditAction.VIEW, "REPORT", id, null);
        model.addAttribute("report", report);
        model.addAttribute("countries", countries);
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm());
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm());
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnForm());
        }
        model.addAttribute("rejectionReasons", RejectionReason.values());
        model.addAttribute("followUpGroups", FollowUpType.Group.values());
        model.addAttribute("agencyOptions", agencies.options());
        model.addAttribute("canEdit", report.editableBy(user.id()));
        return "report/detail";
    }

    private String showForm(ReportForm form, ReportView report, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("permitTypes", PermitType.values());
        model.addAttribute("placeTypes", PlaceType.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("indications", Indication.values());
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("platforms", SocialPlatform.values());
        if (!model.containsAttribute("heldFiles")) {
            model.addAttribute("heldFiles", List.of());
        }
        return FORM;
    }

    private static List<ReportAttachments.Upload> uploads(List<MultipartFile> files) {
        List<ReportAttachments.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new ReportAttachments.Upload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
