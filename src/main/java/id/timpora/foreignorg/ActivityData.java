package id.timpora.foreignorg;

import java.time.LocalDate;
import java.util.Set;

/** An activity of a foreign organisation as entered. */
public record ActivityData(
        String title,
        String purpose,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<String> regionCodes,
        String fundingSource,
        String fundingAmount,
        Long partnerId) {}
