package id.timpora.agency;

/**
 * What a signed-in user carries of their agency: its name, the time zone its times are shown in, and whether it is
 * active (members of an inactive agency cannot sign in).
 */
public record AgencyProfile(String name, String zoneId, boolean active) {}
