package id.timpora.agency;

import java.time.LocalDate;

/** One row of the team list, read in one query. */
public record TeamSummary(
        long id,
        String name,
        OrganisationLevel level,
        String regionName,
        String chairName,
        int members,
        String decreeNumber,
        LocalDate decreeDate,
        boolean active) {}
