package id.timpora.infrastructure.web;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Input no person types but an attacker sends: a NUL byte in text (PostgreSQL cannot store it), a date in a year no
 * calendar of ours has (PostgreSQL and {@code java.sql.Timestamp} cannot hold {@code -999999999-01-01}). The binder
 * turns it into a message beside the field of a form being saved, and into a 400 page for anything else; see
 * {@link ErrorHandling}. The message key says which.
 */
public final class RejectedInput extends IllegalArgumentException {

    public static final String NUL = "input.nul";
    public static final String DATE_RANGE = "input.dateRange";
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public RejectedInput(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** True for a date (or date-time) whose year has four digits: every date a person means; also for code that parses dates itself. */
    public static boolean plausible(TemporalAccessor date) {
        if (date == null || !date.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = date.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    static <T extends TemporalAccessor> T requirePlausible(T date) {
        if (!plausible(date)) {
            throw new RejectedInput(DATE_RANGE);
        }
        return date;
    }

    static String requireNoNul(String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new RejectedInput(NUL);
        }
        return text;
    }
}
