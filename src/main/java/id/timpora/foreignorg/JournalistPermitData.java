package id.timpora.foreignorg;

import java.time.LocalDate;
import java.util.Set;

/** A foreign journalist's coverage permit as entered: on a registry person, for an outlet. */
public record JournalistPermitData(
        Long subjectId,
        String outletName,
        String visa,
        String pressPermitNumber,
        LocalDate validFrom,
        LocalDate validUntil,
        String topic,
        Set<String> regionCodes) {}
