package id.timpora.report;

/**
 * Passport numbers in lists and summaries: enough to tell two reports apart at a glance, never enough to use.
 * {@code A12345689} becomes {@code A12••••89}; shorter numbers show less, and very short ones nothing.
 */
public final class PassportMask {

    private static final char HIDDEN = '•';

    private PassportMask() {}

    public static String mask(String passport) {
        if (passport == null || passport.isEmpty()) {
            return passport;
        }
        int length = passport.length();
        int shownAtStart = length >= 8 ? 3 : length >= 5 ? 1 : 0;
        int shownAtEnd = length >= 8 ? 2 : length >= 5 ? 1 : 0;
        return passport.substring(0, shownAtStart)
                + String.valueOf(HIDDEN).repeat(length - shownAtStart - shownAtEnd)
                + passport.substring(length - shownAtEnd);
    }
}
