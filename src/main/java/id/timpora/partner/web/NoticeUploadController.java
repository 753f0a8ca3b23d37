package id.timpora.partner.web;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.bulk.BulkFileRefused;
import id.timpora.infrastructure.bulk.BulkJob;
import id.timpora.infrastructure.bulk.BulkOutcome;
import id.timpora.infrastructure.bulk.BulkPreview;
import id.timpora.infrastructure.bulk.BulkUploads;
import id.timpora.infrastructure.web.BulkTemplateDownload;
import id.timpora.infrastructure.web.BulkUploadForm;
import id.timpora.infrastructure.web.Flash;
import id.timpora.organisation.Organisation;
import id.timpora.partner.NoticeUploads;
import id.timpora.partner.PartnerAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Guest and worker lists uploaded in bulk (#13 item 3): a partner for their own organisation under {@code /mitra/unggah},
 * an officer (or Kesbangpol reporter) of the jurisdiction on a partner's behalf under {@code /organisasi/{id}/unggah}.
 * Upload → preview (nothing saved) → confirm. An upload is seen and confirmed only by the account that made it, for
 * the organisation it was made for; any other request is "not found" ({@link PartnerAccess}, {@link BulkUploads}).
 */
@Controller
class NoticeUploadController {

    private static final Logger log = LoggerFactory.getLogger(NoticeUploadController.class);
    private static final String AUDIT_TARGET = "BULK_UPLOAD";
    private static final int ERRORS_PER_PAGE = 50;

    private final PartnerAccess access;
    private final NoticeUploads noticeUploads;
    private final BulkUploads uploads;
    private final AuditLog audit;

    NoticeUploadController(PartnerAccess access, NoticeUploads noticeUploads, BulkUploads uploads, AuditLog audit) {
        this.access = access;
        this.noticeUploads = noticeUploads;
        this.uploads = uploads;
        this.audit = audit;
    }

    @ModelAttribute("bulkUpload")
    BulkUploadForm form() {
        return new BulkUploadForm();
    }

    // ---- a partner, for their own organisation ---------------------------------------------------------------------

    @GetMapping("/mitra/unggah")
    String partnerForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return uploadPage(access.own(user), "/mitra/unggah", model);
    }

    @GetMapping("/mitra/unggah/templat.{format:xlsx|csv}")
    ResponseEntity<byte[]> partnerTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable String format) {
        return template(access.own(user), format);
    }

    @PostMapping("/mitra/unggah")
    String partnerUpload(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("bulkUpload") BulkUploadForm form,
            BindingResult binding,
            Model model) {
        return upload(user, access.own(user), "/mitra/unggah", form, binding, model);
    }

    @GetMapping("/mitra/unggah/{id}")
    String partnerPreview(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        return preview(user, access.own(user), "/mitra/unggah", id, page, model);
    }

    @PostMapping("/mitra/unggah/{id}/simpan")
    String partnerConfirm(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return confirm(user, access.own(user), "/mitra/unggah", id, redirect);
    }

    // ---- an officer, on a partner's behalf -------------------------------------------------------------------------

    @GetMapping("/organisasi/{organisationId}/unggah")
    String officerForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long organisationId, Model model) {
        Organisation organisation = onBehalf(user, organisationId);
        return uploadPage(organisation, base(organisation), model);
    }

    @GetMapping("/organisasi/{organisationId}/unggah/templat.{format:xlsx|csv}")
    ResponseEntity<byte[]> officerTemplate(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long organisationId, @PathVariable String format) {
        return template(onBehalf(user, organisationId), format);
    }

    @PostMapping("/organisasi/{organisationId}/unggah")
    String officerUpload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @ModelAttribute("bulkUpload") BulkUploadForm form,
            BindingResult binding,
            Model model) {
        Organisation organisation = onBehalf(user, organisationId);
        return upload(user, organisation, base(organisation), form, binding, model);
    }

    @GetMapping("/organisasi/{organisationId}/unggah/{id}")
    String officerPreview(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @PathVariable long id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        Organisation organisation = onBehalf(user, organisationId);
        return preview(user, organisation, base(organisation), id, page, model);
    }

    @PostMapping("/organisasi/{organisationId}/unggah/{id}/simpan")
    String officerConfirm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @PathVariable long id,
            RedirectAttributes redirect) {
        Organisation organisation = onBehalf(user, organisationId);
        return confirm(user, organisation, base(organisation), id, redirect);
    }

    private Organisation onBehalf(CurrentUser user, long organisationId) {
        // a partner uses /mitra; here only the jurisdiction's officers and Kesbangpol reporters (else: not found)
        if (user != null && user.hasRole(Role.PARTNER)) {
            throw new NotFoundException();
        }
        return access.forNotices(user, organisationId);
    }

    private static String base(Organisation organisation) {
        return "/organisasi/" + organisation.id() + "/unggah";
    }

    // ---- the steps ---------------------------------------------------------------------------------------------

    private String uploadPage(Organisation organisation, String base, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("kind", NoticeUploads.kindOf(organisation));
        model.addAttribute("base", base);
        model.addAttribute("maxMb", uploads.properties().maxSize().toMegabytes());
        return "partner/upload";
    }

    private ResponseEntity<byte[]> template(Organisation organisation, String format) {
        return BulkTemplateDownload.of(
                noticeUploads.job(organisation).spec(), format, NoticeUploads.templateName(organisation));
    }

    private String upload(
            CurrentUser user,
            Organisation organisation,
            String base,
            BulkUploadForm form,
            BindingResult binding,
            Model model) {
        if (!form.hasFile(binding)) {
            return uploadPage(organisation, base, model);
        }
        BulkJob job = noticeUploads.job(organisation);
        long id;
        try (InputStream in = form.getFile().getInputStream()) {
            id = uploads.upload(
                    job, user.id(), form.getFile().getOriginalFilename(), in, noticeUploads.known(organisation));
        } catch (BulkFileRefused refused) {
            form.refuse(binding, refused);
            return uploadPage(organisation, base, model);
        } catch (IOException | UncheckedIOException e) {
            log.info("Bulk upload could not be read: {}", e.getMessage());
            form.refuse(binding, new BulkFileRefused("bulk.file.unreadable", null));
            return uploadPage(organisation, base, model);
        }
        audit.record(
                AuditAction.CREATE,
                AUDIT_TARGET,
                id,
                job.feature() + " organisation " + organisation.id() + " file "
                        + form.getFile().getOriginalFilename());
        return "redirect:" + base + "/" + id;
    }

    private String preview(CurrentUser user, Organisation organisation, String base, long id, int page, Model model) {
        BulkPreview preview = uploads.preview(
                noticeUploads.job(organisation), id, user.id(), PageRequest.of(Math.max(0, page), ERRORS_PER_PAGE));
        audit.record(AuditAction.VIEW, AUDIT_TARGET, id, "organisation " + organisation.id());
        model.addAttribute("organisation", organisation);
        model.addAttribute("kind", NoticeUploads.kindOf(organisation));
        model.addAttribute("base", base);
        model.addAttribute("preview", preview);
        boolean partner = user.hasRole(Role.PARTNER);
        model.addAttribute("partnerHome", partner ? "/mitra" : null);
        if (preview.imported()) {
            Page<BulkJob.Imported> items = uploads.items(
                    noticeUploads.job(organisation), id, user.id(), PageRequest.of(Math.max(0, page), ERRORS_PER_PAGE));
            model.addAttribute("items", items);
            model.addAttribute("uploadedNotices", noticeUploads.notices(organisation.id(), items.getContent()));
            model.addAttribute("receiptBase", partner ? "/mitra/pemberitahuan/" : "/organisasi/pemberitahuan/");
        }
        return "partner/upload-preview";
    }

    private String confirm(
            CurrentUser user, Organisation organisation, String base, long id, RedirectAttributes redirect) {
        BulkJob job = noticeUploads.job(organisation);
        try {
            BulkOutcome outcome = uploads.confirm(job, id, user.id(), noticeUploads.importer(user, organisation));
            if (outcome.repeated()) {
                Flash.success(redirect, "bulk.confirmedAgain");
            } else if (outcome.background()) {
                audit.record(AuditAction.UPDATE, AUDIT_TARGET, id, "confirmed: " + outcome.valid() + " valid rows");
                Flash.success(redirect, "bulk.confirmedBackground");
            } else {
                audit.record(
                        AuditAction.UPDATE,
                        AUDIT_TARGET,
                        id,
                        "confirmed: " + outcome.imported() + " new of " + outcome.valid() + " valid");
                Flash.success(redirect, "bulk.confirmed", outcome.imported());
            }
        } catch (InvalidInput | DataAccessException | BulkFileRefused e) {
            log.warn("Bulk upload {} could not be imported", id, e);
            Flash.error(redirect, "bulk.preview.failed");
        }
        return "redirect:" + base + "/" + id;
    }
}
