package id.timpora.partner.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationAccess;
import id.timpora.organisation.OrganisationGroup;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.partner.NoticeQueries;
import id.timpora.partner.PartnerFilter;
import id.timpora.partner.Receipts;
import id.timpora.region.RegionService;
import id.timpora.report.Countries;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    private final NoticeQueries notices;
    private final Receipts receipts;
    private final RegionService regions;
    private final Countries countries;
    private final Clock clock;

    PartnerListController(
            OrganisationAccess access,
            OrganisationQueries organisations,
            NoticeQueries notices,
            Receipts receipts,
            RegionService regions,
            Countries countries,
            Clock clock) {
        this.access = access;
        this.organisations = organisations;
        this.notices = notices;
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
                notices.partners(user, filter, clock.instant(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
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
                "notices", notices.ofOrganisation(user, id, q, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("countries", countries);
        return "partner/organisation-notices";
    }

    @GetMapping("/pemberitahuan/{id}/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        if (!access.manages(user)) {
            throw new NotFoundException();
        }
        return PartnerController.pdf(receipts.receipt(user, id));
    }
}
