package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.OrganisationLevel;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.Text;
import id.timpora.common.TimeZones;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.persistence.VersionedUpdate;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScopes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that writes a meeting: planning and editing it, attendance, minutes and decisions, the reports discussed,
 * its status, and its action items. Every method checks the user itself: a meeting the user may not see is "not
 * found"; one they see but may not change is refused. Writes to one meeting lock its row, so they happen one at a
 * time; an edit of what the user saw (the plan, the minutes) and a status change go through {@link VersionedUpdate},
 * so a stale edit is refused.
 */
@Service
public class MeetingService {

    static final String TARGET = "MEETING";
    static final String ITEM_TARGET = "MEETING_ACTION_ITEM";

    private final JdbcClient jdbc;
    private final MeetingLookup lookup;
    private final RegionService regions;
    private final AgencyService agencies;
    private final ReportScopes reportScopes;
    private final AuditLog audit;
    private final MeetingAnnouncements announcements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(
            JdbcClient jdbc,
            MeetingLookup lookup,
            RegionService regions,
            AgencyService agencies,
            ReportScopes reportScopes,
            AuditLog audit,
            MeetingAnnouncements announcements,
            ApplicationEventPublisher events,
            Clock clock) {
        this.announcements = announcements;
        this.events = events;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.regions = regions;
        this.agencies = agencies;
        this.reportScopes = reportScopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans a meeting of a team the user's agency chairs (any active team for an administrator). */
    @Transactional
    public long plan(CurrentUser user, MeetingPlan plan) {
        requirePlanner(user);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        TeamFacts team = plannableTeam(user, plan.teamId(), problems);
        problems.throwIfAny();
        Set<Long> invitees = invitees(plan, team, problems);
        checkTimes(plan, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        long id = jdbc.sql(
                        """
                        insert into meeting (team_id, kind, title, starts_at, ends_at, time_zone, place, agenda,
                                             created_by, created_at, updated_at)
                        values (:team, :kind, :title, :starts_at, :ends_at, :zone, :place, :agenda, :created_by,
                                :now, :now) returning id""")
                .param("team", team.id())
                .param("kind", plan.kind().name())
                .param("title", plan.title().trim())
                .param("starts_at", Rows.timestamp(startOf(plan, team.zone())))
                .param("ends_at", Rows.timestamp(endOf(plan, team.zone())))
                .param("zone", team.zone().getId())
                .param("place", plan.place().trim())
                .param("agenda", Text.blankToNull(plan.agenda()))
                .param("created_by", user.id())
                .param("now", Rows.timestamp(now))
                .query(Long.class)
                .single();
        invite(id, invitees);
        audit.record(
                AuditAction.CREATE,
                TARGET,
                id,
                plan.title().trim() + " [" + team.name() + ", " + plan.date() + " " + plan.startTime() + " "
                        + TimeZones.abbreviation(team.zone()) + "]");
        announcements.announce(user, id, MeetingAnnounced.Change.INVITED, Set.of());
        return id;
    }

    /**
     * The checks {@link #plan} (no meeting yet) and {@link #update} make of a plan, on their own: the form runs them on
     * every submit, also when its own checks failed, so one refusal names every problem. Fields left empty are
     * skipped here (the form names them).
     */
    @Transactional(readOnly = true)
    public void validatePlan(CurrentUser user, Long meetingId, MeetingPlan plan) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (meetingId == null) {
            requirePlanner(user);
            TeamFacts team = plannableTeam(user, plan.teamId(), problems);
            if (team != null) {
                invitees(plan, team, problems);
            }
        } else {
            TeamFacts team = team(editableWithoutLock(user, meetingId).teamId());
            checkItemsStayWithInvitees(meetingId, invitees(plan, team, problems), problems);
        }
        checkTimes(plan, problems);
        problems.throwIfAny();
    }

    private static void requirePlanner(CurrentUser user) {
        if (!user.hasRole(Role.OFFICER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only officers and administrators plan meetings");
        }
    }

    /** The team, when it is active and the user's agency chairs it (any active team for an administrator). */
    private TeamFacts plannableTeam(CurrentUser user, long teamId, InvalidInput.Collector problems) {
        TeamFacts team = team(teamId);
        if (team == null
                || !team.active()
                || (!user.hasRole(Role.ADMIN) && !Objects.equals(user.agencyId(), team.chairAgencyId()))) {
            problems.add("teamId", "meeting.error.team");
            return null;
        }
        return team;
    }

    /** An agency that was given an action item at the meeting cannot be taken off its invitations. */
    private void checkItemsStayWithInvitees(long meetingId, Set<Long> invitees, InvalidInput.Collector problems) {
        List<Long> responsible = jdbc.sql(
                        "select distinct responsible_agency_id from meeting_action_item where meeting_id = :meeting")
                .param("meeting", meetingId)
                .query(Long.class)
                .list();
        if (!invitees.containsAll(responsible)) {
            problems.add("invitedAgencyIds", "meeting.error.inviteeHasItems");
        }
    }

    /** The plan as it was before an edit, for the audit detail. */
    private record PlanBefore(
            String kind, String title, Instant startsAt, Instant endsAt, String place, String agenda) {}

    /** Changes the plan of a meeting that has not been held or cancelled; the team stays. */
    @Transactional
    public void update(CurrentUser user, long id, int expectedVersion, MeetingPlan plan) {
        MeetingHeader meeting = editable(user, id);
        requirePlanned(meeting);
        TeamFacts team = team(meeting.teamId());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Set<Long> invitees = invitees(plan, team, problems);
        checkItemsStayWithInvitees(id, invitees, problems);
        checkTimes(plan, problems);
        problems.throwIfAny();
        PlanBefore before = jdbc.sql(
                        "select kind, title, starts_at, ends_at, place, agenda from meeting where id = :id")
                .param("id", id)
                .query((rs, i) -> new PlanBefore(
                        rs.getString("kind"),
                        rs.getString("title"),
                        Rows.instant(rs, "starts_at"),
                        Rows.instant(rs, "ends_at"),
                        rs.getString("place"),
                        rs.getString("agenda")))
                .single();
        Set<Long> invitedBefore = invitedAgencies(id);
        Instant startsAt = startOf(plan, meeting.zone());
        Instant endsAt = endOf(plan, meeting.zone());
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of(
                                """
                                update meeting set kind = :kind, title = :title, starts_at = :starts_at,
                                       ends_at = :ends_at, place = :place, agenda = :agenda, updated_at = :now,
                                       version = version + 1
                                 where id = :id and version = :version""")
                        .with("kind", plan.kind().name())
                        .with("title", plan.title().trim())
                        .with("starts_at", Rows.timestamp(startsAt))
                        .with("ends_at", Rows.timestamp(endsAt))
                        .with("place", plan.place().trim())
                        .with("agenda", Text.blankToNull(plan.agenda()))
                        .with("now", Rows.timestamp(clock.instant()))
                        .with("id", id)
                        .with("version", expectedVersion));
        jdbc.sql("delete from meeting_invitee where meeting_id = :meeting")
                .param("meeting", id)
                .update();
        invite(id, invitees);
        Changes changes = new Changes()
                .field("kind", before.kind(), plan.kind().name())
                .field("title", before.title(), plan.title().trim())
                .field("startsAt", before.startsAt(), startsAt)
                .field("endsAt", before.endsAt(), endsAt)
                .field("place", before.place(), plan.place().trim())
                .field("agenda", before.agenda() == null ? null : "…", plan.agenda() == null ? null : "…")
                .field("invitees", invitedBefore, new TreeSet<>(invitees));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
            Set<Long> uninvited = new TreeSet<>(invitedBefore);
            uninvited.removeAll(invitees);
            announcements.announce(user, id, MeetingAnnounced.Change.CHANGED, uninvited);
        }
    }

