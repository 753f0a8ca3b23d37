package id.timpora.report.web;

import id.timpora.common.TypedInput;
import id.timpora.report.Countries;
import id.timpora.report.mrz.MrzReading;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An {@link MrzReading} as {@code fragments/mrz :: result} shows it: every text already in the user's language, and
 * the values a form takes ({@code fill*}: country code, {@code Sex} name, dates as typed, {@code 17/08/2026}) — only
 * when the reading is valid.
 */
record MrzView(
        boolean read,
        boolean valid,
        String format,
        String kind,
        String issuingState,
        String primaryIdentifier,
        String secondaryIdentifier,
        String nationality,
        String sexKey,
        String sexWritten,
        String birthDate,
        String documentNumber,
        String expiryDate,
        String optionalData,
        List<Check> checks,
        List<String> problems,
        List<String> notes,
        String fillName,
        String fillNationality,
        String fillSex,
        String fillBirthDate,
        String fillDocumentNumber,
        String fillExpiry) {

    record Check(String part, String written, String expected, boolean ok) {}

    static MrzView of(MrzReading reading, MessageSource messages, Countries countries, Locale locale) {
        List<String> problems = reading.problems().stream()
                .map(p -> messages.getMessage(p, locale))
                .toList();
        List<String> notes = reading.notes().stream()
                .map(p -> messages.getMessage(p, locale))
                .toList();
        if (reading.format() == null) {
            return new MrzView(
                    false, false, "", "", "", "", "", "", null, "", "", "", "", "", List.of(), problems, notes, "", "",
                    "", "", "", "");
        }
        String none = messages.getMessage("mrz.label.noCountry", null, locale);
        List<Check> checks = reading.checks().stream()
                .map(c -> new Check(
                        capitalised(messages.getMessage(c.partName(), locale), locale),
                        String.valueOf(c.written()),
                        String.valueOf(c.expected()),
                        c.ok()))
                .toList();
        boolean valid = reading.valid();
        return new MrzView(
                true,
                valid,
                messages.getMessage(reading.format().messageKey(), null, locale),
                messages.getMessage(reading.kind().messageKey(), null, locale),
                state(reading.issuingState(), reading.issuingCountry(), countries, locale, none),
                reading.primaryIdentifier(),
                reading.secondaryIdentifier(),
                state(reading.nationalityCode(), reading.nationality(), countries, locale, none),
                reading.sex().messageKey(),
                sexWritten(reading),
                TypedInput.date(reading.birthDate()),
                reading.documentNumber(),
                TypedInput.date(reading.expiryDate()),
                reading.optionalData(),
                checks,
                problems,
                notes,
                valid ? reading.fullName() : "",
                valid && reading.nationality() != null ? reading.nationality() : "",
                valid ? reading.sex().name() : "",
                valid ? TypedInput.date(reading.birthDate()) : "",
                valid ? reading.documentNumber() : "",
                valid ? TypedInput.date(reading.expiryDate()) : "");
    }

    private static String sexWritten(MrzReading reading) {
        return switch (reading.sex()) {
            case LAKI_LAKI -> "M";
            case PEREMPUAN -> "F";
            case TIDAK_DIKETAHUI -> "<";
        };
    }

    private static String state(String icao, String country, Countries countries, Locale locale, String none) {
        return country == null ? icao + " · " + none : countries.name(country, locale) + " (" + icao + ")";
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
