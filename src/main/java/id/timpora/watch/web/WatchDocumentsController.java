package id.timpora.watch.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.watch.SituationReport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily situation report of a watch, as PDF. */
@Controller
@RequestMapping("/pengawasan-khusus")
class WatchDocumentsController {

    private final SituationReport reports;

    WatchDocumentsController(SituationReport reports) {
        this.reports = reports;
    }

    /** {@code ?tanggal=2024-11-27&wilayah=61.06}; a day or area outside the watch goes back to its page with a message. */
    @GetMapping("/{id}/laporan-situasi.pdf")
    Object daily(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "tanggal", required = false) String day,
            @RequestParam(name = "wilayah", required = false) String area,
            RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = day == null ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        SituationReport.Document document;
        try {
            document = reports.daily(user, id, date, area);
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
            return "redirect:/pengawasan-khusus/" + id;
        }
        ContentDisposition disposition = ContentDisposition.inline()
                .filename(document.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }
}
