package id.timpora.agency;

import java.time.LocalDate;
import java.util.Set;

/** What an admin enters for a team. A blank name becomes "Tim Pora" and the region's name. */
public record TeamData(
        String name,
        OrganisationLevel level,
        String regionCode,
        Long chairAgencyId,
        Set<Long> memberAgencyIds,
        String decreeNumber,
        LocalDate decreeDate) {}
