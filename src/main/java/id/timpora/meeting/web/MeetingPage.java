package id.timpora.meeting.web;

import id.timpora.account.CurrentUser;
import id.timpora.agency.AgencyService;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.meeting.MeetingQueries;
import id.timpora.meeting.MeetingView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The meeting's page, with a form for each thing recorded on it. Shown by its own GET and again by any POST whose
 * input was refused, so that the refused form keeps what the user typed beside its error messages.
 */
@Component
class MeetingPage {

    static final String VIEW = "meeting/detail";

    private final MeetingQueries queries;
    private final AgencyService agencies;
    private final AuditLog audit;

    MeetingPage(MeetingQueries queries, AgencyService agencies, AuditLog audit) {
        this.queries = queries;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** The page of the meeting; forms already in the model (a refused one) are kept, the others start afresh. */
    String show(CurrentUser user, long id, Model model) {
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
            model.addAttribute("minutesForm", MinutesForm.of(meeting));
        }
        if (meeting.editable()) {
            model.addAttribute("agencyOptions", agencies.options());
        }
        return VIEW;
    }
}
