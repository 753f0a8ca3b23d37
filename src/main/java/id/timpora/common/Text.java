package id.timpora.common;

/** Small rules for text typed by users. */
public final class Text {

    private Text() {}

    /** The text without surrounding white space, or null when nothing is left: optional fields store null. */
    public static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
