package id.timpora.infrastructure.bulk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading typed cells: dates in the formats Indonesian spreadsheets use, Excel serial dates, formula detection. */
final class CellValues {

    private static final List<DateTimeFormatter> DATES =
            List.of(strict("uuuu-M-d"), strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu/M/d"));

    private static final List<DateTimeFormatter> TIMES =
            List.of(strict("H:mm"), strict("H:mm:ss"), strict("H.mm"), strict("H.mm.ss"));

    /** Day 0 of Excel's 1900 date system (its serial 60 is the 29 February 1900 that never was). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);

    /** What may follow a leading + or - in a cell that is a phone number or a number, not a formula. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9 ().,/-]*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CellValues() {}

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    static Optional<LocalDate> date(String text) {
        String value = text.trim();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDateTime> dateTime(String text) {
        String value = text.trim().replace('T', ' ');
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(value.substring(0, space));
        String timeText = value.substring(space + 1).trim();
        if (date.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(date.get().atTime(LocalTime.parse(timeText, format)));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    /** An Excel serial date (days since the epoch of the workbook's date system), if it is a plausible one. */
    static Optional<LocalDate> excelDate(BigDecimal serial, boolean date1904) {
        return excelDateTime(serial, date1904).map(LocalDateTime::toLocalDate);
    }

    static Optional<LocalDateTime> excelDateTime(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return Optional.empty();
        }
        long days = serial.longValue();
        BigDecimal fraction = serial.subtract(BigDecimal.valueOf(days));
        long seconds = fraction.multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP)
                .longValue();
        LocalDate epoch = date1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH;
        if (!date1904 && days < 61) {
            // before Excel's fictitious 29 February 1900 the serials are one day off
            epoch = epoch.plusDays(1);
        }
        return Optional.of(epoch.plusDays(days).atStartOfDay().plusSeconds(seconds));
    }

    /**
     * Whether a text cell would be run as a formula by a spreadsheet that opens it (CSV injection): it starts with
     * {@code =} or {@code @}, or with {@code +}/{@code -} followed by anything but a number or a phone number
     * ({@code +62 812-3456}, {@code -5} are data). A leading tab or carriage return does not hide it.
     */
    static boolean looksLikeFormula(String text) {
        String value = text.strip();
        if (value.length() < 2) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        if (first == '+' || first == '-') {
            return !NUMBER_LIKE.matcher(value.substring(1)).matches();
        }
        return false;
    }

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter SHOWN_DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    /** A cell as the preview shows it: a date read (also from an Excel serial) as dd/mm/yyyy, else as typed. */
    static String display(Object value, String typed) {
        if (value instanceof LocalDate date) {
            return SHOWN_DATE.format(date);
        }
        if (value instanceof LocalDateTime time) {
            return SHOWN_DATE_TIME.format(time);
        }
        return typed;
    }

    /** A number as typed in a cell, written plainly ({@code 12345678}, not {@code 1.2345678E7}). */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** For matching labels: lower case, no accents, single spaces. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** For matching headers: as {@link #normalise}, also without a trailing {@code *} (the template's "required"). */
    static String normaliseHeader(String text) {
        String value = normalise(text);
        while (value.endsWith("*")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return value;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
