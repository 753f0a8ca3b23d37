package id.timpora.subject.web;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.report.Countries;
import id.timpora.report.CsvWriter;
import id.timpora.report.PermitType;
import id.timpora.report.XlsxSheet;
import id.timpora.subject.ExpiryWindow;
import id.timpora.subject.PermitRoster;
import id.timpora.subject.RegisterEntry;
import id.timpora.subject.RegisterFilter;
import id.timpora.subject.RegisterPerson;
import id.timpora.subject.RegisterQueries;
import id.timpora.subject.SubjectRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Who lives here" (#15 item 2): the roster's people living inside the viewer's jurisdiction, with filters, paging in
 * SQL and, for officers, CSV/XLSX exports (audited with the filter); a person's roster page with their permit history.
 * The permit watch (item 4) is this list with an expiry window ({@code ?expiry=EXPIRED}, {@code ?expiry=DAYS_30}).
 */
@Controller
@RequestMapping("/orang-asing/terdaftar")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class RegisterController {

    static final String REGISTER = "REGISTER";
    private static final int PAGE_SIZE = 25;

    private final RegisterQueries queries;
    private final Countries countries;
    private final MessageSource messages;
    private final AuditLog audit;

    RegisterController(RegisterQueries queries, Countries countries, MessageSource messages, AuditLog audit) {
        this.queries = queries;
        this.countries = countries;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String permitType,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) String sponsor,
            @RequestParam(required = false) String expiry,
            @RequestParam(required = false) String wilayah,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        RegisterFilter filter = filter(permitType, nationality, sponsor, expiry, wilayah);
        var people = queries.list(filter, user, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        audit.record(AuditAction.VIEW, REGISTER, null, filter.describe() + " page " + page);
        model.addAttribute("filter", filter);
        model.addAttribute("people", people);
        model.addAttribute("permitTypes", PermitRoster.STAY_PERMITS);
        model.addAttribute("expiryWindows", ExpiryWindow.values());
        model.addAttribute("countries", countries);
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("today", queries.today(user));
        String query = query(filter);
        model.addAttribute("exportCsvUrl", "/orang-asing/terdaftar/ekspor.csv" + query);
        model.addAttribute("exportXlsxUrl", "/orang-asing/terdaftar/ekspor.xlsx" + query);
        return "subject/register";
    }

    @GetMapping("/ekspor.{format:csv|xlsx}")
    @PreAuthorize("hasRole('OFFICER')")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) String permitType,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) String sponsor,
            @RequestParam(required = false) String expiry,
            @RequestParam(required = false) String wilayah,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        RegisterFilter filter = filter(permitType, nationality, sponsor, expiry, wilayah);
        audit.record(AuditAction.EXPORT, REGISTER, null, format + " " + filter.describe());
        boolean csv = format.equals("csv");
        response.setContentType(
                csv ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"orang-asing-terdaftar." + format + "\"");
        OutputStream out = response.getOutputStream();
        List<String> header = Arrays.stream(new String[] {
                    "name",
                    "nationality",
                    "passport",
                    "occupation",
                    "sponsor",
                    "permitType",
                    "permitNumber",
                    "permitExpiry",
                    "address",
                    "district",
                    "desa",
                    "desaCode"
                })
                .map(key -> messages.getMessage("register.export." + key, null, locale))
                .toList();
        if (csv) {
            CsvWriter writer = new CsvWriter(out);
            writer.row(header);
            queries.each(filter, user, entry -> write(writer::row, entry, locale));
            writer.finish();
        } else {
            XlsxSheet sheet = new XlsxSheet(out, "Orang asing");
            sheet.header(header);
            queries.each(filter, user, entry -> write(sheet::row, entry, locale));
            sheet.finish();
        }
    }

    @FunctionalInterface
    private interface Row {
        void write(List<?> cells) throws IOException;
    }

    private void write(Row row, RegisterEntry e, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(e.fullName());
        cells.add(countries.name(e.nationality(), locale));
        cells.add(e.passportNumber());
        cells.add(e.occupation());
        cells.add(e.sponsorName());
        cells.add(messages.getMessage(e.permitType().messageKey(), null, locale));
        cells.add(e.permitNumber());
        cells.add(e.permitExpiry());
        cells.add(e.address());
        cells.add(e.districtName());
        cells.add(e.regionName());
        cells.add(e.regionCode());
        try {
            row.write(cells);
        } catch (IOException ioe) {
            throw new UncheckedIOException(ioe);
        }
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        RegisterPerson person = queries.person(id, user);
        audit.record(AuditAction.VIEW, SubjectRegistry.SUBJECT, id, "register");
        model.addAttribute("person", person);
        model.addAttribute("countries", countries);
        model.addAttribute("hasReports", queries.hasVisibleReports(id, user));
        return "subject/register-person";
    }

    static RegisterFilter filter(String permitType, String nationality, String sponsor, String expiry, String area) {
        return new RegisterFilter(
                parse(PermitType.class, permitType),
                nationality == null || !nationality.strip().matches("[A-Za-z]{2}")
                        ? null
                        : nationality.strip().toUpperCase(Locale.ROOT),
                sponsor == null || sponsor.isBlank() ? null : sponsor.strip(),
                parse(ExpiryWindow.class, expiry),
                area == null || !area.strip().matches("[0-9.]{2,13}") ? null : area.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String query(RegisterFilter filter) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (filter.permitType() != null) {
            builder.queryParam("permitType", filter.permitType().name());
        }
        if (filter.nationality() != null) {
            builder.queryParam("nationality", filter.nationality());
        }
        if (filter.sponsor() != null) {
            builder.queryParam("sponsor", filter.sponsor());
        }
        if (filter.expiry() != null) {
            builder.queryParam("expiry", filter.expiry().name());
        }
        if (filter.regionCode() != null) {
            builder.queryParam("wilayah", filter.regionCode());
        }
        return builder.encode().build().toUriString();
    }
}
