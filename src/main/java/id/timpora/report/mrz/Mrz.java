package id.timpora.report.mrz;

import id.timpora.report.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the machine-readable zone of a travel document by ICAO Doc 9303 (8th edition): passports (TD3, 2 × 44),
 * cards (TD2, 2 × 36; TD1, 3 × 30) and visas (MRV-A, 2 × 44; MRV-B, 2 × 36, document code {@code V}). The one place
 * in the application that knows the layouts and the check digits; pages use it through {@code POST /paspor/mrz}
 * (fragment {@code fragments/mrz}), an upload column calls {@link #read(String, LocalDate)} directly.
 *
 * <p>Typed input is forgiven what does not change the zone: lower case, spaces, blank lines, CR/LF of a
 * keyboard-emulating reader, or both lines as one line of 88, 72 or 90 characters. Every check digit is checked (7-3-1
 * weights; {@code <} counts 0, A counts 10 … Z 35) and a wrong one is named with the digit written and the digit
 * expected. Two-digit years: a birth date lies in the past (a child born in 2015 stays in 2015), an expiry date within
 * fifty years ahead.
 */
public final class Mrz {

    /** More than this is not a zone typed or scanned by hand, and is not looked at. */
    public static final int MAX_INPUT = 1000;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}]");
    private static final int[] WEIGHTS = {7, 3, 1};
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Mrz() {}

    /** The check digit of ICAO 9303 Part 3 §4.9 over the characters, or -1 if one of them is not an MRZ character. */
    public static int checkDigit(CharSequence characters) {
        int sum = 0;
        for (int i = 0; i < characters.length(); i++) {
            int value = value(characters.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    /** Reads typed or scanned lines; {@code today} decides the century of two-digit years. */
    public static MrzReading read(String text, LocalDate today) {
        if (text != null && text.length() > MAX_INPUT) {
            return MrzReading.unreadable(List.of(MrzProblem.of("mrz.problem.tooLong", String.valueOf(MAX_INPUT))));
        }
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return MrzReading.unreadable(List.of(MrzProblem.of("mrz.problem.empty")));
        }
        List<MrzProblem> characters = strangeCharacters(lines);
        if (!characters.isEmpty()) {
            return MrzReading.unreadable(characters);
        }
        List<String> zone = shape(lines);
        if (zone == null) {
            List<String> lengths =
                    lines.stream().map(line -> String.valueOf(line.length())).toList();
            return MrzReading.unreadable(List.of(
                    MrzProblem.of("mrz.problem.shape", String.valueOf(lines.size()), String.join(", ", lengths))));
        }
        return new Reader(zone, today).read();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String upper = text.toUpperCase(Locale.ROOT).replace('‹', '<').replace('＜', '<');
        for (String raw : LINE_BREAK.split(upper)) {
            String line = IGNORED.matcher(raw).replaceAll("");
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<MrzProblem> strangeCharacters(List<String> lines) {
        List<MrzProblem> problems = new ArrayList<>();
        for (int n = 0; n < lines.size() && problems.size() < 3; n++) {
            String line = lines.get(n);
            for (int i = 0; i < line.length(); i++) {
                if (value(line.charAt(i)) < 0) {
                    problems.add(MrzProblem.of(
                            "mrz.problem.character",
                            String.valueOf(line.charAt(i)),
                            String.valueOf(n + 1),
                            String.valueOf(i + 1)));
                    break;
                }
            }
        }
        return problems;
    }

    /** The zone as lines of equal length in one of the layouts, or {@code null}. */
    private static List<String> shape(List<String> lines) {
        int first = lines.get(0).length();
        boolean equal = lines.stream().allMatch(line -> line.length() == first);
        if (equal && ((lines.size() == 2 && (first == 44 || first == 36)) || (lines.size() == 3 && first == 30))) {
            return lines;
        }
        String joined = String.join("", lines);
        int width =
                switch (joined.length()) {
                    case 88 -> 44;
                    case 72 -> 36;
                    case 90 -> 30;
                    default -> 0;
                };
        if (width == 0) {
            return null;
        }
        List<String> split = new ArrayList<>();
        for (int i = 0; i < joined.length(); i += width) {
            split.add(joined.substring(i, i + width));
        }
        return split;
    }

    /** One reading of a zone already in shape. */
    private static final class Reader {

        private final List<String> zone;
        private final LocalDate today;
        private final MrzFormat format;
        private final List<MrzCheck> checks = new ArrayList<>();
        private final List<MrzProblem> problems = new ArrayList<>();
        private final List<MrzProblem> notes = new ArrayList<>();

        Reader(List<String> zone, LocalDate today) {
            this.zone = zone;
            this.today = today;
            char first = zone.get(0).charAt(0);
            this.format = switch (zone.get(0).length()) {
                case 44 -> first == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3;
                case 36 -> first == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2;
                default -> MrzFormat.TD1;};
        }

        MrzReading read() {
            String l1 = zone.get(0);
            String l2 = zone.get(1);
            char first = l1.charAt(0);
            MrzDocumentKind kind = MrzDocumentKind.of(first);
            String documentCode = l1.substring(0, 2).replace("<", "");
            if (first < 'A' || first > 'Z') {
                problems.add(MrzProblem.of("mrz.problem.documentCode", l1.substring(0, 2)));
            } else if (!expectedCode(first)) {
                notes.add(MrzProblem.of("mrz.note.documentCode", documentCode, MrzProblem.part(format.messageKey())));
            }
            String issuing = l1.substring(2, 5);

            String numberField;
            char numberCheck;
            String optional;
            String optional2 = "";
            String birth;
            char birthCheck;
            char sexChar;
            String expiry;
            char expiryCheck;
            String nationalityField;
            String nameField;
            if (format == MrzFormat.TD1) {
                String l3 = zone.get(2);
                numberField = l1.substring(5, 14);
                numberCheck = l1.charAt(14);
                optional = l1.substring(15, 30);
                birth = l2.substring(0, 6);
                birthCheck = l2.charAt(6);
                sexChar = l2.charAt(7);
                expiry = l2.substring(8, 14);
                expiryCheck = l2.charAt(14);
                nationalityField = l2.substring(15, 18);
                optional2 = l2.substring(18, 29);
                nameField = l3;
            } else {
                numberField = l2.substring(0, 9);
                numberCheck = l2.charAt(9);
                nationalityField = l2.substring(10, 13);
                birth = l2.substring(13, 19);
                birthCheck = l2.charAt(19);
                sexChar = l2.charAt(20);
                expiry = l2.substring(21, 27);
                expiryCheck = l2.charAt(27);
                optional = format == MrzFormat.TD3
                        ? l2.substring(28, 42)
                        : l2.substring(28, format.length() - (format.visa() ? 0 : 1));
                nameField = l1.substring(5);
            }

            // The document number, with a TD1/TD2 overflow into the optional data (filler in the check position).
            String documentNumber = numberField;
            String numberPart = "mrz.part.documentNumber." + kind.name();
            boolean overflow = numberCheck == '<'
                    && (format == MrzFormat.TD1 || format == MrzFormat.TD2)
                    && optional.charAt(0) != '<';
            if (overflow) {
                int end = optional.indexOf('<');
                String extension = end < 0 ? optional : optional.substring(0, end);
                documentNumber = numberField + extension.substring(0, extension.length() - 1);
                check(numberPart, documentNumber, extension.charAt(extension.length() - 1), false);
                optional = end < 0 ? "" : optional.substring(end);
            } else {
                check(numberPart, numberField, numberCheck, false);
            }
            documentNumber = documentNumber.replace("<", "");
            if (documentNumber.isEmpty()) {
                problems.add(MrzProblem.of("mrz.problem.noDocumentNumber", MrzProblem.part(numberPart)));
            }

            check("mrz.part.birthDate", birth, birthCheck, false);
            check("mrz.part.expiryDate", expiry, expiryCheck, false);
            if (format == MrzFormat.TD3) {
                check(
                        "mrz.part.optionalData",
                        optional,
                        l2.charAt(42),
                        optional.chars().allMatch(c -> c == '<'));
                check(
                        "mrz.part.composite",
                        l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43),
                        l2.charAt(43),
                        false);
            } else if (format == MrzFormat.TD2) {
                check(
                        "mrz.part.composite",
                        l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35),
                        l2.charAt(35),
                        false);
            } else if (format == MrzFormat.TD1) {
                check(
                        "mrz.part.composite",
                        l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29),
                        l2.charAt(29),
                        false);
            }

            LocalDate birthDate = date("mrz.part.birthDate", birth, true);
            LocalDate expiryDate = date("mrz.part.expiryDate", expiry, false);
            if (expiryDate != null && expiryDate.isBefore(today)) {
                notes.add(MrzProblem.of("mrz.note.expired", expiryDate.format(SHOWN)));
            }
            Sex sex = sex(sexChar);

            MrzCountries.State nationality = state(nationalityField, "mrz.part.nationality");
            MrzCountries.State issuer = MrzCountries.of(issuing);
            if (!issuer.icaoCode().equals(nationality.icaoCode())) {
                state(issuing, "mrz.part.issuingState");
            }

            String name = nameField.replaceAll("<+$", "");
            boolean truncated = nameField.charAt(nameField.length() - 1) != '<';
            if (truncated) {
                notes.add(MrzProblem.of("mrz.note.nameTruncated"));
            }
            int separator = name.indexOf("<<");
            String primary = words(separator < 0 ? name : name.substring(0, separator));
            String secondary = separator < 0 ? "" : words(name.substring(separator + 2));
            if (primary.isEmpty()) {
                // a single name written after the separator is still the name (Doc 9303 Part 3 §4.6)
                primary = secondary;
                secondary = "";
            }
            if (name.chars().anyMatch(Character::isDigit)) {
                problems.add(MrzProblem.of("mrz.problem.nameDigits"));
            } else if (primary.isEmpty()) {
                problems.add(MrzProblem.of("mrz.problem.noName"));
            }

            return new MrzReading(
                    format,
                    kind,
                    documentCode,
                    issuer.icaoCode(),
                    issuer.country(),
                    nationality.icaoCode(),
                    nationality.country(),
                    primary,
                    secondary,
                    truncated,
                    sex,
                    birthDate,
                    expiryDate,
                    documentNumber,
                    optional.replace("<", ""),
                    optional2.replace("<", ""),
                    checks,
                    problems,
                    notes,
                    zone);
        }

        private boolean expectedCode(char first) {
            return switch (format) {
                case TD3 -> first == 'P';
                case TD1, TD2 -> first == 'I' || first == 'A' || first == 'C';
                case MRV_A, MRV_B -> true;
            };
        }

        private void check(String part, String characters, char written, boolean fillerAllowed) {
            char expected = (char) ('0' + checkDigit(characters));
            MrzCheck check = new MrzCheck(part, written, expected, fillerAllowed);
            checks.add(check);
            if (!check.ok()) {
                // the composite's longer explanation only when it is the one wrong digit
                boolean alone = checks.stream().filter(c -> !c.ok()).count() == 1;
                problems.add(MrzProblem.of(
                        part.equals("mrz.part.composite") && alone
                                ? "mrz.problem.compositeDigit"
                                : "mrz.problem.checkDigit",
                        check.partName(),
                        String.valueOf(written),
                        String.valueOf(expected)));
            }
        }

        private LocalDate date(String part, String field, boolean past) {
            if (field.chars().allMatch(Character::isDigit)) {
                int yy = Integer.parseInt(field.substring(0, 2));
                int month = Integer.parseInt(field.substring(2, 4));
                int day = Integer.parseInt(field.substring(4, 6));
                LocalDate late = dateOf(2000 + yy, month, day);
                LocalDate early = dateOf(1900 + yy, month, day);
                LocalDate date;
                if (past) {
                    date = late != null && !late.isAfter(today) ? late : early;
                } else {
                    date = 2000 + yy <= today.getYear() + 50 ? late : early;
                }
                if (date == null) {
                    problems.add(MrzProblem.of("mrz.problem.noSuchDate", MrzProblem.part(part), field));
                }
                return date;
            }
            boolean unknownParts = field.substring(0, 2).chars().allMatch(Character::isDigit)
                    && field.substring(2).chars().allMatch(c -> c == '<' || Character.isDigit(c));
            if (unknownParts || field.equals("<<<<<<")) {
                notes.add(MrzProblem.of("mrz.note.dateUnknown", MrzProblem.part(part)));
            } else {
                problems.add(MrzProblem.of("mrz.problem.dateUnreadable", MrzProblem.part(part), field));
            }
            return null;
        }

        private static LocalDate dateOf(int year, int month, int day) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private Sex sex(char written) {
            return switch (written) {
                case 'M' -> Sex.LAKI_LAKI;
                case 'F' -> Sex.PEREMPUAN;
                case '<', 'X' -> Sex.TIDAK_DIKETAHUI;
                default -> {
                    problems.add(MrzProblem.of("mrz.problem.sex", String.valueOf(written)));
                    yield Sex.TIDAK_DIKETAHUI;
                }
            };
        }

        private MrzCountries.State state(String field, String part) {
            MrzCountries.State state = MrzCountries.of(field);
            if (state.note() != null) {
                notes.add(MrzProblem.of(state.note(), state.icaoCode(), MrzProblem.part(part)));
            } else if (state.country() == null) {
                notes.add(MrzProblem.of(
                        "mrz.note.unknownState",
                        state.icaoCode().isEmpty() ? field : state.icaoCode(),
                        MrzProblem.part(part)));
            }
            return state;
        }

        private static String words(String field) {
            return field.replace('<', ' ').trim().replaceAll(" +", " ");
        }
    }
}
