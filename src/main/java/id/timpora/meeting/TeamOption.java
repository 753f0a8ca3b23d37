package id.timpora.meeting;

/** A team a user may plan meetings for, with the zone its meeting times are entered in. */
public record TeamOption(long id, String name, String zoneAbbreviation) {}
