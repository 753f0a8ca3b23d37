package id.timpora.agency;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AgencyService {

    static final String TARGET = "AGENCY";

    private final AgencyRepository agencies;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency list, filtered and paginated in SQL, with jurisdiction names and account counts in one query. */
    @Transactional(readOnly = true)
    public Page<AgencySummary> list(AgencyFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and lower(a.name) like ?");
            args.add("%" + filter.query().trim().toLowerCase() + "%");
        }
        if (filter.type() != null) {
            where.append(" and a.type = ?");
            args.add(filter.type().name());
        }
        if (filter.level() != null) {
            where.append(" and a.level = ?");
            args.add(filter.level().name());
        }
        if (filter.active() != null) {
            where.append(" and a.active = ?");
            args.add(filter.active());
        }
        Long total = jdbc.queryForObject("select count(*) from agency a" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AgencySummary> rows = jdbc.query(
                """
                select a.id, a.name, a.type, a.level, a.active,
                       (select string_agg(r.name, ', ' order by r.code)
                          from agency_region ar join region r on r.code = ar.region_code
                         where ar.agency_id = a.id) as regions,
                       (select count(*) from app_user u where u.agency_id = a.id) as accounts
                  from agency a"""
                        + where
                        + " order by a.active desc, lower(a.name), a.id limit ? offset ?",
                (rs, i) -> new AgencySummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        AgencyType.valueOf(rs.getString("type")),
                        OrganisationLevel.valueOf(rs.getString("level")),
                        rs.getString("regions"),
                        rs.getInt("accounts"),
                        rs.getBoolean("active")),
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** An agency as its edit form needs it. */
    @Transactional(readOnly = true)
    public AgencyDetails get(long id) {
        Agency agency = agencies.findWithRegions(id).orElseThrow(NotFoundException::new);
        return new AgencyDetails(agency.getId(), agency.toData(), agency.isActive(), agency.getVersion());
    }

    @Transactional
    public long create(AgencyData data) {
        check(data, null);
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
    public void update(long id, int expectedVersion, AgencyData data) {
        Agency agency = agencies.findWithRegions(id).orElseThrow(NotFoundException::new);
        if (agency.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        check(data, id);
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
    public void setActive(long id, boolean active) {
        Agency agency = agencies.findById(id).orElseThrow(NotFoundException::new);
        if (agency.isActive() == active) {
            return;
        }
        agency.setActive(active, clock.instant());
        audit.record(active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, TARGET, id, agency.getName());
    }

    /** Active agencies for selects, by name. */
    @Transactional(readOnly = true)
    public List<AgencyOption> options() {
        return jdbc.query(
                "select id, name, type from agency where active order by lower(name)",
                (rs, i) -> new AgencyOption(rs.getLong(1), rs.getString(2), AgencyType.valueOf(rs.getString(3))));
    }

    /**
     * The agency's name, whether it is active, and its time zone: the zone of its first region's province (WIB for a national agency). An agency
     * whose regions span zones shows times in the zone of its lowest region code.
     */
    @Transactional(readOnly = true)
    public AgencyProfile profile(long id) {
        return jdbc
                .query(
                        """
                        select a.name, a.active,
                               coalesce((select r.time_zone from agency_region ar join region r on r.code = ar.region_code
                                          where ar.agency_id = a.id order by ar.region_code limit 1), 'Asia/Jakarta')
                          from agency a where a.id = ?""",
                        (rs, i) -> new AgencyProfile(rs.getString(1), rs.getString(3), rs.getBoolean(2)),
                        id)
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return agencies.findById(id).map(Agency::isActive).orElse(false);
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
        jdbc.query(
                """
                select r.code, r.name, r.province_code, p.name as province from region r
                  join region p on p.code = r.province_code
                 where r.code = any(?) order by r.code""",
                rs -> {
                    String label = rs.getString("name");
                    if (!rs.getString("code").equals(rs.getString("province_code"))) {
                        label += " (" + rs.getString("province") + ")";
                    }
                    labels.put(rs.getString("code"), label);
                },
                (Object) codes.toArray(String[]::new));
        return labels;
    }

    /**
     * The checks {@link #create} and {@link #update} make (a name in use, unknown regions), on their own: the form runs
     * them with its own on every submit, so one refusal names every problem. Empty fields are left to the form.
     */
    @Transactional(readOnly = true)
    public void validate(AgencyData data, Long exceptId) {
        check(data, exceptId);
    }

    private void check(AgencyData data, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.name() != null
                && !data.name().isBlank()
                && agencies.nameTaken(data.name().trim(), exceptId)) {
            problems.add("name", "agency.error.nameTaken");
        }
        if (data.level() != null && data.level() != OrganisationLevel.PUSAT) {
            if (data.regionCodes().isEmpty()) {
                problems.add("regionCodes", "agency.error.regionsRequired");
            } else {
                List<String> known = jdbc.queryForList(
                        "select code from region where code = any(?) and level <> 'DESA'", String.class, (Object)
                                data.regionCodes().toArray(String[]::new));
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
