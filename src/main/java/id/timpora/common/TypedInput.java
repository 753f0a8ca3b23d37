package id.timpora.common;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and decimals as people type them into a text field. A browser's own date, time and number inputs send
 * an empty value for what they cannot read (31/02/2027), so the server would never see the mistake; forms therefore
 * take plain text and read it here, strictly: an impossible date is refused, never rolled over or dropped.
 *
 * <p>Dates are written {@code dd/mm/yyyy} (also with {@code -} or {@code .} and one-digit day or month); the ISO form
 * {@code yyyy-mm-dd} is read too, because links and bookmarks carry it. Years outside 1900–2199 are refused. Times are
 * {@code hh:mm} or {@code hh.mm} (how Indonesians write them). Decimals take a point or a comma.
 */
public final class TypedInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,12}([.,]\\d{1,12})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private TypedInput() {}

    /** The date typed, or null for blank text; {@link IllegalArgumentException} for text that is not a real date. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        int year;
        int month;
        int day;
        Matcher matcher = DAY_FIRST.matcher(typed);
        if (matcher.matches()) {
            day = Integer.parseInt(matcher.group(1));
            month = Integer.parseInt(matcher.group(3));
            year = Integer.parseInt(matcher.group(4));
        } else if ((matcher = ISO.matcher(typed)).matches()) {
            year = Integer.parseInt(matcher.group(1));
            month = Integer.parseInt(matcher.group(2));
            day = Integer.parseInt(matcher.group(3));
        } else {
            throw new IllegalArgumentException("not a date");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("no such date", impossible);
        }
    }

    /** "17/08/2026"; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The time typed, or null for blank text; {@link IllegalArgumentException} for text that is not a clock time. */
    public static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a time");
        }
        try {
            return LocalTime.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("no such time", impossible);
        }
    }

    /** "14:30"; empty for null. */
    public static String time(LocalTime time) {
        return time == null ? "" : CLOCK.format(time);
    }

    /** The decimal typed ("-0,5" or "-0.5"), or null for blank text; {@link IllegalArgumentException} otherwise. */
    public static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (!DECIMAL.matcher(typed).matches()) {
            throw new IllegalArgumentException("not a decimal");
        }
        return new BigDecimal(typed.replace(',', '.'));
    }
}
