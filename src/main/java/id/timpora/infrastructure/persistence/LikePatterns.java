package id.timpora.infrastructure.persistence;

/** Text typed by a user, made safe inside a SQL {@code LIKE} pattern (PostgreSQL's default escape, the backslash). */
public final class LikePatterns {

    private LikePatterns() {}

    /** The text with {@code \}, {@code %} and {@code _} escaped, so that it matches only itself. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
