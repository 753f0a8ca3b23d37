package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.meeting.MeetingDocuments;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What people take away from a meeting: the calendar invitation, the minutes and the attendance list to sign. */
@Controller
@RequestMapping("/rapat")
class MeetingDocumentsController {

    private final MeetingDocuments documents;

    MeetingDocumentsController(MeetingDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/rapat/{id}")
                .buildAndExpand(id)
                .toUriString();
        return download(
                documents.calendar(user, id, url), MediaType.parseMediaType("text/calendar;charset=utf-8"), false);
    }

    @GetMapping("/{id}/notulen.pdf")
    ResponseEntity<byte[]> minutesPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return download(documents.minutes(user, id), MediaType.APPLICATION_PDF, true);
    }

    @GetMapping("/{id}/daftar-hadir.pdf")
    ResponseEntity<byte[]> attendancePdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return download(documents.attendanceList(user, id), MediaType.APPLICATION_PDF, true);
    }

    private static ResponseEntity<byte[]> download(MeetingDocuments.Document document, MediaType type, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }
}
