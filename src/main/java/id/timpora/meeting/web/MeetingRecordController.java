package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.meeting.MeetingQueries;
import id.timpora.meeting.MeetingService;
import id.timpora.meeting.Minutes;
import jakarta.validation.Valid;
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

/** The meeting's page and what is recorded on it: attendance, minutes and decisions, reports, action items. */
@Controller
@RequestMapping("/rapat")
class MeetingRecordController {

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final MeetingPage page;
    private final Minutes minutes;

    MeetingRecordController(MeetingService meetings, MeetingQueries queries, MeetingPage page, Minutes minutes) {
        this.meetings = meetings;
        this.queries = queries;
        this.page = page;
        this.minutes = minutes;
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page.show(user, id, model);
    }

    @PostMapping("/{id}/hadir")
    String addAttendee(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        InvalidInput.collect(result, () -> meetings.validateAttendee(user, id, form.getAgencyId()));
        if (!result.hasErrors()) {
            try {
                meetings.addAttendee(user, id, form.toData());
                Flash.success(redirect, "meeting.attendeeAdded", form.getName().strip());
                return "redirect:/rapat/" + id + "#kehadiran";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return page.show(user, id, model);
    }

    @PostMapping("/{id}/hadir/{attendeeId}/hapus")
    String removeAttendee(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long attendeeId,
            RedirectAttributes redirect) {
        attempt(redirect, () -> meetings.removeAttendee(user, id, attendeeId), "meeting.attendeeRemoved");
        return "redirect:/rapat/" + id + "#kehadiran";
    }

    @PostMapping("/{id}/notulen")
    String saveMinutes(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                meetings.saveMinutes(user, id, form.getVersion(), form.getMinutes(), form.getDecisions());
                Flash.success(redirect, "meeting.minutesSaved");
                return "redirect:/rapat/" + id + "#notulen";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        model.addAttribute("openForm", "minutes");
        return page.show(user, id, model);
    }

    /** The minutes as they will look, for the preview beside the editor (htmx); the meeting must be editable. */
    @PostMapping("/{id}/notulen/pratinjau")
    String previewMinutes(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String minutes,
            Model model) {
        queries.requireEditable(user, id);
        model.addAttribute("previewHtml", this.minutes.toHtml(minutes));
        return "meeting/fragments :: minutesPreview";
    }

    @PostMapping("/{id}/laporan")
    String addReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam long reportId,
            RedirectAttributes redirect) {
        attempt(
                redirect,
                () -> meetings.addReport(user, id, reportId),
                "meeting.reportAdded",
                String.valueOf(reportId));
        return "redirect:/rapat/" + id + "#laporan";
    }

    @PostMapping("/{id}/laporan/{reportId}/hapus")
    String removeReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long reportId,
            RedirectAttributes redirect) {
        attempt(
                redirect,
                () -> meetings.removeReport(user, id, reportId),
                "meeting.reportRemoved",
                String.valueOf(reportId));
        return "redirect:/rapat/" + id + "#laporan";
    }

    /** Search-as-you-type for the reports discussed (htmx): reports the editing officer may see. */
    @GetMapping("/{id}/laporan/cari")
    String searchReports(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute("meetingId", id);
        model.addAttribute("choices", queries.searchReports(user, id, q));
        model.addAttribute("searched", q != null && !q.isBlank());
        return "meeting/fragments :: reportChoices";
    }

    @PostMapping("/{id}/tindak-lanjut")
    String addActionItem(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("actionItemForm") ActionItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        InvalidInput.collect(result, () -> meetings.validateActionItem(user, id, form.toData()));
        if (!result.hasErrors()) {
            try {
                meetings.addActionItem(user, id, form.toData());
                Flash.success(redirect, "meeting.itemAdded");
                return "redirect:/rapat/" + id + "#tindak-lanjut";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return page.show(user, id, model);
    }

    /** A change answered only by a flash message: the success message, or the service's first problem. */
    private static void attempt(
            RedirectAttributes redirect, Runnable change, String successKey, Object... successArguments) {
        try {
            change.run();
            Flash.success(redirect, successKey, successArguments);
        } catch (InvalidInput invalid) {
            Flash.firstProblem(redirect, invalid);
        }
    }
}
