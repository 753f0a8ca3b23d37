package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.AgencyService;
import id.timpora.agency.OrganisationLevel;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.TimeZones;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that writes a meeting: planning and editing it, attendance, minutes and decisions, the reports discussed,
 * its status, and its action items. Every method checks the user itself: a meeting the user may not see is "not
 * found"; one they see but may not change is refused. Writes to one meeting lock its row, so they happen one at a
 * time.
 */
@Service
public class MeetingService {

    static final String TARGET = "MEETING";
    static final String ITEM_TARGET = "MEETING_ACTION_ITEM";

    private final JdbcTemplate jdbc;
    private final MeetingLookup lookup;
    private final RegionService regions;
    private final AgencyService agencies;
    private final ReportScopes reportScopes;
    private final AuditLog audit;
    private final Clock clock;

    MeetingService(
            JdbcTemplate jdbc,
            MeetingLookup lookup,
            RegionService regions,
            AgencyService agencies,
            ReportScopes reportScopes,
            AuditLog audit,
            Clock clock) {
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
        if (!user.hasRole(Role.OFFICER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only officers and administrators plan meetings");
        }
        TeamFacts team = team(plan.teamId());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (team == null
                || !team.active()
                || (!user.hasRole(Role.ADMIN) && !Objects.equals(user.agencyId(), team.chairAgencyId()))) {
            problems.add("teamId", "meeting.error.team");
            problems.throwIfAny();
        }
        Set<Long> invitees = invitees(plan, team, problems);
        checkTimes(plan, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        Long id = jdbc.queryForObject(
                """
                insert into meeting (team_id, kind, title, starts_at, ends_at, time_zone, place, agenda, created_by,
                                     created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                team.id(),
                plan.kind().name(),
                plan.title().trim(),
                Timestamp.from(
                        plan.date().atTime(plan.startTime()).atZone(team.zone()).toInstant()),
                Timestamp.from(
                        plan.date().atTime(plan.endTime()).atZone(team.zone()).toInstant()),
                team.zone().getId(),
                plan.place().trim(),
                blankToNull(plan.agenda()),
                user.id(),
                Timestamp.from(now),
                Timestamp.from(now));
        invite(id, invitees);
        audit.record(
                AuditAction.CREATE,
                TARGET,
                id,
                plan.title().trim() + " [" + team.name() + ", " + plan.date() + " " + plan.startTime() + " "
                        + TimeZones.abbreviation(team.zone()) + "]");
        return id;
    }

    /** Changes the plan of a meeting that has not been held or cancelled; the team stays. */
    @Transactional
    public void update(CurrentUser user, long id, int expectedVersion, MeetingPlan plan) {
        MeetingHeader meeting = editable(user, id);
        requirePlanned(meeting);
        if (meeting.version() != expectedVersion) {
            throw new EditConflict();
        }
        TeamFacts team = team(meeting.teamId());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Set<Long> invitees = invitees(plan, team, problems);
        List<Long> responsible = jdbc.queryForList(
                "select distinct responsible_agency_id from meeting_action_item where meeting_id = ?", Long.class, id);
        if (!invitees.containsAll(responsible)) {
            problems.add("invitedAgencyIds", "meeting.error.inviteeHasItems");
        }
        checkTimes(plan, problems);
        problems.throwIfAny();
        Map<String, Object> before =
                jdbc.queryForMap("select kind, title, starts_at, ends_at, place, agenda from meeting where id = ?", id);
        Set<Long> invitedBefore = invitedAgencies(id);
        Instant startsAt =
                plan.date().atTime(plan.startTime()).atZone(meeting.zone()).toInstant();
        Instant endsAt =
                plan.date().atTime(plan.endTime()).atZone(meeting.zone()).toInstant();
        jdbc.update(
                """
                update meeting set kind = ?, title = ?, starts_at = ?, ends_at = ?, place = ?, agenda = ?,
                       updated_at = ?, version = version + 1
                 where id = ?""",
                plan.kind().name(),
                plan.title().trim(),
                Timestamp.from(startsAt),
                Timestamp.from(endsAt),
                plan.place().trim(),
                blankToNull(plan.agenda()),
                Timestamp.from(clock.instant()),
                id);
        jdbc.update("delete from meeting_invitee where meeting_id = ?", id);
        invite(id, invitees);
        Changes changes = new Changes()
                .field("kind", before.get("kind"), plan.kind().name())
                .field("title", before.get("title"), plan.title().trim())
                .field("startsAt", ((Timestamp) before.get("starts_at")).toInstant(), startsAt)
                .field("endsAt", ((Timestamp) before.get("ends_at")).toInstant(), endsAt)
                .field("place", before.get("place"), plan.place().trim())
                .field("agenda", before.get("agenda") == null ? null : "…", plan.agenda() == null ? null : "…")
                .field("invitees", invitedBefore, new TreeSet<>(invitees));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
        }
    }

    /** Marks a planned meeting held, or cancels it with a reason. */
    @Transactional
    public void changeStatus(CurrentUser user, long id, MeetingStatus target, String reason) {
        MeetingHeader meeting = editable(user, id);
        if (meeting.status() != MeetingStatus.DIRENCANAKAN || target == null || target == MeetingStatus.DIRENCANAKAN) {
            throw InvalidInput.of("target", "meeting.error.transition");
        }
        String cancelReason = blankToNull(reason);
        if (target == MeetingStatus.DIBATALKAN && cancelReason == null) {
            throw InvalidInput.of("reason", "meeting.error.reasonRequired");
        }
        if (cancelReason != null && cancelReason.length() > 1000) {
            throw InvalidInput.of("reason", "validation.tooLong");
        }
        jdbc.update(
                "update meeting set status = ?, cancel_reason = ?, updated_at = ?, version = version + 1 where id = ?",
                target.name(),
                target == MeetingStatus.DIBATALKAN ? cancelReason : null,
                Timestamp.from(clock.instant()),
                id);
        audit.record(
                AuditAction.STATUS_CHANGE,
                TARGET,
                id,
                meeting.status() + " → " + target + (target == MeetingStatus.DIBATALKAN ? ": " + cancelReason : ""));
    }

    @Transactional
    public void addAttendee(CurrentUser user, long id, AttendeeData attendee) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        if (!agencies.isActive(attendee.agencyId())) {
            throw InvalidInput.of("agencyId", "meeting.error.unknownAgency");
        }
        jdbc.update(
                "insert into meeting_attendee (meeting_id, name, agency_id, position) values (?, ?, ?, ?)",
                id,
                attendee.name().trim(),
                attendee.agencyId(),
                blankToNull(attendee.position()));
        touch(id);
        audit.record(
                AuditAction.UPDATE,
                TARGET,
                id,
                "attendance: + " + attendee.name().trim());
    }

    @Transactional
    public void removeAttendee(CurrentUser user, long id, long attendeeId) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        List<String> names = jdbc.queryForList(
                "delete from meeting_attendee where id = ? and meeting_id = ? returning name",
                String.class,
                attendeeId,
                id);
        if (names.isEmpty()) {
            throw new NotFoundException();
        }
        touch(id);
        audit.record(AuditAction.UPDATE, TARGET, id, "attendance: − " + names.get(0));
    }

    /** Saves the minutes (Markdown) and the decisions (one per line) together, refusing a stale edit. */
    @Transactional
    public void saveMinutes(CurrentUser user, long id, int expectedVersion, String minutes, String decisions) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        if (meeting.version() != expectedVersion) {
            throw new EditConflict();
        }
        jdbc.update(
                "update meeting set minutes = ?, decisions = ?, updated_at = ?, version = version + 1 where id = ?",
                blankToNull(minutes),
                blankToNull(decisions),
                Timestamp.from(clock.instant()),
                id);
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
        ReportScope scope = reportScopes.of(user);
        Boolean visible = jdbc.queryForObject(
                "select exists (select 1 from report r where " + scope.condition("r") + " and r.id = ?)",
                Boolean.class,
                scope.with(reportId));
        if (!Boolean.TRUE.equals(visible)) {
            throw InvalidInput.of("reportId", "meeting.error.reportNotFound");
        }
        int added = jdbc.update(
                "insert into meeting_report (meeting_id, report_id) values (?, ?) on conflict do nothing",
                id,
                reportId);
        if (added > 0) {
            touch(id);
            audit.record(AuditAction.UPDATE, TARGET, id, "reports: + #" + reportId);
        }
    }

    @Transactional
    public void removeReport(CurrentUser user, long id, long reportId) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        if (jdbc.update("delete from meeting_report where meeting_id = ? and report_id = ?", id, reportId) == 0) {
            throw new NotFoundException();
        }
        touch(id);
        audit.record(AuditAction.UPDATE, TARGET, id, "reports: − #" + reportId);
    }

    /**
     * Adds an action item for one of the invited agencies, due on a day of that agency's calendar (see
     * {@link ActionItemDeadline}).
     */
    @Transactional
    public long addActionItem(CurrentUser user, long id, ActionItemData item) {
        MeetingHeader meeting = editable(user, id);
        requireNotCancelled(meeting);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!invitedAgencies(id).contains(item.responsibleAgencyId())) {
            problems.add("responsibleAgencyId", "meeting.error.responsibleNotInvited");
        }
        if (item.dueDate().isBefore(meeting.startsAt().atZone(meeting.zone()).toLocalDate())) {
            problems.add("dueDate", "meeting.error.dueBeforeMeeting");
        }
        problems.throwIfAny();
        ZoneId zone = ZoneId.of(agencies.profile(item.responsibleAgencyId()).zoneId());
        Long itemId = jdbc.queryForObject(
                """
                insert into meeting_action_item (meeting_id, description, responsible_agency_id, due_date, due_at,
                                                 created_by)
                values (?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                id,
                item.description().trim(),
                item.responsibleAgencyId(),
                item.dueDate(),
                Timestamp.from(ActionItemDeadline.of(item.dueDate(), zone)),
                user.id());
        touch(id);
        audit.record(
                AuditAction.CREATE,
                ITEM_TARGET,
                itemId,
                "meeting #" + id + ", agency #" + item.responsibleAgencyId() + ", due " + item.dueDate());
        return itemId;
    }

    /**
     * Marks an open action item done, with an optional note: any user of the responsible agency, or an officer of the
     * team's chair agency. Returns the meeting's id.
     */
    @Transactional
    public long closeActionItem(CurrentUser user, long itemId, String note) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select meeting_id, responsible_agency_id, status from meeting_action_item where id = ? for update",
                itemId);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        long meetingId = ((Number) rows.get(0).get("meeting_id")).longValue();
        long responsible = ((Number) rows.get(0).get("responsible_agency_id")).longValue();
        if (!lookup.header(user, meetingId).closableBy(user, responsible)) {
            throw new AccessDeniedException("only the responsible agency or the chair closes an action item");
        }
        if (!ActionItemStatus.TERBUKA.name().equals(rows.get(0).get("status"))) {
            throw InvalidInput.of("note", "meeting.error.itemClosed");
        }
        String doneNote = blankToNull(note);
        if (doneNote != null && doneNote.length() > 1000) {
            throw InvalidInput.of("note", "validation.tooLong");
        }
        jdbc.update(
                """
                update meeting_action_item set status = 'SELESAI', done_note = ?, done_at = ?, done_by = ?,
                       version = version + 1
                 where id = ?""",
                doneNote,
                Timestamp.from(clock.instant()),
                user.id(),
                itemId);
        audit.record(AuditAction.STATUS_CHANGE, ITEM_TARGET, itemId, "TERBUKA → SELESAI (meeting #" + meetingId + ")");
        return meetingId;
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

    private void touch(long id) {
        jdbc.update("update meeting set updated_at = ? where id = ?", Timestamp.from(clock.instant()), id);
    }

    private void checkTimes(MeetingPlan plan, InvalidInput.Collector problems) {
        if (!plan.endTime().isAfter(plan.startTime())) {
            problems.add("endTime", "meeting.error.endBeforeStart");
        }
    }

    /** The invited agencies as entered, or the team's members when none are; each must be an active agency. */
    private Set<Long> invitees(MeetingPlan plan, TeamFacts team, InvalidInput.Collector problems) {
        Set<Long> invitees = new LinkedHashSet<>(plan.invitedAgencyIds() == null ? Set.of() : plan.invitedAgencyIds());
        if (invitees.isEmpty()) {
            invitees.addAll(jdbc.queryForList(
                    "select agency_id from team_member where team_id = ? order by agency_id", Long.class, team.id()));
        }
        Integer known =
                jdbc.queryForObject("select count(*) from agency where active and id = any(?)", Integer.class, (Object)
                        invitees.toArray(Long[]::new));
        if (known == null || known != invitees.size()) {
            problems.add("invitedAgencyIds", "meeting.error.unknownAgency");
        }
        return invitees;
    }

    private void invite(long meetingId, Set<Long> agencyIds) {
        jdbc.batchUpdate(
                "insert into meeting_invitee (meeting_id, agency_id) values (?, ?)",
                agencyIds.stream().map(a -> new Object[] {meetingId, a}).toList());
    }

    private Set<Long> invitedAgencies(long meetingId) {
        return new TreeSet<>(
                jdbc.queryForList("select agency_id from meeting_invitee where meeting_id = ?", Long.class, meetingId));
    }

    private record TeamFacts(long id, String name, long chairAgencyId, boolean active, ZoneId zone) {}

    private TeamFacts team(long teamId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, name, level, region_code, chair_agency_id, active from team where id = ?", teamId);
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> row = rows.get(0);
        ZoneId zone = OrganisationLevel.PUSAT.name().equals(row.get("level"))
                ? TimeZones.WIB
                : regions.timeZoneOf((String) row.get("region_code")).orElse(TimeZones.WIB);
        return new TeamFacts(
                ((Number) row.get("id")).longValue(),
                (String) row.get("name"),
                ((Number) row.get("chair_agency_id")).longValue(),
                (Boolean) row.get("active"),
                zone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
