package id.timpora.report.web;

import id.timpora.account.CurrentUser;
import id.timpora.agency.AgencyService;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.web.UserZone;
import id.timpora.report.Activity;
import id.timpora.report.Countries;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.ReportExports;
import id.timpora.report.ReportFilter;
import id.timpora.report.ReportHighlights;
import id.timpora.report.ReportListItem;
import id.timpora.report.ReportQueries;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportSort;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report list and its exports. Reporters and officers only; exports for officers only. Which reports a user
 * sees is decided by the service from the user's jurisdiction, never by the request.
 */
@Controller
@RequestMapping("/laporan")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class ReportListController {

    static final String LIST_AUDIT_TARGET = "REPORT_LIST";
    private static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportQueries queries;
    private final ReportExports exports;
    private final ReportScopes scopes;
    private final Countries countries;
    private final AgencyService agencies;
    private final UserZone userZone;
    private final AuditLog audit;
    private final Clock clock;
    private final List<ReportHighlights> highlights;

    ReportListController(
            ReportQueries queries,
            ReportExports exports,
            ReportScopes scopes,
            Countries countries,
            AgencyService agencies,
            UserZone userZone,
            AuditLog audit,
            Clock clock,
            List<ReportHighlights> highlights) {
        this.highlights = List.copyOf(highlights);
        this.queries = queries;
        this.exports = exports;
        this.scopes = scopes;
        this.countries = countries;
        this.agencies = agencies;
        this.userZone = userZone;
        this.audit = audit;
        this.clock = clock;
    }

    /** The marks of the rooms above (the watch periods' badge), in the list's own query; null for none. */
    private SqlFragment highlight(CurrentUser user) {
        List<SqlFragment> marks = highlights.stream()
                .map(h -> h.highlight(user))
                .flatMap(java.util.Optional::stream)
                .toList();
        return marks.isEmpty()
                ? null
                : SqlFragment.of("coalesce(")
                        .plus(SqlFragment.join(", ", marks))
                        .plus(", null::text)");
    }

    /** Unbindable values were dropped by the binder; the binding result only keeps them from becoming a 400. */
    @GetMapping
    String list(
            @ModelAttribute("filter") ReportFilterForm form,
            BindingResult unbindableValuesAreDropped,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        ReportFilter filter = form.toFilter();
        ReportSort sort = form.toSort();
        ReportScope scope = scopes.of(user);
        Page<ReportListItem> reports = queries.search(
                filter, scope, userZone.current(), sort, PageRequest.of(Math.max(0, page), PAGE_SIZE), highlight(user));
        // A list of names is personal data on screen: who saw which reports is recorded (UU 27/2022, Pasal 31).
        if (reports.hasContent()) {
            audit.record(
                    AuditAction.VIEW,
                    LIST_AUDIT_TARGET,
                    null,
                    "page=" + reports.getNumber() + "; "
                            + filter.describe() + "; ids="
                            + reports.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",")));
        }
        model.addAttribute("reports", reports);
        model.addAttribute("noJurisdiction", scope.isEmpty());
        model.addAttribute("exportCsvUrl", exportUrl(request, "/laporan/ekspor.csv"));
        model.addAttribute("exportXlsxUrl", exportUrl(request, "/laporan/ekspor.xlsx"));
        model.addAttribute("sort", sort);
        model.addAttribute("now", clock.instant());
        model.addAttribute("countLimit", CappedCount.LIMIT);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("indications", Indication.values());
        model.addAttribute("permits", PermitType.values());
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("sorts", ReportSort.values());
        model.addAttribute("countryOptions", countries.all(locale));
        model.addAttribute("countries", countries);
        model.addAttribute("agencyOptions", agencies.options());
        return "report/list";
    }

    @GetMapping("/ekspor.csv")
    @PreAuthorize("hasRole('OFFICER')")
    void exportCsv(
            @ModelAttribute("filter") ReportFilterForm form,
            BindingResult unreadable,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException, BindException {
        refuseUnreadable(unreadable);
        ZoneId zone = userZone.current();
        startDownload(response, "text/csv;charset=UTF-8", fileName(zone, "csv"));
        exports.writeCsv(form.toFilter(), scopes.of(user), form.toSort(), zone, locale, response.getOutputStream());
    }

    @GetMapping("/ekspor.xlsx")
    @PreAuthorize("hasRole('OFFICER')")
    void exportXlsx(
            @ModelAttribute("filter") ReportFilterForm form,
            BindingResult unreadable,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException, BindException {
        refuseUnreadable(unreadable);
        ZoneId zone = userZone.current();
        startDownload(response, XLSX, fileName(zone, "xlsx"));
        exports.writeXlsx(form.toFilter(), scopes.of(user), form.toSort(), zone, locale, response.getOutputStream());
    }

    /** The export of exactly what the list shows: the same query parameters, less the page number. */
    private static String exportUrl(HttpServletRequest request, String path) {
        return UriComponentsBuilder.fromPath(request.getContextPath() + path)
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .build(true) // the request's query is already encoded
                .toUriString();
    }

    private static void startDownload(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }

    /** laporan-20261104-0930.csv, in the user's time zone. */
    private String fileName(ZoneId zone, String extension) {
        return "laporan-" + FILE_TIME.format(LocalDateTime.now(clock.withZone(zone))) + "." + extension;
    }

    /** An export never runs with a filter it could not read: dropping it would export more than the user asked for. */
    private static void refuseUnreadable(BindingResult result) throws BindException {
        if (result.hasErrors()) {
            throw new BindException(result);
        }
    }
}
