package id.timpora.agency;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.region.Region;
import id.timpora.region.RegionService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TeamService {

    static final String TARGET = "TEAM";
    /** The code length of a region at each team level (dotted Kemendagri codes). */
    private static final Map<OrganisationLevel, Integer> CODE_LENGTH =
            Map.of(OrganisationLevel.PROVINSI, 2, OrganisationLevel.KABUPATEN_KOTA, 5, OrganisationLevel.KECAMATAN, 8);

    private final TeamRepository teams;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final RegionService regions;

    TeamService(TeamRepository teams, JdbcClient jdbc, AuditLog audit, Clock clock, RegionService regions) {
        this.teams = teams;
        this.regions = regions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TeamDetails get(long id) {
        Team team = teams.findWithMembers(id).orElseThrow(NotFoundException::new);
        TeamData data = team.toData();
        return new TeamDetails(id, data, regionName(data.regionCode()), team.isActive(), team.getVersion());
    }

    @Transactional
    public long create(TeamData data) {
        check(data);
        Team team = new Team(data, nameFor(data));
        try {
            teams.saveAndFlush(team);
        } catch (DataIntegrityViolationException duplicate) {
            throw InvalidInput.of("regionCode", "team.error.exists");
        }
        audit.record(AuditAction.CREATE, TARGET, team.getId(), team.getName());
        return team.getId();
    }

    @Transactional
    public void update(long id, int expectedVersion, TeamData data) {
        Team team = teams.findWithMembers(id).orElseThrow(NotFoundException::new);
        if (team.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        check(data);
        TeamData before = team.toData();
        team.apply(data, nameFor(data), clock.instant());
        try {
            teams.saveAndFlush(team);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflict();
        } catch (DataIntegrityViolationException duplicate) {
            throw InvalidInput.of("regionCode", "team.error.exists");
        }
        Changes changes = new Changes()
                .field("name", before.name(), team.getName())
                .field("level", before.level(), data.level())
                .field("region", before.regionCode(), data.regionCode())
                .field("chair", before.chairAgencyId(), data.chairAgencyId())
                .field("members", before.memberAgencyIds(), team.getMemberAgencyIds())
                .field("decreeNumber", before.decreeNumber(), data.decreeNumber())
                .field("decreeDate", before.decreeDate(), data.decreeDate());
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
        }
    }

    @Transactional
    public void setActive(long id, boolean active) {
        Team team = teams.findById(id).orElseThrow(NotFoundException::new);
        if (team.isActive() != active) {
            team.setActive(active, clock.instant());
            audit.record(active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, TARGET, id, team.getName());
        }
    }

    /**
     * The checks {@link #create} and {@link #update} make (the region fits the level, the agencies exist), on their
     * own: the form runs them with its own on every submit. Empty fields are left to the form.
     */
    @Transactional(readOnly = true)
    public void validate(TeamData data) {
        check(data);
    }

    private void check(TeamData data) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (data.level() != null && data.level() != OrganisationLevel.PUSAT) {
            String code = data.regionCode();
            if (code == null || code.isBlank()) {
                problems.add("regionCode", "team.error.regionRequired");
            } else if (code.length() != CODE_LENGTH.get(data.level()) || regionName(code) == null) {
                problems.add("regionCode", "team.error.regionLevel");
            }
        }
        List<Long> agencyIds = new ArrayList<>(data.memberAgencyIds());
        if (data.chairAgencyId() != null) {
            agencyIds.add(data.chairAgencyId());
        }
        agencyIds.removeIf(Objects::isNull);
        Long[] distinct = agencyIds.stream().distinct().toArray(Long[]::new);
        long known = jdbc.sql("select count(*) from agency where active and id = any(:agencies)")
                .param("agencies", distinct)
                .query(Long.class)
                .single();
        if (known != distinct.length) {
            problems.add("memberAgencyIds", "team.error.unknownAgency");
        }
        problems.throwIfAny();
    }

    private String nameFor(TeamData data) {
        if (data.name() != null && !data.name().isBlank()) {
            return data.name().trim();
        }
        return data.level() == OrganisationLevel.PUSAT ? "Tim Pora Pusat" : "Tim Pora " + regionName(data.regionCode());
    }

    private String regionName(String code) {
        return code == null ? null : regions.find(code).map(Region::name).orElse(null);
    }
}
