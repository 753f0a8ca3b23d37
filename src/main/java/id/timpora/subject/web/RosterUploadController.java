package id.timpora.subject.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.bulk.BulkFileRefused;
import id.timpora.infrastructure.bulk.BulkJob;
import id.timpora.infrastructure.bulk.BulkOutcome;
import id.timpora.infrastructure.bulk.BulkPreview;
import id.timpora.infrastructure.bulk.BulkUploads;
import id.timpora.infrastructure.web.BulkTemplateDownload;
import id.timpora.infrastructure.web.BulkUploadForm;
import id.timpora.infrastructure.web.Flash;
import id.timpora.subject.PermitRoster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
 * The permit roster's upload (#15 item 1), by an immigration office's officers only (anyone else: not found):
 * upload → preview (nothing saved) → confirm, on the one bulk-upload mechanism. The confirm form's "ekspor lengkap"
 * marks the office's people the file does not name as departed.
 */
@Controller
@RequestMapping("/orang-asing/daftar-izin")
@PreAuthorize("hasRole('OFFICER')")
class RosterUploadController {

    private static final Logger log = LoggerFactory.getLogger(RosterUploadController.class);
    private static final String AUDIT_TARGET = "BULK_UPLOAD";
    private static final int ERRORS_PER_PAGE = 50;
    private static final String BASE = "/orang-asing/daftar-izin";

    private final PermitRoster roster;
    private final BulkUploads uploads;
    private final AuditLog audit;

    RosterUploadController(PermitRoster roster, BulkUploads uploads, AuditLog audit) {
        this.roster = roster;
        this.uploads = uploads;
        this.audit = audit;
    }

    @ModelAttribute("bulkUpload")
    BulkUploadForm form() {
        return new BulkUploadForm();
    }

    @GetMapping
    String uploadPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        roster.office(user);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("base", BASE);
        model.addAttribute("maxMb", uploads.properties().maxSize().toMegabytes());
        return "subject/roster-upload";
    }

    @GetMapping("/templat.{format:xlsx|csv}")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable String format) {
        return BulkTemplateDownload.of(roster.job(roster.office(user)).spec(), format, PermitRoster.TEMPLATE_NAME);
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("bulkUpload") BulkUploadForm form,
            BindingResult binding,
            Model model) {
        long office = roster.office(user);
        if (!form.hasFile(binding)) {
            return page(model);
        }
        BulkJob job = roster.job(office);
        long id;
        try (InputStream in = form.getFile().getInputStream()) {
            id = uploads.upload(job, user.id(), form.getFile().getOriginalFilename(), in, roster.known());
        } catch (BulkFileRefused refused) {
            form.refuse(binding, refused);
            return page(model);
        } catch (IOException | UncheckedIOException e) {
            log.info("Roster upload could not be read: {}", e.getMessage());
            form.refuse(binding, new BulkFileRefused("bulk.file.unreadable", null));
            return page(model);
        }
        audit.record(
                AuditAction.CREATE,
                AUDIT_TARGET,
                id,
                job.feature() + " office " + office + " file " + form.getFile().getOriginalFilename());
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String preview(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        BulkJob job = roster.job(roster.office(user));
        BulkPreview preview = uploads.preview(job, id, user.id(), PageRequest.of(Math.max(0, page), ERRORS_PER_PAGE));
        audit.record(AuditAction.VIEW, AUDIT_TARGET, id, job.feature());
        model.addAttribute("base", BASE);
        model.addAttribute("preview", preview);
        if (preview.imported()) {
            Page<BulkJob.Imported> items =
                    uploads.items(job, id, user.id(), PageRequest.of(Math.max(0, page), ERRORS_PER_PAGE));
            model.addAttribute("items", items);
        }
        return "subject/roster-preview";
    }

    @PostMapping("/{id}/simpan")
    String confirm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "lengkap", defaultValue = "false") boolean fullExport,
            RedirectAttributes redirect) {
        long office = roster.office(user);
        BulkJob job = roster.job(office);
        try {
            BulkOutcome outcome = uploads.confirm(job, id, user.id(), roster.importer(office, id, fullExport));
            if (outcome.repeated()) {
                Flash.success(redirect, "bulk.confirmedAgain");
            } else {
                audit.record(
                        AuditAction.UPDATE,
                        AUDIT_TARGET,
                        id,
                        "roster confirmed: " + outcome.valid() + " valid rows" + (fullExport ? ", full export" : ""));
                if (outcome.background()) {
                    Flash.success(redirect, "bulk.confirmedBackground");
                } else {
                    Flash.success(redirect, "roster.confirmed", outcome.valid(), outcome.imported());
                }
            }
        } catch (InvalidInput | DataAccessException | BulkFileRefused e) {
            log.warn("Roster upload {} could not be imported", id, e);
            Flash.error(redirect, "bulk.preview.failed");
        }
        return "redirect:" + BASE + "/" + id;
    }
}