    /** Marks a planned meeting held, or cancels it with a reason. */
    @Transactional
    public void changeStatus(CurrentUser user, long id, MeetingStatus target, String reason) {
        MeetingHeader meeting = editable(user, id);
        if (meeting.status() != MeetingStatus.DIRENCANAKAN || target == null || target == MeetingStatus.DIRENCANAKAN) {
            throw InvalidInput.of("target", "meeting.error.transition");
        }
        String cancelReason = Text.blankToNull(reason);
        if (target == MeetingStatus.DIBATALKAN && cancelReason == null) {
            throw InvalidInput.of("reason", "meeting.error.reasonRequired");
        }
        if (cancelReason != null && cancelReason.length() > 1000) {
            throw InvalidInput.of("reason", "validation.tooLong");
        }
        // The row is locked since the header was read, so the version read with it is the current one.
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of("update meeting set status = :status, cancel_reason = :reason, updated_at = :now,"
                                + " version = version + 1 where id = :id and version = :version")
                        .with("status", target.name())
                        .with("reason", target == MeetingStatus.DIBATALKAN ? cancelReason : null)
                        .with("now", Rows.timestamp(clock.instant()))
                        .with("id", id)
                        .with("version", meeting.version()));
        audit.record(
                AuditAction.STATUS_CHANGE,
                TARGET,
                id,
                meeting.status() + " → " + target + (target == MeetingStatus.DIBATALKAN ? ": " + cancelReason : ""));
        if (target == MeetingStatus.DIBATALKAN) {
            announcements.announce(user, id, MeetingAnnounced.Change.CANCELLED, Set.of());
        }
    }

    @Transactional
    public void addAttendee(CurrentUser user, long id, AttendeeData attendee) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        checkAttendeeAgency(attendee.agencyId());
        jdbc.sql("insert into meeting_attendee (meeting_id, name, agency_id, position)"
                        + " values (:meeting, :name, :agency, :position)")
                .param("meeting", id)
                .param("name", attendee.name().trim())
                .param("agency", attendee.agencyId())
                .param("position", Text.blankToNull(attendee.position()))
                .update();
        touch(id);
        audit.record(
                AuditAction.UPDATE,
                TARGET,
                id,
                "attendance: + " + attendee.name().trim());
    }

    /** The check {@link #addAttendee} makes of the agency, on its own, for a form whose own checks may have failed. */
    @Transactional(readOnly = true)
    public void validateAttendee(CurrentUser user, long id, Long agencyId) {
        editableWithoutLock(user, id);
        checkAttendeeAgency(agencyId);
    }

    private void checkAttendeeAgency(Long agencyId) {
        if (agencyId != null && !agencies.isActive(agencyId)) {
            throw InvalidInput.of("agencyId", "meeting.error.unknownAgency");
        }
    }

    @Transactional
    public void removeAttendee(CurrentUser user, long id, long attendeeId) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        String name = jdbc.sql(
                        "delete from meeting_attendee where id = :attendee and meeting_id = :meeting returning name")
                .param("attendee", attendeeId)
                .param("meeting", id)
                .query(String.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        touch(id);
        audit.record(AuditAction.UPDATE, TARGET, id, "attendance: − " + name);
    }

    /** Saves the minutes (Markdown) and the decisions (one per line) together, refusing a stale edit. */
    @Transactional
    public void saveMinutes(CurrentUser user, long id, int expectedVersion, String minutes, String decisions) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of("update meeting set minutes = :minutes, decisions = :decisions, updated_at = :now,"
                                + " version = version + 1 where id = :id and version = :version")
                        .with("minutes", Text.blankToNull(minutes))
                        .with("decisions", Text.blankToNull(decisions))
                        .with("now", Rows.timestamp(clock.instant()))
                        .with("id", id)
                        .with("version", expectedVersion));
        audit.record(
                AuditAction.UPDATE,
                TARGET,
                id,
                "minutes: " + length(minutes) + " characters; decisions: "
                        + Decisions.of(decisions).size());
    }

    /** Adds a report the editing user can see (so the chair's officers pick from their own jurisdiction). */
    @Transactional
    public void addReport(CurrentUser user, long id, long reportId) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        boolean visible = SqlFragment.of("select exists (select 1 from report r where ")
                .plus(reportScopes.of(user).sql("r"))
                .plus(SqlFragment.of(" and r.id = :report)", "report", reportId))
                .on(jdbc)
                .query(Boolean.class)
                .single();
        if (!visible) {
            throw InvalidInput.of("reportId", "meeting.error.reportNotFound");
        }
        int added = jdbc.sql("insert into meeting_report (meeting_id, report_id) values (:meeting, :report)"
                        + " on conflict do nothing")
                .param("meeting", id)
                .param("report", reportId)
                .update();
        if (added > 0) {
            touch(id);
            audit.record(AuditAction.UPDATE, TARGET, id, "reports: + #" + reportId);
        }
    }

    @Transactional
    public void removeReport(CurrentUser user, long id, long reportId) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        int removed = jdbc.sql("delete from meeting_report where meeting_id = :meeting and report_id = :report")
                .param("meeting", id)
                .param("report", reportId)
                .update();
        if (removed == 0) {
            throw new NotFoundException();
        }
        touch(id);
        audit.record(AuditAction.UPDATE, TARGET, id, "reports: − #" + reportId);
    }

    /** The checks {@link #addActionItem} makes, on their own, for a form whose own checks may have failed. */
    @Transactional(readOnly = true)
    public void validateActionItem(CurrentUser user, long id, ActionItemData item) {
        checkActionItem(editableWithoutLock(user, id), item);
    }

    private void checkActionItem(MeetingHeader meeting, ActionItemData item) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (item.responsibleAgencyId() != null && !invitedAgencies(meeting.id()).contains(item.responsibleAgencyId())) {
            problems.add("responsibleAgencyId", "meeting.error.responsibleNotInvited");
        }
        if (item.dueDate() != null
                && item.dueDate()
                        .isBefore(meeting.startsAt().atZone(meeting.zone()).toLocalDate())) {
            problems.add("dueDate", "meeting.error.dueBeforeMeeting");
        }
        problems.throwIfAny();
    }

    /**
     * Adds an action item for one of the invited agencies, due on a day of that agency's calendar (see
     * {@link ActionItemDeadline}).
     */
    @Transactional
    public long addActionItem(CurrentUser user, long id, ActionItemData item) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        checkActionItem(meeting, item);
        ZoneId zone = ZoneId.of(agencies.profile(item.responsibleAgencyId()).zoneId());
        long itemId = jdbc.sql(
                        """
                        insert into meeting_action_item (meeting_id, description, responsible_agency_id, due_date,
                                                         due_at, created_by)
                        values (:meeting, :description, :agency, :due_date, :due_at, :created_by) returning id""")
                .param("meeting", id)
                .param("description", item.description().trim())
                .param("agency", item.responsibleAgencyId())
                .param("due_date", item.dueDate())
                .param("due_at", Rows.timestamp(ActionItemDeadline.of(item.dueDate(), zone)))
                .param("created_by", user.id())
                .query(Long.class)
                .single();
        touch(id);
        audit.record(
                AuditAction.CREATE,
                ITEM_TARGET,
                itemId,
                "meeting #" + id + ", agency #" + item.responsibleAgencyId() + ", due " + item.dueDate());
        events.publishEvent(new ActionItemAssigned(
                itemId,
                id,
                meeting.title(),
                item.responsibleAgencyId(),
                item.description().trim(),
                user.id()));
        return itemId;
    }

    /** An action item as it is when a user closes it, its row locked. */
    private record OpenItem(
            long meetingId, long responsibleAgencyId, ActionItemStatus status, String doneNote, int version) {}

    /**
     * Marks an open action item done, with an optional note: any user of the responsible agency, or an officer of the
     * team's chair agency. Returns the meeting's id.
     */
    @Transactional
    public long closeActionItem(CurrentUser user, long itemId, String note) {
        OpenItem item = changeableItem(user, itemId);
        if (item.status() != ActionItemStatus.TERBUKA) {
            throw InvalidInput.of("note", "meeting.error.itemClosed");
        }
        String doneNote = Text.blankToNull(note);
        if (doneNote != null && doneNote.length() > 1000) {
            throw InvalidInput.of("note", "validation.tooLong");
        }
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of(
                                """
                                update meeting_action_item set status = 'SELESAI', done_note = :note, done_at = :now,
                                       done_by = :done_by, version = version + 1
                                 where id = :item and version = :version""")
                        .with("note", doneNote)
                        .with("now", Rows.timestamp(clock.instant()))
                        .with("done_by", user.id())
                        .with("item", itemId)
                        .with("version", item.version()));
        audit.record(
                AuditAction.STATUS_CHANGE,
                ITEM_TARGET,
                itemId,
                "TERBUKA → SELESAI (meeting #" + item.meetingId() + ")");
        return item.meetingId();
    }

    /**
     * Opens a done action item again (marked done by mistake, or not done after all): whoever may close it. The note
     * and who closed it stay in the audit log. Returns the meeting's id.
     */
    @Transactional
    public long reopenActionItem(CurrentUser user, long itemId) {
        OpenItem item = changeableItem(user, itemId);
        if (item.status() != ActionItemStatus.SELESAI) {
            throw InvalidInput.of(null, "meeting.error.itemOpen");
        }
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of(
                                """
                                update meeting_action_item set status = 'TERBUKA', done_note = null, done_at = null,
                                       done_by = null, version = version + 1
                                 where id = :item and version = :version""")
                        .with("item", itemId)
                        .with("version", item.version()));
        audit.record(
                AuditAction.STATUS_CHANGE,
                ITEM_TARGET,
                itemId,
                "SELESAI → TERBUKA (meeting #" + item.meetingId() + ")"
                        + (item.doneNote() == null ? "" : "; catatan sebelumnya: " + item.doneNote()));
        return item.meetingId();
    }

    /** The item, its row locked, when the user may close or reopen it; 404 when they may not even see it. */
    private OpenItem changeableItem(CurrentUser user, long itemId) {
        OpenItem item = jdbc.sql("select meeting_id, responsible_agency_id, status, done_note, version"
                        + " from meeting_action_item"
                        + " where id = :item for update")
                .param("item", itemId)
                .query((rs, i) -> new OpenItem(
                        rs.getLong("meeting_id"),
                        rs.getLong("responsible_agency_id"),
                        ActionItemStatus.valueOf(rs.getString("status")),
                        rs.getString("done_note"),
                        rs.getInt("version")))
                .optional()
                .orElseThrow(NotFoundException::new);
        if (!lookup.header(user, item.meetingId()).closableBy(user, item.responsibleAgencyId())) {
            throw new AccessDeniedException("only the responsible agency or the chair closes an action item");
        }
        return item;
    }

    /** The same check as {@link #editable}, for the read-only checks of a form. */
    private MeetingHeader editableWithoutLock(CurrentUser user, long id) {
        MeetingHeader meeting = lookup.header(user, id);
        if (!meeting.editableBy(user)) {
            throw new AccessDeniedException("only the chair agency's officers edit a meeting");
        }
        return meeting;
    }

    private MeetingHeader editable(CurrentUser user, long id) {
        MeetingHeader meeting = lookup.headerForUpdate(user, id);
        if (!meeting.editableBy(user)) {
            throw new AccessDeniedException("only the chair agency's officers edit a meeting");
        }
        return meeting;
    }

    private static void requirePlanned(MeetingHeader meeting) {
        if (meeting.status() != MeetingStatus.DIRENCANAKAN) {
            throw InvalidInput.of(null, "meeting.error.notPlanned");
        }
    }

    private static void requireNotCancelled(MeetingHeader meeting) {
        if (meeting.status() == MeetingStatus.DIBATALKAN) {
            throw InvalidInput.of(null, "meeting.error.cancelled");
        }
    }

    /** Records that the meeting changed without raising its version: attendance, reports and items are lists. */
    private void touch(long id) {
        jdbc.sql("update meeting set updated_at = :now where id = :id")
                .param("now", Rows.timestamp(clock.instant()))
                .param("id", id)
                .update();
    }

    private static Instant startOf(MeetingPlan plan, ZoneId zone) {
        return plan.date().atTime(plan.startTime()).atZone(zone).toInstant();
    }

    private static Instant endOf(MeetingPlan plan, ZoneId zone) {
        return plan.date().atTime(plan.endTime()).atZone(zone).toInstant();
    }

    private void checkTimes(MeetingPlan plan, InvalidInput.Collector problems) {
        if (plan.startTime() != null
                && plan.endTime() != null
                && !plan.endTime().isAfter(plan.startTime())) {
            problems.add("endTime", "meeting.error.endBeforeStart");
        }
    }

    /** The invited agencies as entered, or the team's members when none are; each must be an active agency. */
    private Set<Long> invitees(MeetingPlan plan, TeamFacts team, InvalidInput.Collector problems) {
        Set<Long> invitees = new LinkedHashSet<>(plan.invitedAgencyIds() == null ? Set.of() : plan.invitedAgencyIds());
        if (invitees.isEmpty()) {
            invitees.addAll(jdbc.sql("select agency_id from team_member where team_id = :team order by agency_id")
                    .param("team", team.id())
                    .query(Long.class)
                    .list());
        }
        long known = jdbc.sql("select count(*) from agency where active and id = any(:agencies)")
                .param("agencies", invitees.toArray(Long[]::new))
                .query(Long.class)
                .single();
        if (known != invitees.size()) {
            problems.add("invitedAgencyIds", "meeting.error.unknownAgency");
        }
        return invitees;
    }

    /** Invites the agencies, in the order given, in one statement. */
    private void invite(long meetingId, Set<Long> agencyIds) {
        jdbc.sql("insert into meeting_invitee (meeting_id, agency_id)"
                        + " select :meeting, agency_id from unnest(:agencies::bigint[]) with ordinality as a(agency_id, n)"
                        + " order by n")
                .param("meeting", meetingId)
                .param("agencies", agencyIds.toArray(Long[]::new))
                .update();
    }

    private Set<Long> invitedAgencies(long meetingId) {
        return new TreeSet<>(jdbc.sql("select agency_id from meeting_invitee where meeting_id = :meeting")
                .param("meeting", meetingId)
                .query(Long.class)
                .list());
    }

    private record TeamFacts(long id, String name, long chairAgencyId, boolean active, ZoneId zone) {}

    /** The team, or null when there is none. */
    private TeamFacts team(long teamId) {
        return jdbc.sql("select id, name, level, region_code, chair_agency_id, active from team where id = :team")
                .param("team", teamId)
                .query((rs, i) -> new TeamFacts(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("chair_agency_id"),
                        rs.getBoolean("active"),
                        OrganisationLevel.PUSAT.name().equals(rs.getString("level"))
                                ? TimeZones.WIB
                                : regions.timeZoneOf(rs.getString("region_code"))
                                        .orElse(TimeZones.WIB)))
                .optional()
                .orElse(null);
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
