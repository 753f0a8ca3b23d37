package id.timpora.partner;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.pdf.PdfDocuments;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.region.RegionService;
import id.timpora.report.Countries;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipt (<i>Surat Tanda Terima</i>) of a notice, as a numbered A4 PDF: the organisation, the notice's data, the
 * submission time in the registering agency's zone, and whether it came late. For the partner (own organisation only)
 * and for the officers whose jurisdiction holds the notice's report; 404 for anyone else. Every download is audited.
 */
@Service
public class Receipts {

    /** The PDF and its file name. */
    public record Document(String fileName, byte[] content) {}

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final NoticeQueries notices;
    private final OrganisationQueries organisations;
    private final AgencyService agencies;
    private final RegionService regions;
    private final Countries countries;
    private final PdfDocuments pdf;
    private final AuditLog audit;
    private final Clock clock;

    Receipts(
            NoticeQueries notices,
            OrganisationQueries organisations,
            AgencyService agencies,
            RegionService regions,
            Countries countries,
            PdfDocuments pdf,
            AuditLog audit,
            Clock clock) {
        this.notices = notices;
        this.organisations = organisations;
        this.agencies = agencies;
        this.regions = regions;
        this.countries = countries;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Document receipt(CurrentUser user, long noticeId) {
        NoticeView notice = (user.hasRole(Role.PARTNER)
                        ? notices.ownNotice(user, noticeId)
                        : notices.visible(user, noticeId))
                .orElseThrow(NotFoundException::new);
        Organisation organisation = organisations.byId(notice.organisationId()).orElseThrow(NotFoundException::new);
        ZoneId zone =
                ZoneId.of(agencies.profile(organisation.registeredByAgencyId()).zoneId());
        ZoneId desaZone = regions.timeZoneOf(organisation.regionCode()).orElse(zone);
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("organisation", organisation);
        model.put("regionLabel", regions.label(organisation.regionCode()).orElse(organisation.regionCode()));
        model.put("nationalityName", countries.name(notice.nationality(), INDONESIAN));
        model.put("submittedAt", notice.submittedAt().atZone(zone));
        model.put(
                "checkInAt",
                notice.checkInAt() == null ? null : notice.checkInAt().atZone(desaZone));
        model.put(
                "checkOutAt",
                notice.checkOutAt() == null ? null : notice.checkOutAt().atZone(desaZone));
        model.put("zoneLabel", zoneAbbreviation(zone));
        model.put("desaZoneLabel", zoneAbbreviation(desaZone));
        model.put("printedAt", clock.instant().atZone(zone));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write("partner/receipt", model, INDONESIAN, out);
        audit.record(AuditAction.DOWNLOAD, NoticeService.TARGET, noticeId, "receipt " + notice.receiptNumber());
        return new Document("tanda-terima-" + notice.receiptNumber().replace('/', '-') + ".pdf", out.toByteArray());
    }

    static String zoneAbbreviation(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> "WIB";
        };
    }
}
