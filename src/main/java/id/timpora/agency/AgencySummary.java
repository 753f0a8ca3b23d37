package id.timpora.agency;

/** One row of the agency list: what the list shows, read in one query. */
public record AgencySummary(
        long id, String name, AgencyType type, OrganisationLevel level, String regions, int accounts, boolean active) {}
