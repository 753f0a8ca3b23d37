package id.timpora.watch;

import id.timpora.account.CurrentUser;
import id.timpora.agency.Jurisdiction;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.InvalidInput;
import id.timpora.common.Text;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.persistence.VersionedUpdate;
import id.timpora.region.Region;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defines and changes watch periods; every change is in the audit log. */
@Service
public class WatchService {

    static final String TARGET = "WATCH_PERIOD";
    static final int MAX_REGIONS = 50;
    static final int MAX_DAYS = 400;

    private final JdbcClient jdbc;
    private final WatchReach reach;
    private final WatchQueries queries;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    WatchService(
            JdbcClient jdbc,
            WatchReach reach,
            WatchQueries queries,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.reach = reach;
        this.queries = queries;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checks of {@link #create} and {@link #update}, on their own, so the form shows every problem at once. */
    @Transactional(readOnly = true)
    public void validate(CurrentUser user, WatchData data) {
        requireDefiner(user);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.startsOn() != null && data.endsOn() != null) {
            if (data.endsOn().isBefore(data.startsOn())) {
                problems.add("endsOn", "watch.error.endBeforeStart");
            } else if (ChronoUnit.DAYS.between(data.startsOn(), data.endsOn()) >= MAX_DAYS) {
                problems.add("endsOn", "watch.error.tooLong", MAX_DAYS);
            }
        }
        Jurisdiction jurisdiction = reach.of(user);
        if (data.regionCodes().isEmpty()) {
            problems.add("regionCodes", "watch.error.regionsRequired");
        } else if (data.regionCodes().size() > MAX_REGIONS) {
            problems.add("regionCodes", "watch.error.tooManyRegions", MAX_REGIONS);
        } else {
            Map<String, Region> found = regions.findAll(data.regionCodes()).stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            for (String code : data.regionCodes().stream().sorted().toList()) {
                Region region = found.get(code);
                if (region == null || region.level() == RegionLevel.DESA) {
                    problems.add("regionCodes", "watch.error.regionLevel", code);
                } else if (!jurisdiction.covers(code)) {
                    problems.add("regionCodes", "watch.error.outsideJurisdiction", region.designatedName());
                }
            }
        }
        if (!data.hasCriteria()) {
            problems.add("activities", "watch.error.criteriaRequired");
        }
        problems.throwIfAny();
    }

    @Transactional
    public long create(CurrentUser user, WatchData data) {
        validate(user, data);
        long id = jdbc.sql(
                        """
                        insert into watch_period (name, starts_on, ends_on, zone_id, activities, indications, sources,
                                                  note, created_by, agency_id, created_at, updated_at)
                        values (:name, :starts_on, :ends_on, :zone, :activities::varchar[], :indications::varchar[],
                                :sources::varchar[], :note, :created_by, :agency, :now, :now)
                        returning id""")
                .param("name", data.name().strip())
                .param("starts_on", data.startsOn())
                .param("ends_on", data.endsOn())
                .param("zone", user.zone().getId())
                .param("activities", sorted(data.activities()))
                .param("indications", sorted(data.indications()))
                .param("sources", sorted(data.sources()))
                .param("note", Text.blankToNull(data.note()))
                .param("created_by", user.id())
                .param("agency", user.agencyId())
                .param("now", Rows.timestamp(clock.instant()))
                .query(Long.class)
                .single();
        writeRegions(id, data.regionCodes());
        audit.record(AuditAction.CREATE, TARGET, id, describe(data));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, int version, WatchData data) {
        WatchView before = queries.view(user, id);
        if (!before.editable()) {
            throw new AccessDeniedException("watch outside the user's jurisdiction");
        }
        validate(user, data);
        VersionedUpdate.apply(
                jdbc,
                SqlFragment.of(
                                """
                                update watch_period set name = :name, starts_on = :starts_on, ends_on = :ends_on,
                                       activities = :activities::varchar[], indications = :indications::varchar[],
                                       sources = :sources::varchar[], note = :note, updated_at = :now,
                                       version = version + 1
                                 where id = :id and version = :version""",
                                "id",
                                id)
                        .with("version", version)
                        .with("name", data.name().strip())
                        .with("starts_on", data.startsOn())
                        .with("ends_on", data.endsOn())
                        .with("activities", sorted(data.activities()))
                        .with("indications", sorted(data.indications()))
                        .with("sources", sorted(data.sources()))
                        .with("note", Text.blankToNull(data.note()))
                        .with("now", Rows.timestamp(clock.instant())));
        jdbc.sql("delete from watch_period_region where watch_id = :id")
                .param("id", id)
                .update();
        writeRegions(id, data.regionCodes());
        WatchData old = before.toData();
        Changes changes = new Changes()
                .field("name", old.name(), data.name().strip())
                .field("startsOn", old.startsOn(), data.startsOn())
                .field("endsOn", old.endsOn(), data.endsOn())
                .field("regions", sortedCodes(old.regionCodes()), sortedCodes(data.regionCodes()))
                .field(
                        "activities",
                        Arrays.toString(sorted(old.activities())),
                        Arrays.toString(sorted(data.activities())))
                .field(
                        "indications",
                        Arrays.toString(sorted(old.indications())),
                        Arrays.toString(sorted(data.indications())))
                .field("sources", Arrays.toString(sorted(old.sources())), Arrays.toString(sorted(data.sources())))
                .field("note", old.note(), Text.blankToNull(data.note()));
        audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
    }

    private void writeRegions(long id, Set<String> codes) {
        for (String code : sortedCodes(codes)) {
            jdbc.sql("insert into watch_period_region (watch_id, region_code) values (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
    }

    private void requireDefiner(CurrentUser user) {
        if (!reach.mayDefine(user)) {
            throw new AccessDeniedException("only officers and administrators define watch periods");
        }
    }

    private static String describe(WatchData data) {
        return data.name().strip() + " [" + data.startsOn() + ".." + data.endsOn() + "; regions="
                + String.join(",", sortedCodes(data.regionCodes())) + "; activities="
                + Arrays.toString(sorted(data.activities())) + "; indications="
                + Arrays.toString(sorted(data.indications())) + "; sources=" + Arrays.toString(sorted(data.sources()))
                + "]";
    }

    private static List<String> sortedCodes(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    private static String[] sorted(Set<? extends Enum<?>> values) {
        String[] names = Rows.names(values);
        Arrays.sort(names);
        return names;
    }
}
