package id.timpora.report.mrz;

import id.timpora.report.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link Mrz#read} made of typed or scanned MRZ lines. {@link #valid()} when the layout was recognised and every
 * check digit and field is right; only then should a form be filled. {@code problems} are the reasons it is not valid
 * (each explained in the user's language, e.g. a wrong check digit with the written and the right digit);
 * {@code notes} are worth showing but do not make it invalid (a nationality that maps to no country, an expired
 * document, a name that may be cut short).
 *
 * <p>The fields hold personal data: show them to the user who typed them, never log them.
 *
 * @param format the layout, {@code null} when the text is not an MRZ at all
 * @param documentCode the document code without fillers, e.g. {@code P}, {@code PD}, {@code I}, {@code V}
 * @param issuingState the issuing state or organisation as written ({@code D}, {@code GBR}, {@code UTO})
 * @param issuingCountry its ISO 3166-1 alpha-2 code, {@code null} if it has none
 * @param nationalityCode the holder's nationality as written
 * @param nationality its ISO 3166-1 alpha-2 code, {@code null} if it has none (stateless, refugee, UN, Kosovo…)
 * @param primaryIdentifier the surname(s), fillers turned into spaces
 * @param secondaryIdentifier the given name(s)
 * @param nameTruncated the name field is full to the last character, so the name may have been cut short
 * @param documentNumber the whole document number, including a TD1/TD2 overflow into the optional data
 * @param optionalData the optional data (TD3: the personal number), fillers removed
 * @param optionalData2 TD1's second optional data field, fillers removed; empty elsewhere
 * @param lines the zone's lines as read (upper case, without spaces), {@link MrzFormat#lines()} of them
 */
public record MrzReading(
        MrzFormat format,
        MrzDocumentKind kind,
        String documentCode,
        String issuingState,
        String issuingCountry,
        String nationalityCode,
        String nationality,
        String primaryIdentifier,
        String secondaryIdentifier,
        boolean nameTruncated,
        Sex sex,
        LocalDate birthDate,
        LocalDate expiryDate,
        String documentNumber,
        String optionalData,
        String optionalData2,
        List<MrzCheck> checks,
        List<MrzProblem> problems,
        List<MrzProblem> notes,
        List<String> lines) {

    public MrzReading {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        lines = List.copyOf(lines);
    }

    static MrzReading unreadable(List<MrzProblem> problems) {
        return new MrzReading(
                null,
                null,
                "",
                "",
                null,
                "",
                null,
                "",
                "",
                false,
                Sex.TIDAK_DIKETAHUI,
                null,
                null,
                "",
                "",
                "",
                List.of(),
                problems,
                List.of(),
                List.of());
    }

    public boolean valid() {
        return format != null && problems.isEmpty();
    }

    /** Given names then surname, as a form's single name field wants it: {@code ANNA MARIA ERIKSSON}. */
    public String fullName() {
        return (secondaryIdentifier + " " + primaryIdentifier).trim();
    }
}
