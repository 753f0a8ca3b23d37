package id.timpora.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** What a reporter enters; the service checks the rules only it can see (region, jurisdiction). */
public record ReportData(
        String fullName,
        String nationality,
        Sex sex,
        LocalDate birthDate,
        Integer approximateAge,
        String passportNumber,
        PermitType permitType,
        String permitNumber,
        LocalDate permitExpiry,
        String sponsor,
        String occupation,
        Instant observedAt,
        String regionCode,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        PlaceType placeType,
        Set<Activity> activities,
        Set<Indication> indications,
        ReportSource source,
        String narrative,
        String sourceLink,
        SocialPlatform sourcePlatform) {

    /** A report from a source other than social media (no post link or platform). */
    public ReportData(
            String fullName,
            String nationality,
            Sex sex,
            LocalDate birthDate,
            Integer approximateAge,
            String passportNumber,
            PermitType permitType,
            String permitNumber,
            LocalDate permitExpiry,
            String sponsor,
            String occupation,
            Instant observedAt,
            String regionCode,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            PlaceType placeType,
            Set<Activity> activities,
            Set<Indication> indications,
            ReportSource source,
            String narrative) {
        this(
                fullName,
                nationality,
                sex,
                birthDate,
                approximateAge,
                passportNumber,
                permitType,
                permitNumber,
                permitExpiry,
                sponsor,
                occupation,
                observedAt,
                regionCode,
                address,
                latitude,
                longitude,
                placeType,
                activities,
                indications,
                source,
                narrative,
                null,
                null);
    }

    /** The same report from another source. */
    public ReportData withSource(ReportSource other) {
        return new ReportData(
                fullName,
                nationality,
                sex,
                birthDate,
                approximateAge,
                passportNumber,
                permitType,
                permitNumber,
                permitExpiry,
                sponsor,
                occupation,
                observedAt,
                regionCode,
                address,
                latitude,
                longitude,
                placeType,
                activities,
                indications,
                other,
                narrative,
                sourceLink,
                sourcePlatform);
    }

    /** Passport numbers compare without case, spaces or dashes: "a 123-456" and "A123456" are one passport. */
    public static String normalisePassport(String passport) {
        if (passport == null) {
            return null;
        }
        String normalised = passport.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return normalised.isEmpty() ? null : normalised;
    }
}
