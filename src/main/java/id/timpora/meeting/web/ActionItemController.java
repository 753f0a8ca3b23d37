package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.meeting.ActionItemStatus;
import id.timpora.meeting.MeetingQueries;
import id.timpora.meeting.MeetingService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My action items": what meetings asked of the user's agency, and marking an item done. */
@Controller
@RequestMapping("/rapat")
class ActionItemController {

    private static final int PAGE_SIZE = 25;

    private final MeetingService meetings;
    private final MeetingQueries queries;

    ActionItemController(MeetingService meetings, MeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    @GetMapping("/tugas-saya")
    @PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
    String myActionItems(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "TERBUKA") ActionItemStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ActionItemStatus.values());
        model.addAttribute("items", queries.myActionItems(user, status, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "meeting/my-items";
    }

    /** Marks an item done; back to where the user came from (their list, or the meeting page). */
    @PostMapping("/tindak-lanjut/{itemId}/selesai")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long itemId,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        long meetingId;
        try {
            meetingId = meetings.closeActionItem(user, itemId, note);
            Flash.success(redirect, "meeting.itemClosed");
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
            return "redirect:/rapat/tugas-saya";
        }
        return "meeting".equals(back)
                ? "redirect:/rapat/" + meetingId + "#tindak-lanjut"
                : "redirect:/rapat/tugas-saya";
    }

    /** Opens a done item again; back to where the user came from. */
    @PostMapping("/tindak-lanjut/{itemId}/buka-kembali")
    String reopen(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long itemId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        long meetingId;
        try {
            meetingId = meetings.reopenActionItem(user, itemId);
            Flash.success(redirect, "meeting.itemReopened");
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
            return "redirect:/rapat/tugas-saya?status=SELESAI";
        }
        return "meeting".equals(back)
                ? "redirect:/rapat/" + meetingId + "#tindak-lanjut"
                : "redirect:/rapat/tugas-saya?status=SELESAI";
    }
}
