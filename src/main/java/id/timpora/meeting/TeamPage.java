package id.timpora.meeting;

import id.timpora.agency.OrganisationLevel;
import java.time.LocalDate;
import java.util.List;

/** What the meeting feature shows of a team to its members: who is in it, and how regularly it meets. */
public record TeamPage(
        TeamCadence cadence,
        String regionName,
        String zoneAbbreviation,
        List<String> memberNames,
        String decreeNumber,
        LocalDate decreeDate,
        boolean plannable) {

    public long id() {
        return cadence.id();
    }

    public String name() {
        return cadence.name();
    }

    public OrganisationLevel level() {
        return cadence.level();
    }
}
