package id.timpora.meeting;

import java.util.List;
import java.util.regex.Pattern;

/** The decisions of a meeting are typed one per line; shown and printed as a numbered list. */
final class Decisions {

    /** A number or bullet the user typed themselves ("1.", "2)", "-", "*"): the list numbers the lines anyway. */
    private static final Pattern OWN_MARKER = Pattern.compile("^\\s*(\\d{1,3}[.)]|[-*•])\\s+");

    private Decisions() {}

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines()
                .map(line -> OWN_MARKER.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
