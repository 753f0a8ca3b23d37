package id.timpora.agency;

/** An agency as a choice in a select. */
public record AgencyOption(long id, String name, AgencyType type) {}
