package id.timpora.agency;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AgencyService {

    /** An agency's time zone (of agency {@code a}): its lowest region's province zone, WIB for a national agency. */
    private static final String ZONE =
            """
            coalesce((select r.time_zone from agency_region ar join region r on r.code = ar.region_code
                       where ar.agency_id = a.id order by ar.region_code limit 1), 'Asia/Jakarta')""";

    static final String TARGET = "AGENCY";

    private final AgencyRepository agencies;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgencyService(
            AgencyRepository agencies, JdbcClient jdbc, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** An agency as its edit form needs it. */
    @Transactional(readOnly = true)
    public AgencyDetails get(AdminScope scope, long id) {
        requireInside(scope, id);
        Agency agency = agencies.findWithRegions(id).orElseThrow(NotFoundException::new);
        return new AgencyDetails(agency.getId(), agency.toData(), agency.isActive(), agency.getVersion());
    }

    @Transactional
    public long create(AdminScope scope, AgencyData data) {
        check(scope, data, null);
        Agency agency = new Agency(data);
        try {
            agencies.saveAndFlush(agency);
        } catch (DataIntegrityViolationException duplicate) {
            throw InvalidInput.of("name", "agency.error.nameTaken");
        }
        audit.record(AuditAction.CREATE, TARGET, agency.getId(), describe(data));
        return agency.getId();
    }

    @Transactional
    public void update(AdminScope scope, long id, int expectedVersion, AgencyData data) {
        requireInside(scope, id);
        Agency agency = agencies.findWithRegions(id).orElseThrow(NotFoundException::new);
        if (agency.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        check(scope, data, id);
        AgencyData before = agency.toData();
        agency.apply(data, clock.instant());
        try {
            agencies.saveAndFlush(agency);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflict();
        }
        Changes changes = new Changes()
                .field("name", before.name(), data.name().trim())
                .field("type", before.type(), data.type())
                .field("level", before.level(), data.level())
                .field("regions", before.regionCodes(), agency.getRegionCodes())
                .field("address", before.address(), data.address())
                .field("phone", before.phone(), data.phone())
                .field("email", before.email(), data.email());
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
        }
    }

    @Transactional
    public void setActive(AdminScope scope, long id, boolean active) {
        requireInside(scope, id);
        Agency agency = agencies.findById(id).orElseThrow(NotFoundException::new);
        if (agency.isActive() == active) {
            return;
        }
        agency.setActive(active, clock.instant());
        audit.record(active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, TARGET, id, agency.getName());
        if (!active) {
            events.publishEvent(new AgencyDeactivated(id));
        }
    }

    /** Active agencies inside the administrator's scope, for the selects of the admin pages, by name. */
    @Transactional(readOnly = true)
    public List<AgencyOption> options(AdminScope scope) {
        return SqlFragment.of("select a.id, a.name, a.type from agency a where a.active and ")
                .plus(scope.agencies("a"))
                .plus(" order by lower(a.name)")
                .on(jdbc)
                .query((rs, i) -> new AgencyOption(rs.getLong(1), rs.getString(2), AgencyType.valueOf(rs.getString(3))))
                .list();
    }

    /** Whether the agency exists and lies inside the administrator's scope. */
    @Transactional(readOnly = true)
    public boolean inside(AdminScope scope, long id) {
        return SqlFragment.of("select count(*) from agency a where a.id = :id and ", "id", id)
                        .plus(scope.agencies("a"))
                        .on(jdbc)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** An agency outside the administrator's scope is, for them, not there. */
    private void requireInside(AdminScope scope, long id) {
        if (!inside(scope, id)) {
            throw new NotFoundException();
        }
    }

    /** Active agencies for selects, by name. */
    @Transactional(readOnly = true)
    public List<AgencyOption> options() {
        return jdbc.sql("select id, name, type from agency where active order by lower(name)")
                .query((rs, i) -> new AgencyOption(rs.getLong(1), rs.getString(2), AgencyType.valueOf(rs.getString(3))))
                .list();
    }

    /**
     * The agency's name, whether it is active, and its time zone: the zone of its first region's province (WIB for a national agency). An agency
     * whose regions span zones shows times in the zone of its lowest region code.
     */
    /** The time zones of many agencies in one statement, by the same rule as {@link #profile}. */
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> zones(Collection<Long> ids) {
        Map<Long, ZoneId> zones = new HashMap<>();
        if (ids.isEmpty()) {
            return zones;
        }
        jdbc.sql("select a.id, " + ZONE + " from agency a where a.id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> {
                    zones.put(rs.getLong(1), ZoneId.of(rs.getString(2)));
                    return rs.getLong(1);
                })
                .list();
        return zones;
    }

    @Transactional(readOnly = true)
    public AgencyProfile profile(long id) {
        return jdbc.sql("select a.name, a.active, " + ZONE + " from agency a where a.id = :id")
                .param("id", id)
                .query((rs, i) -> new AgencyProfile(rs.getString(1), rs.getString(3), rs.getBoolean(2)))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return agencies.findById(id).map(Agency::isActive).orElse(false);
    }

    /** The agency's level: {@link OrganisationLevel#DESA} for a desa binaan, whose reports are village reports. */
    @Transactional(readOnly = true)
    public OrganisationLevel levelOf(long id) {
        return agencies.findById(id).map(Agency::getLevel).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public AgencyType typeOf(long id) {
        return agencies.findById(id).map(Agency::getType).orElseThrow(NotFoundException::new);
    }

    /** "Kabupaten Kapuas Hulu (Kalimantan Barat)" for each code, in the order given; unknown codes are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> regionLabels(Set<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (codes == null || codes.isEmpty()) {
            return labels;
        }
        jdbc.sql(
                        """
                        select r.code, r.name, r.province_code, p.name as province from region r
                          join region p on p.code = r.province_code
                         where r.code = any(:codes) order by r.code""")
                .param("codes", codes.toArray(String[]::new))
                .query(rs -> {
                    String label = rs.getString("name");
                    if (!rs.getString("code").equals(rs.getString("province_code"))) {
                        label += " (" + rs.getString("province") + ")";
                    }
                    labels.put(rs.getString("code"), label);
                });
        return labels;
    }

    /**
     * The checks {@link #create} and {@link #update} make (a name in use, unknown regions, regions outside the
     * administrator's jurisdiction), on their own: the form runs them with its own on every submit, so one refusal
     * names every problem. Empty fields are left to the form.
     */
    @Transactional(readOnly = true)
    public void validate(AdminScope scope, AgencyData data, Long exceptId) {
        check(scope, data, exceptId);
    }

    private void check(AdminScope scope, AgencyData data, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!scope.national()) {
            if (data.level() == OrganisationLevel.PUSAT) {
                problems.add("level", "agency.error.outsideJurisdiction");
            } else if (!data.regionCodes().stream().allMatch(scope::covers)) {
                problems.add("regionCodes", "agency.error.outsideJurisdiction");
            }
        }
        if (data.name() != null
                && !data.name().isBlank()
                && agencies.nameTaken(data.name().trim(), exceptId)) {
            problems.add("name", "agency.error.nameTaken");
        }
        if (data.level() != null && data.level() != OrganisationLevel.PUSAT) {
            if (data.regionCodes().isEmpty()) {
                problems.add("regionCodes", "agency.error.regionsRequired");
            } else {
                // a village agency (desa binaan) covers desa/kelurahan, every other agency larger regions
                List<String> known = jdbc.sql(
                                "select code from region where code = any(:codes)" + " and (level = 'DESA') = :village")
                        .param("codes", data.regionCodes().toArray(String[]::new))
                        .param("village", data.level() == OrganisationLevel.DESA)
                        .query(String.class)
                        .list();
                if (known.size() != data.regionCodes().size()) {
                    problems.add("regionCodes", "agency.error.unknownRegion");
                }
            }
        }
        problems.throwIfAny();
    }

    private static String describe(AgencyData data) {
        return data.name().trim() + " [" + data.type() + ", " + data.level() + ", " + data.regionCodes() + "]";
    }
}
