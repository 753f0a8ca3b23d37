package id.timpora.foreignorg;

import id.timpora.account.CurrentUser;
import id.timpora.agency.Jurisdiction;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.common.Text;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.persistence.VersionedUpdate;
import id.timpora.organisation.Organisation;
import id.timpora.region.Region;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScopes;
import id.timpora.subject.SubjectQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the register's partners, people, activities, checklists, decisions, report links and permits; all audited. */
@Service
public class ForeignService {

    static final String ORGANISATION = "FOREIGN_ORGANISATION";
    static final String ACTIVITY = "FOREIGN_ACTIVITY";
    static final int MAX_REGIONS = 30;

    /** One checklist item as entered: fulfilled or not (null: not checked yet), with a note. */
    public record Verdict(Boolean fulfilled, String note) {}

    private final JdbcClient jdbc;
    private final ForeignAccess access;
    private final ForeignQueries queries;
    private final SubjectQueries subjects;
    private final ReportScopes reportScopes;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    ForeignService(
            JdbcClient jdbc,
            ForeignAccess access,
            ForeignQueries queries,
            SubjectQueries subjects,
            ReportScopes reportScopes,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.subjects = subjects;
        this.reportScopes = reportScopes;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long addPartner(
            CurrentUser user,
            long organisationId,
            String name,
            LocalPartnerKind kind,
            String regionCode,
            String contact) {
        recordable(user, organisationId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (name == null || name.isBlank()) {
            problems.add("partnerName", "validation.required");
        } else if (name.strip().length() > 200) {
            problems.add("partnerName", "validation.tooLong");
        }
        if (kind == null) {
            problems.add("partnerKind", "validation.required");
        }
        String region = Text.blankToNull(regionCode);
        if (region != null && !regions.exists(region)) {
            problems.add("partnerRegion", "foreignorg.error.region");
        }
        if (contact != null && contact.length() > 200) {
            problems.add("partnerContact", "validation.tooLong");
        }
        problems.throwIfAny();
        long id = jdbc.sql(
                        """
                        insert into foreign_partner (organisation_id, name, kind, region_code, contact, created_by)
                        values (:org, :name, :kind, :region, :contact, :by) returning id""")
                .param("org", organisationId)
                .param("name", name.strip())
                .param("kind", kind.name())
                .param("region", region)
                .param("contact", Text.blankToNull(contact))
                .param("by", user.id())
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, ORGANISATION, organisationId, "local partner " + id + ": " + name.strip());
        return id;
    }

    /** Links a registry person the user can see as staff, volunteer or journalist. */
    @Transactional
    public void linkPerson(CurrentUser user, long organisationId, Long subjectId, PersonRole role, String note) {
        recordable(user, organisationId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (role == null) {
            problems.add("personRole", "validation.required");
        }
        if (!visibleSubject(user, subjectId)) {
            problems.add("subjectId", "foreignorg.error.subject");
        }
        if (note != null && note.length() > 500) {
            problems.add("personNote", "validation.tooLong");
        }
        problems.throwIfAny();
        int added = jdbc.sql(
                        """
                        insert into foreign_person (organisation_id, subject_id, role, note, created_by)
                        values (:org, :subject, :role, :note, :by) on conflict do nothing""")
                .param("org", organisationId)
                .param("subject", subjectId)
                .param("role", role.name())
                .param("note", Text.blankToNull(note))
                .param("by", user.id())
                .update();
        if (added > 0) {
            audit.record(AuditAction.LINK, ORGANISATION, organisationId, "subject " + subjectId + " as " + role);
        }
    }

    @Transactional
    public long createActivity(CurrentUser user, long organisationId, ActivityData data) {
        recordable(user, organisationId);
        validateActivity(user, organisationId, data);
        Instant now = clock.instant();
        long id = jdbc.sql(
                        """
                        insert into foreign_activity (organisation_id, title, purpose, starts_on, ends_on, funding_source,
                                                      funding_amount, partner_id, created_by, created_at, updated_at)
                        values (:org, :title, :purpose, :starts, :ends, :funding, :amount, :partner, :by, :now, :now)
                        returning id""")
                .param("org", organisationId)
                .param("title", data.title().strip())
                .param("purpose", data.purpose().strip())
                .param("starts", data.startsOn())
                .param("ends", data.endsOn())
                .param("funding", Text.blankToNull(data.fundingSource()))
                .param("amount", Text.blankToNull(data.fundingAmount()))
                .param("partner", data.partnerId())
                .param("by", user.id())
                .param("now", Rows.timestamp(now))
                .query(Long.class)
                .single();
        for (String code : data.regionCodes().stream().sorted().toList()) {
            jdbc.sql("insert into foreign_activity_region (activity_id, region_code) values (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
        audit.record(
                AuditAction.CREATE,
                ACTIVITY,
                id,
                "organisation " + organisationId + ": " + data.title().strip() + " [" + data.startsOn() + ".."
                        + data.endsOn() + "; "
                        + String.join(",", data.regionCodes().stream().sorted().toList()) + "]");
        return id;
    }

    /** The checks of {@link #createActivity}, on their own. */
    @Transactional(readOnly = true)
    public void validateActivity(CurrentUser user, long organisationId, ActivityData data) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.startsOn() != null && data.endsOn() != null && data.endsOn().isBefore(data.startsOn())) {
            problems.add("endsOn", "foreignorg.error.endBeforeStart");
        }
        Jurisdiction jurisdiction = access.jurisdiction(user);
        if (data.regionCodes().isEmpty()) {
            problems.add("regionCodes", "foreignorg.error.regionsRequired");
        } else if (data.regionCodes().size() > MAX_REGIONS) {
            problems.add("regionCodes", "foreignorg.error.tooManyRegions", MAX_REGIONS);
        } else {
            Map<String, Region> found = regions.findAll(data.regionCodes()).stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            for (String code : data.regionCodes().stream().sorted().toList()) {
                Region region = found.get(code);
                if (region == null) {
                    problems.add("regionCodes", "foreignorg.error.region");
                } else if (!jurisdiction.covers(code)) {
                    problems.add("regionCodes", "foreignorg.error.outsideJurisdiction", region.designatedName());
                }
            }
        }
        if (data.partnerId() != null
                && jdbc.sql("select count(*) from foreign_partner where id = :id and organisation_id = :org")
                                .param("id", data.partnerId())
                                .param("org", organisationId)
                                .query(Long.class)
                                .single()
                        == 0) {
            problems.add("partnerId", "foreignorg.error.partner");
        }
        problems.throwIfAny();
    }

    /** Saves the checked items of the checklist (an item left unanswered stays as it was). */
    @Transactional
    public void check(CurrentUser user, long activityId, Map<ChecklistItem, Verdict> verdicts) {
        ActivityView activity = queries.activity(user, activityId);
        if (!activity.mayCheck()) {
            throw new AccessDeniedException("may not check this activity");
        }
        if (activity.status() == ActivityStatus.DIIZINKAN || activity.status() == ActivityStatus.DITOLAK) {
            throw InvalidInput.of(null, "foreignorg.error.decided");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Map<ChecklistItem, Verdict> given = new TreeMap<>();
        verdicts.forEach((item, verdict) -> {
            if (verdict != null && verdict.fulfilled() != null) {
                given.put(item, verdict);
                if (verdict.note() != null && verdict.note().length() > 1000) {
                    problems.add("notes[" + item.name() + "]", "validation.tooLong");
                }
            }
        });
        if (given.isEmpty()) {
            problems.add(null, "foreignorg.error.nothingChecked");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        for (Map.Entry<ChecklistItem, Verdict> entry : given.entrySet()) {
            jdbc.sql(
                            """
                            insert into foreign_activity_check (activity_id, item, fulfilled, note, checked_by,
                                                                checked_agency_id, checked_at)
                            values (:activity, :item, :fulfilled, :note, :by, :agency, :now)
                            on conflict (activity_id, item) do update set fulfilled = excluded.fulfilled,
                                note = excluded.note, checked_by = excluded.checked_by,
                                checked_agency_id = excluded.checked_agency_id, checked_at = excluded.checked_at""")
                    .param("activity", activityId)
                    .param("item", entry.getKey().name())
                    .param("fulfilled", entry.getValue().fulfilled())
                    .param("note", Text.blankToNull(entry.getValue().note()))
                    .param("by", user.id())
                    .param("agency", user.agencyId())
                    .param("now", Rows.timestamp(now))
                    .update();
        }
        audit.record(
                AuditAction.UPDATE,
                ACTIVITY,
                activityId,
                "checklist: "
                        + given.entrySet().stream()
                                .map(e -> e.getKey() + "=" + (e.getValue().fulfilled() ? "ya" : "tidak"))
                                .collect(Collectors.joining(", ")));
    }

    /** Allow, postpone or refuse: needs the whole checklist; allowing needs every item fulfilled. */
    @Transactional
    public void decide(CurrentUser user, long activityId, int version, ActivityStatus decision, String reason) {
        ActivityView activity = queries.activity(user, activityId);
        if (!activity.mayDecide()) {
            throw new AccessDeniedException("may not decide this activity");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (activity.status() == ActivityStatus.DIIZINKAN || activity.status() == ActivityStatus.DITOLAK) {
            problems.add(null, "foreignorg.error.decided");
        }
        if (decision == null || !decision.decided()) {
            problems.add("decision", "foreignorg.error.decision");
        } else if (!activity.checklistComplete()) {
            problems.add("decision", "foreignorg.error.checklistIncomplete");
        } else if (decision == ActivityStatus.DIIZINKAN && !activity.allFulfilled()) {
            problems.add("decision", "foreignorg.error.notAllFulfilled");
        }
        String why = Text.blankToNull(reason);
        if (decision != null && decision != ActivityStatus.DIIZINKAN && why == null) {
            problems.add("reason", "foreignorg.error.reasonRequired");
        }
        if (why != null && why.length() > 2000) {
            problems.add("reason", "validation.tooLong");
        }
        problems.throwIfAny();
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of(
                                """
                                update foreign_activity set status = :status, decision_reason = :reason,
                                       decided_by = :by, decided_agency_id = :agency, decided_at = :now,
                                       updated_at = :now, version = version + 1
                                 where id = :id and version = :version""",
                                "id",
                                activityId)
                        .with("version", version)
                        .with("status", decision.name())
                        .with("reason", why)
                        .with("by", user.id())
                        .with("agency", user.agencyId())
                        .with("now", Rows.timestamp(clock.instant())));
        audit.record(
                AuditAction.STATUS_CHANGE,
                ACTIVITY,
                activityId,
                activity.status() + " -> " + decision + (why == null ? "" : ": " + why));
    }

    /** Links a report the user can see to the organisation. */
    @Transactional
    public void linkReport(CurrentUser user, long organisationId, Long reportId) {
        recordable(user, organisationId);
        boolean visible = reportId != null
                && SqlFragment.of("select count(*) from report r where ")
                                .plus(reportScopes.of(user).sql("r"))
                                .plus(SqlFragment.of(" and r.id = :id", "id", reportId))
                                .on(jdbc)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!visible) {
            throw InvalidInput.of("reportId", "foreignorg.error.report");
        }
        int added = jdbc.sql(
                        """
                        insert into foreign_report_link (organisation_id, report_id, linked_by)
                        values (:org, :report, :by) on conflict do nothing""")
                .param("org", organisationId)
                .param("report", reportId)
                .param("by", user.id())
                .update();
        if (added > 0) {
            audit.record(AuditAction.LINK, ORGANISATION, organisationId, "report " + reportId);
        }
    }

    /** A coverage permit for a journalist of this outlet (a registry person the user can see). */
    @Transactional
    public long addPermit(CurrentUser user, long organisationId, JournalistPermitData data) {
        Organisation outlet = recordable(user, organisationId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!visibleSubject(user, data.subjectId())) {
            problems.add("permitSubjectId", "foreignorg.error.subject");
        }
        if (data.validFrom() != null
                && data.validUntil() != null
                && data.validUntil().isBefore(data.validFrom())) {
            problems.add("validUntil", "foreignorg.error.endBeforeStart");
        }
        for (String code : data.regionCodes()) {
            if (!regions.exists(code)) {
                problems.add("permitRegion", "foreignorg.error.region");
            }
        }
        problems.throwIfAny();
        long id = jdbc.sql(
                        """
                        insert into journalist_permit (subject_id, outlet_organisation_id, outlet_name, visa,
                                                       press_permit_number, valid_from, valid_until, topic,
                                                       region_codes, created_by)
                        values (:subject, :outlet, :outlet_name, :visa, :press, :from, :until, :topic,
                                :regions::varchar[], :by) returning id""")
                .param("subject", data.subjectId())
                .param("outlet", organisationId)
                .param(
                        "outlet_name",
                        Text.blankToNull(data.outletName()) == null
                                ? outlet.name()
                                : data.outletName().strip())
                .param("visa", data.visa().strip())
                .param("press", data.pressPermitNumber().strip())
                .param("from", data.validFrom())
                .param("until", data.validUntil())
                .param("topic", Text.blankToNull(data.topic()))
                .param("regions", data.regionCodes().stream().sorted().toArray(String[]::new))
                .param("by", user.id())
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into foreign_person (organisation_id, subject_id, role, created_by)
                        values (:org, :subject, 'JURNALIS', :by) on conflict do nothing""")
                .param("org", organisationId)
                .param("subject", data.subjectId())
                .param("by", user.id())
                .update();
        audit.record(
                AuditAction.CREATE,
                ORGANISATION,
                organisationId,
                "journalist permit " + id + " for subject " + data.subjectId() + ": "
                        + data.pressPermitNumber().strip() + " [" + data.validFrom() + ".." + data.validUntil() + "]");
        return id;
    }

    private Organisation recordable(CurrentUser user, long organisationId) {
        Organisation organisation = queries.organisation(user, organisationId);
        if (!access.mayRecord(user)) {
            throw new AccessDeniedException("may not record in the register");
        }
        return organisation;
    }

    private boolean visibleSubject(CurrentUser user, Long subjectId) {
        if (subjectId == null) {
            return false;
        }
        try {
            subjects.details(subjectId, user);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static Set<String> none() {
        return Set.of();
    }
}
