package id.timpora.agency;

/** A team with what its edit page needs besides the data. */
public record TeamDetails(long id, TeamData data, String regionLabel, boolean active, int version) {}
