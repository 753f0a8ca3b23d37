package id.timpora.subject;

/** Passport numbers on lists and panels show only their ends: {@code A12345689} becomes {@code A12••••89}. */
public final class Passports {

    private static final char HIDDEN = '•';

    private Passports() {}

    public static String mask(String passport) {
        if (passport == null || passport.isEmpty()) {
            return passport;
        }
        int length = passport.length();
        int head = length >= 8 ? 3 : length >= 4 ? 1 : 0;
        int tail = length >= 8 ? 2 : length >= 4 ? 1 : 0;
        return passport.substring(0, head)
                + String.valueOf(HIDDEN).repeat(length - head - tail)
                + passport.substring(length - tail);
    }
}
