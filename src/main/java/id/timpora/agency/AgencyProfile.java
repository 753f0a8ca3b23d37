package id.timpora.agency;

/** What a signed-in user carries of their agency: its name and the time zone its times are shown in. */
public record AgencyProfile(String name, String zoneId) {}
