package id.timpora.agency;

/** Filters of the agency list; every field optional. */
public record AgencyFilter(String query, AgencyType type, OrganisationLevel level, Boolean active) {}
