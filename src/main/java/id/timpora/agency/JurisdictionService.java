package id.timpora.agency;

import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "which regions may this user see". Read on every use (an indexed lookup of a few rows),
 * so a change of an agency's jurisdiction takes effect at once, also for users already signed in.
 */
@Service
public class JurisdictionService {

    private final JdbcClient jdbc;

    JurisdictionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What members of the agency may see; an unknown or inactive agency, or none at all, sees nothing. */
    @Transactional(readOnly = true)
    public Jurisdiction ofAgency(Long agencyId) {
        if (agencyId == null) {
            return Jurisdiction.nothing();
        }
        OrganisationLevel level = jdbc.sql("select level from agency where id = :agency and active")
                .param("agency", agencyId)
                .query((rs, i) -> OrganisationLevel.valueOf(rs.getString("level")))
                .optional()
                .orElse(null);
        if (level == null) {
            return Jurisdiction.nothing();
        }
        if (level == OrganisationLevel.PUSAT) {
            return Jurisdiction.everything();
        }
        return new Jurisdiction(
                false,
                new HashSet<>(jdbc.sql("select region_code from agency_region where agency_id = :agency")
                        .param("agency", agencyId)
                        .query(String.class)
                        .list()));
    }
}
