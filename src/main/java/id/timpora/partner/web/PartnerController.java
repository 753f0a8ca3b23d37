package id.timpora.partner.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.web.Flash;
import id.timpora.organisation.Organisation;
import id.timpora.partner.NoticeQueries;
import id.timpora.partner.NoticeResult;
import id.timpora.partner.NoticeService;
import id.timpora.partner.NoticeView;
import id.timpora.partner.PartnerAccess;
import id.timpora.partner.Receipts;
import id.timpora.report.Activity;
import id.timpora.report.Countries;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The partner's own pages under {@code /mitra}: their organisation's notices, a new guest or worker notice, a guest's
 * check-out and the receipts. Only for a partner, and only their own organisation: anything else is 404.
 */
@Controller
@RequestMapping("/mitra")
class PartnerController {

    private static final int PAGE_SIZE = 20;
    private static final String FORM = "partner/notice-form";

    private final PartnerAccess access;
    private final NoticeService notices;
    private final NoticeQueries queries;
    private final Receipts receipts;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    PartnerController(
            PartnerAccess access,
            NoticeService notices,
            NoticeQueries queries,
            Receipts receipts,
            Countries countries,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.audit = audit;
        this.notices = notices;
        this.queries = queries;
        this.receipts = receipts;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping
    String home(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Organisation organisation = access.own(user);
        model.addAttribute("organisation", organisation);
        model.addAttribute("q", q);
        model.addAttribute("notices", queries.own(user, q, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("countries", countries);
        return "partner/home";
    }

    @GetMapping("/tamu/baru")
    String guestForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Organisation organisation = lodging(user);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), notices.zoneOf(organisation));
        return showForm(NoticeForm.guest(now.toLocalDate(), now.toLocalTime()), organisation, true, model, locale);
    }

    @PostMapping("/tamu/baru")
    String recordGuest(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation organisation = lodging(user);
        if (form.getCheckInDate() == null && !result.hasFieldErrors("checkInDate")) {
            result.rejectValue("checkInDate", "validation.required");
        }
        collect(result, () -> notices.validateGuest(user, organisation.id(), form.toGuest()));
        if (result.hasErrors()) {
            return showForm(form, organisation, true, model, locale);
        }
        try {
            return recorded(notices.recordGuest(user, organisation.id(), form.toGuest()), redirect);
        } catch (InvalidInput invalid) {
            addTo(invalid, result);
            return showForm(form, organisation, true, model, locale);
        }
    }

    @GetMapping("/pekerja/baru")
    String workerForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Organisation organisation = employer(user);
        return showForm(
                NoticeForm.worker(LocalDateTime.ofInstant(clock.instant(), notices.zoneOf(organisation))
                        .toLocalDate()),
                organisation,
                false,
                model,
                locale);
    }

    @PostMapping("/pekerja/baru")
    String recordWorker(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation organisation = employer(user);
        collect(result, () -> notices.validateWorker(user, organisation.id(), form.toWorker()));
        if (result.hasErrors()) {
            return showForm(form, organisation, false, model, locale);
        }
        try {
            return recorded(notices.recordWorker(user, organisation.id(), form.toWorker()), redirect);
        } catch (InvalidInput invalid) {
            addTo(invalid, result);
            return showForm(form, organisation, false, model, locale);
        }
    }

    @GetMapping("/pemberitahuan/{id}")
    String notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        NoticeView notice = queries.ownNotice(user, id).orElseThrow(NotFoundException::new);
        if (!model.containsAttribute("checkOutForm")) {
            CheckOutForm form = new CheckOutForm();
            form.setVersion(notice.version());
            model.addAttribute("checkOutForm", form);
        }
        return showNotice(notice, user, model);
    }

    @PostMapping("/pemberitahuan/{id}/check-out")
    String checkOut(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("checkOutForm") CheckOutForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        NoticeView notice = queries.ownNotice(user, id).orElseThrow(NotFoundException::new);
        if (!result.hasErrors()) {
            try {
                LocalDateTime at = form.getCheckOutDate() == null
                        ? null
                        : form.getCheckOutDate()
                                .atTime(form.getCheckOutTime() == null ? LocalTime.NOON : form.getCheckOutTime());
                notices.checkOut(user, id, form.getVersion(), at);
                Flash.success(redirect, "partner.checkedOut", notice.fullName());
                return "redirect:/mitra/pemberitahuan/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        return showNotice(notice, user, model);
    }

    @GetMapping("/pemberitahuan/{id}/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        queries.ownNotice(user, id).orElseThrow(NotFoundException::new);
        return pdf(receipts.receipt(user, id));
    }

    static ResponseEntity<byte[]> pdf(Receipts.Document document) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(document.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }

    private String showNotice(NoticeView notice, CurrentUser user, Model model) {
        Organisation organisation = access.own(user);
        ZoneId zone = notices.zoneOf(organisation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("notice", notice);
        model.addAttribute("desaZone", zone);
        audit.record(AuditAction.VIEW, "PARTNER_NOTICE", notice.id(), null);
        model.addAttribute("countries", countries);
        return "partner/notice";
    }

    private String recorded(NoticeResult result, RedirectAttributes redirect) {
        if (result.created()) {
            Flash.success(
                    redirect, result.late() ? "partner.recordedLate" : "partner.recorded", result.receiptNumber());
        } else {
            Flash.success(redirect, "partner.alreadyKnown", result.receiptNumber());
        }
        return "redirect:/mitra/pemberitahuan/" + result.noticeId();
    }

    private String showForm(NoticeForm form, Organisation organisation, boolean guest, Model model, Locale locale) {
        return formPage(
                model,
                form,
                organisation,
                guest,
                guest ? "/mitra/tamu/baru" : "/mitra/pekerja/baru",
                "/mitra",
                false,
                countries,
                locale);
    }

    /** The guest or worker form, for a partner ({@code /mitra}) or an officer on the organisation's behalf. */
    static String formPage(
            Model model,
            NoticeForm form,
            Organisation organisation,
            boolean guest,
            String action,
            String back,
            boolean onBehalf,
            Countries countries,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("guest", guest);
        model.addAttribute("formAction", action);
        model.addAttribute("backUrl", back);
        model.addAttribute("onBehalf", onBehalf);
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("permitTypes", PermitType.values());
        model.addAttribute("purposes", Activity.values());
        return FORM;
    }

    private Organisation lodging(CurrentUser user) {
        Organisation organisation = access.own(user);
        if (!organisation.kind().lodging()) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private Organisation employer(CurrentUser user) {
        Organisation organisation = access.own(user);
        if (!organisation.kind().employer()) {
            throw new NotFoundException();
        }
        return organisation;
    }

    /** The service's problems beside the form's own fields (check-in is one field for date and time). */
    static void collect(BindingResult result, Runnable check) {
        try {
            check.run();
        } catch (InvalidInput invalid) {
            addTo(invalid, result);
        }
    }

    static void addTo(InvalidInput invalid, BindingResult result) {
        new InvalidInput(invalid.problems().stream()
                        .map(problem -> new InvalidInput.Problem(
                                NoticeForm.fieldOf(problem.field()), problem.messageKey(), problem.arguments()))
                        .toList())
                .addTo(result);
    }
}
