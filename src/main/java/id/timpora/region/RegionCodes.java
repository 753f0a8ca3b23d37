package id.timpora.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pure string logic on dotted Kemendagri codes ({@code 61}, {@code 61.06}, {@code 61.06.01}, {@code 61.06.01.2001}):
 * a parent's code is the child's code without its last segment, so ancestry needs no database.
 */
public final class RegionCodes {

    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final int[] PREFIX_LENGTHS = {2, 5, 8};

    private RegionCodes() {}

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The codes above this one, province first: {@code 61.06.01} gives {@code [61, 61.06]}. Empty if malformed. */
    public static List<String> ancestorsOf(String code) {
        if (!isValid(code)) {
            return List.of();
        }
        List<String> ancestors = new ArrayList<>(3);
        for (int length : PREFIX_LENGTHS) {
            if (length < code.length()) {
                ancestors.add(code.substring(0, length));
            }
        }
        return List.copyOf(ancestors);
    }

    /** The ancestors and the code itself, province first. Empty if malformed. */
    public static List<String> pathOf(String code) {
        if (!isValid(code)) {
            return List.of();
        }
        List<String> path = new ArrayList<>(ancestorsOf(code));
        path.add(code);
        return List.copyOf(path);
    }

    public static Optional<String> parentOf(String code) {
        List<String> ancestors = ancestorsOf(code);
        return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(ancestors.size() - 1));
    }

    /** The ancestor (or the code itself) at the given level; empty if the code is above that level or malformed. */
    public static Optional<String> atLevel(String code, RegionLevel level) {
        if (!isValid(code) || code.length() < level.codeLength()) {
            return Optional.empty();
        }
        return Optional.of(code.substring(0, level.codeLength()));
    }

    /** Whether {@code code} is {@code area} or lies below it: {@code 61.06.01} is within {@code 61} and {@code 61.06}. */
    public static boolean isWithin(String code, String area) {
        return isValid(code) && isValid(area) && (code.equals(area) || code.startsWith(area + "."));
    }

    /**
     * The deepest region all these areas lie in (or are): {@code [51.03, 51.02]} gives {@code 51}, {@code [62.13]} gives
     * {@code 62.13}; empty when they share no province, or for no areas.
     */
    public static Optional<String> commonArea(Collection<String> areas) {
        if (areas == null || areas.isEmpty() || !areas.stream().allMatch(RegionCodes::isValid)) {
            return Optional.empty();
        }
        String common = null;
        List<String> candidates = new ArrayList<>(pathOf(areas.iterator().next()));
        for (String candidate : candidates) {
            if (areas.stream().allMatch(area -> isWithin(area, candidate))) {
                common = candidate;
            }
        }
        return Optional.ofNullable(common);
    }

    public static boolean isWithinAny(String code, Collection<String> areas) {
        return areas.stream().anyMatch(area -> isWithin(code, area));
    }

    /**
     * Dots a code typed the way a KTP prints it ({@code 6106012001} becomes {@code 61.06.01.2001}); a prefix stays a
     * prefix ({@code 610} becomes {@code 61.0}). Dotted input is returned as it is. Empty if it is not a code.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.trim();
        if (!trimmed.matches("[0-9][0-9.]*")) {
            return Optional.empty();
        }
        if (trimmed.contains(".")) {
            return Optional.of(trimmed);
        }
        if (trimmed.length() > 10) {
            return Optional.empty();
        }
        StringBuilder dotted = new StringBuilder(13);
        for (int i = 0; i < trimmed.length(); i++) {
            if (i == 2 || i == 4 || i == 6) {
                dotted.append('.');
            }
            dotted.append(trimmed.charAt(i));
        }
        return Optional.of(dotted.toString());
    }
}
