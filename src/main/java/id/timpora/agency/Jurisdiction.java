package id.timpora.agency;

import java.util.List;
import java.util.Set;

/**
 * The regions a user may see: their agency's regions and everything below them, or everything for a national (pusat)
 * agency. Dotted Kemendagri codes make "below" a prefix: {@code 61.06} covers {@code 61.06.01.2001}, and because
 * every segment has a fixed width a prefix can never match a sibling.
 */
public record Jurisdiction(boolean national, Set<String> regionCodes) {

    private static final Jurisdiction NOTHING = new Jurisdiction(false, Set.of());
    private static final Jurisdiction EVERYTHING = new Jurisdiction(true, Set.of());

    public Jurisdiction {
        regionCodes = Set.copyOf(regionCodes);
    }

    public static Jurisdiction nothing() {
        return NOTHING;
    }

    public static Jurisdiction everything() {
        return EVERYTHING;
    }

    public boolean isEmpty() {
        return !national && regionCodes.isEmpty();
    }

    public boolean covers(String regionCode) {
        if (national) {
            return true;
        }
        if (regionCode == null) {
            return false;
        }
        return regionCodes.stream().anyMatch(code -> regionCode.equals(code) || regionCode.startsWith(code + "."));
    }

    /** The jurisdiction's codes of one level: 2 characters for provinces, 5 for kabupaten/kota, 8 for kecamatan. */
    public List<String> codesOfLength(int length) {
        return regionCodes.stream()
                .filter(code -> code.length() == length)
                .sorted()
                .toList();
    }
}
