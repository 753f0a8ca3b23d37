package id.timpora.dashboard.web;

import id.timpora.account.CurrentUser;
import id.timpora.dashboard.DashboardArea;
import id.timpora.dashboard.DashboardAreas;
import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.PeriodicReport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The periodic report as a PDF download, for the period and region of the dashboard it is asked from. */
@Controller
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class PeriodicReportController {

    private final DashboardAreas areas;
    private final PeriodicReport report;
    private final Clock clock;

    PeriodicReportController(DashboardAreas areas, PeriodicReport report, Clock clock) {
        this.areas = areas;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/laporan-pengawasan.pdf")
    void download(
            @ModelAttribute DashboardForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        DashboardPeriod period = form.period(clock, user.zone(), errors);
        if (errors.hasErrors()) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        DashboardArea area = areas.resolve(user, form.getWilayah());
        // Rendered in full before anything is sent, so a failure shows the error page, not half a file.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        report.write(user, area, period, locale, pdf);
        response.setContentType("application/pdf");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName(area, period))
                        .build()
                        .toString());
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    /** laporan-pengawasan-61.06-2026-10-01-2026-10-31.pdf */
    private static String fileName(DashboardArea area, DashboardPeriod period) {
        return "laporan-pengawasan-" + (area.regionCode() == null ? "" : area.regionCode() + "-") + period.from() + "-"
                + period.to() + ".pdf";
    }
}
