package id.timpora.partner.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.web.Flash;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationAccess;
import id.timpora.organisation.OrganisationGroup;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.partner.NoticeQueries;
import id.timpora.partner.NoticeResult;
import id.timpora.partner.NoticeService;
import id.timpora.partner.PartnerAccess;
import id.timpora.partner.PartnerFilter;
import id.timpora.partner.Receipts;
import id.timpora.region.RegionService;
import id.timpora.report.Countries;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For officers, Kesbangpol reporters and administrators: the partner organisations in their jurisdiction with their
 * notice figures, an organisation's guests and workers (its notices whose reports the viewer may see), and the
 * receipts. Anyone who does not manage organisations gets 404.
 */
@Controller
@RequestMapping("/organisasi")
class PartnerListController {

    private static final int PAGE_SIZE = 25;

    private final OrganisationAccess access;
    private final OrganisationQueries organisations;
    private final NoticeQueries queries;
    private final NoticeService notices;
    private final PartnerAccess partnerAccess;
    private final Receipts receipts;
    private final RegionService regions;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    PartnerListController(
            OrganisationAccess access,
            OrganisationQueries organisations,
            NoticeQueries queries,
            NoticeService notices,
            PartnerAccess partnerAccess,
            Receipts receipts,
            RegionService regions,
            Countries countries,
            AuditLog audit,
            Clock clock) {
        this.audit = audit;
        this.access = access;
        this.organisations = organisations;
        this.queries = queries;
        this.notices = notices;
        this.partnerAccess = partnerAccess;
        this.receipts = receipts;
        this.regions = regions;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationGroup group,
            @RequestParam(defaultValue = "false") boolean quiet,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!access.manages(user)) {
            throw new NotFoundException();
        }
        OrganisationGroup partnerGroup = group == OrganisationGroup.ASING ? null : group;
        PartnerFilter filter = new PartnerFilter(q, partnerGroup, quiet);
        model.addAttribute("filter", filter);
        model.addAttribute("groups", List.of(OrganisationGroup.PENGINAPAN, OrganisationGroup.PEMBERI_KERJA));
        model.addAttribute(
                "partners",
                queries.partners(user, filter, clock.instant(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "partner/partners";
    }

    @GetMapping("/{id}/pemberitahuan")
    String organisationNotices(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!access.manages(user)) {
            throw new NotFoundException();
        }
        Organisation organisation = organisations.find(user, id).orElseThrow(NotFoundException::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "regionLabel", regions.label(organisation.regionCode()).orElse(organisation.regionCode()));
        model.addAttribute("q", q);
        model.addAttribute(
                "notices", queries.ofOrganisation(user, id, q, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("countries", countries);
        audit.record(AuditAction.VIEW, "ORGANISATION", id, "guests and workers");
        return "partner/organisation-notices";
    }

    @GetMapping("/{id}/tamu/baru")
    String guestForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Organisation organisation = forNotices(user, id, true);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), notices.zoneOf(organisation));
        return onBehalfForm(NoticeForm.guest(now.toLocalDate(), now.toLocalTime()), organisation, true, model, locale);
    }

    @PostMapping("/{id}/tamu/baru")
    String recordGuest(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation organisation = forNotices(user, id, true);
        if (form.getCheckInDate() == null && !result.hasFieldErrors("checkInDate")) {
            result.rejectValue("checkInDate", "validation.required");
        }
        PartnerController.collect(result, () -> notices.validateGuest(user, id, form.toGuest()));
        if (!result.hasErrors()) {
            try {
                return recorded(id, notices.recordGuest(user, id, form.toGuest()), redirect);
            } catch (InvalidInput invalid) {
                PartnerController.addTo(invalid, result);
            }
        }
        return onBehalfForm(form, organisation, true, model, locale);
    }

    @GetMapping("/{id}/pekerja/baru")
    String workerForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Organisation organisation = forNotices(user, id, false);
        return onBehalfForm(
                NoticeForm.worker(LocalDateTime.ofInstant(clock.instant(), notices.zoneOf(organisation))
                        .toLocalDate()),
                organisation,
                false,
                model,
                locale);
    }

    @PostMapping("/{id}/pekerja/baru")
    String recordWorker(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation organisation = forNotices(user, id, false);
        PartnerController.collect(result, () -> notices.validateWorker(user, id, form.toWorker()));
        if (!result.hasErrors()) {
            try {
                return recorded(id, notices.recordWorker(user, id, form.toWorker()), redirect);
            } catch (InvalidInput invalid) {
                PartnerController.addTo(invalid, result);
            }
        }
        return onBehalfForm(form, organisation, false, model, locale);
    }

    private Organisation forNotices(CurrentUser user, long id, boolean guest) {
        Organisation organisation = partnerAccess.forNotices(user, id);
        if (guest ? !organisation.kind().lodging() : !organisation.kind().employer()) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private String onBehalfForm(NoticeForm form, Organisation organisation, boolean guest, Model model, Locale locale) {
        String base = "/organisasi/" + organisation.id();
        return PartnerController.formPage(
                model,
                form,
                organisation,
                guest,
                base + (guest ? "/tamu/baru" : "/pekerja/baru"),
                base + "/pemberitahuan",
                true,
                countries,
                locale);
    }

    private static String recorded(long organisationId, NoticeResult result, RedirectAttributes redirect) {
        if (result.created()) {
            Flash.success(
                    redirect, result.late() ? "partner.recordedLate" : "partner.recorded", result.receiptNumber());
        } else {
            Flash.success(redirect, "partner.alreadyKnown", result.receiptNumber());
        }
        return "redirect:/organisasi/" + organisationId + "/pemberitahuan";
    }

    @GetMapping("/pemberitahuan/{id}/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        if (!access.manages(user)) {
            throw new NotFoundException();
        }
        return PartnerController.pdf(receipts.receipt(user, id));
    }
}
