package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.agency.AgencyService;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.web.Flash;
import id.timpora.meeting.MeetingDocuments;
import id.timpora.meeting.MeetingFilter;
import id.timpora.meeting.MeetingKind;
import id.timpora.meeting.MeetingQueries;
import id.timpora.meeting.MeetingService;
import id.timpora.meeting.MeetingView;
import id.timpora.meeting.Minutes;
import id.timpora.meeting.TeamOption;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Planning a meeting, its page, recording it (attendance, minutes, reports, status), and its documents. */
@Controller
@RequestMapping("/rapat")
class MeetingController {

    private static final int PAGE_SIZE = 20;
    private static final int TEAMS_ON_LIST = 6;
    private static final String FORM = "meeting/form";
    private static final String DETAIL = "meeting/detail";

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final MeetingDocuments documents;
    private final AgencyService agencies;
    private final Minutes minutes;
    private final AuditLog audit;
    private final Clock clock;

    MeetingController(
            MeetingService meetings,
            MeetingQueries queries,
            MeetingDocuments documents,
            AgencyService agencies,
            Minutes minutes,
            AuditLog audit,
            Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.documents = documents;
        this.agencies = agencies;
        this.minutes = minutes;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "UPCOMING") MeetingFilter.Period period,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("period", period);
        model.addAttribute("periods", MeetingFilter.Period.values());
        model.addAttribute(
                "meetings",
                queries.list(user, new MeetingFilter(period, null), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("teams", queries.teams(user, PageRequest.of(0, TEAMS_ON_LIST)));
        model.addAttribute("canPlan", !queries.plannableTeams(user).isEmpty());
        return "meeting/list";
    }

    @GetMapping("/baru")
    String createForm(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "tim", required = false) Long teamId,
            Model model) {
        MeetingForm form = new MeetingForm();
        List<TeamOption> teams = queries.plannableTeams(user);
        if (teams.isEmpty()) {
            throw new AccessDeniedException("no team to plan for");
        }
        form.setTeamId(
                teamId != null ? teamId : teams.size() == 1 ? teams.get(0).id() : null);
        form.setKind(MeetingKind.RUTIN);
        form.setDate(clock.instant().atZone(user.zone()).toLocalDate().plusDays(7));
        form.setStartTime(LocalTime.of(9, 0));
        form.setEndTime(LocalTime.of(12, 0));
        return showForm(form, null, teams, model);
    }

    @PostMapping("/baru")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = meetings.plan(user, form.toPlan());
                Flash.success(redirect, "meeting.created");
                return "redirect:/rapat/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showForm(user, form, null, model);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return showDetail(user, id, model);
    }

    @GetMapping("/{id}/ubah")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MeetingView meeting = editableView(user, id);
        MeetingForm form = new MeetingForm();
        form.setTeamId(meeting.teamId());
        form.setKind(meeting.kind());
        form.setTitle(meeting.title());
        form.setDate(meeting.startsAt().toLocalDate());
        form.setStartTime(meeting.startsAt().toLocalTime());
        form.setEndTime(meeting.endsAt().toLocalTime());
        form.setPlace(meeting.place());
        form.setAgenda(meeting.agenda());
        form.setInvitedAgencyIds(
                meeting.invitees().stream().map(MeetingView.Invitee::agencyId).toList());
        form.setVersion(meeting.version());
        return showForm(user, form, meeting, model);
    }

    @PostMapping("/{id}/ubah")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MeetingView meeting = editableView(user, id);
        if (!result.hasErrors()) {
            try {
                meetings.update(user, id, form.getVersion(), form.toPlan());
                Flash.success(redirect, "meeting.saved");
                return "redirect:/rapat/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            } catch (EditConflict conflict) {
                result.reject(EditConflict.MESSAGE_KEY);
            }
        }
        return showForm(user, form, meeting, model);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                meetings.changeStatus(user, id, form.getTarget(), form.getReason());
                Flash.success(
                        redirect, "meeting.statusChanged." + form.getTarget().name());
                return "redirect:/rapat/" + id;
            } catch (InvalidInput invalid) {
                if (!"reason".equals(invalid.problems().get(0).field())) {
                    Flash.firstProblem(redirect, invalid);
                    return "redirect:/rapat/" + id;
                }
                invalid.addTo(result);
            }
        }
        model.addAttribute("openForm", "status");
        return showDetail(user, id, model);
    }

    @PostMapping("/{id}/hadir")
    String addAttendee(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                meetings.addAttendee(user, id, form.toData());
                Flash.success(redirect, "meeting.attendeeAdded", form.getName().strip());
                return "redirect:/rapat/" + id + "#kehadiran";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showDetail(user, id, model);
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
        return showDetail(user, id, model);
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
        if (!result.hasErrors()) {
            try {
                meetings.addActionItem(user, id, form.toData());
                Flash.success(redirect, "meeting.itemAdded");
                return "redirect:/rapat/" + id + "#tindak-lanjut";
            } catch (InvalidInput invalid) {
                invalid.addTo(result);
            }
        }
        return showDetail(user, id, model);
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

    private MeetingView editableView(CurrentUser user, long id) {
        MeetingView meeting = queries.view(user, id);
        if (!meeting.editable()) {
            throw new AccessDeniedException("not the chair's officer");
        }
        return meeting;
    }

    private String showForm(CurrentUser user, MeetingForm form, MeetingView meeting, Model model) {
        return showForm(form, meeting, queries.plannableTeams(user), model);
    }

    private String showForm(MeetingForm form, MeetingView meeting, List<TeamOption> teams, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("teamOptions", teams);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("agencyOptions", agencies.options());
        return FORM;
    }

    private String showDetail(CurrentUser user, long id, Model model) {
        MeetingView meeting = queries.view(user, id);
        audit.record(AuditAction.VIEW, "MEETING", id, null);
        model.addAttribute("meeting", meeting);
        if (!model.containsAttribute("attendeeForm")) {
            model.addAttribute("attendeeForm", new AttendeeForm());
        }
        if (!model.containsAttribute("actionItemForm")) {
            model.addAttribute("actionItemForm", new ActionItemForm());
        }
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm());
        }
        if (!model.containsAttribute("minutesForm")) {
            MinutesForm form = new MinutesForm();
            form.setMinutes(meeting.minutes());
            form.setDecisions(String.join("\n", meeting.decisions()));
            form.setVersion(meeting.version());
            model.addAttribute("minutesForm", form);
        }
        if (meeting.editable()) {
            model.addAttribute("agencyOptions", agencies.options());
        }
        return DETAIL;
    }
}
