package id.timpora.agency;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return ofAgencies(List.of(agencyId)).get(agencyId);
    }

    /**
     * The jurisdictions of many agencies in one statement (watched searches try a new report against every owner's
     * jurisdiction at once); an agency that is unknown or inactive sees nothing, as in {@link #ofAgency}.
     */
    @Transactional(readOnly = true)
    public Map<Long, Jurisdiction> ofAgencies(Collection<Long> agencyIds) {
        Map<Long, Jurisdiction> jurisdictions = new HashMap<>();
        if (agencyIds.isEmpty()) {
            return jurisdictions;
        }
        jdbc.sql(
                        """
                        select a.id, a.level, array_remove(array_agg(ar.region_code), null) as codes
                          from agency a
                          left join agency_region ar on ar.agency_id = a.id
                         where a.id = any(:agencies) and a.active
                         group by a.id, a.level""")
                .param("agencies", agencyIds.toArray(Long[]::new))
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    if (OrganisationLevel.valueOf(rs.getString("level")) == OrganisationLevel.PUSAT) {
                        jurisdictions.put(id, Jurisdiction.everything());
                    } else {
                        String[] codes = (String[]) rs.getArray("codes").getArray();
                        jurisdictions.put(id, new Jurisdiction(false, Set.of(codes)));
                    }
                    return id;
                })
                .list();
        for (Long id : agencyIds) {
            jurisdictions.putIfAbsent(id, Jurisdiction.nothing());
        }
        return jurisdictions;
    }
}
