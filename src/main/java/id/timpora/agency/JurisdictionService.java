package id.timpora.agency;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "which regions may this user see". Read on every use (an indexed lookup of a few rows),
 * so a change of an agency's jurisdiction takes effect at once, also for users already signed in.
 */
@Service
public class JurisdictionService {

    private final JdbcTemplate jdbc;

    JurisdictionService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What members of the agency may see; an unknown or inactive agency, or none at all, sees nothing. */
    @Transactional(readOnly = true)
    public Jurisdiction ofAgency(Long agencyId) {
        if (agencyId == null) {
            return Jurisdiction.nothing();
        }
        List<Map<String, Object>> agency = jdbc.queryForList("select level, active from agency where id = ?", agencyId);
        if (agency.isEmpty() || !Boolean.TRUE.equals(agency.get(0).get("active"))) {
            return Jurisdiction.nothing();
        }
        if (OrganisationLevel.PUSAT.name().equals(agency.get(0).get("level"))) {
            return Jurisdiction.everything();
        }
        return new Jurisdiction(
                false,
                new HashSet<>(jdbc.queryForList(
                        "select region_code from agency_region where agency_id = ?", String.class, agencyId)));
    }
}
