package id.timpora.region.web;

import id.timpora.region.Region;
import id.timpora.region.RegionCodes;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What the region picker fragment renders: one select per level down to the deepest allowed, filled and chosen on
 * the server for a pre-selected code. The fragment asks for it itself ({@code @regionPicker.state(...)}), so a page
 * that uses the picker needs nothing in its model.
 */
@Component("regionPicker")
public class RegionPicker {

    /** A bindable property path ({@code regionCode}, {@code address.region}, {@code regions[0]}), nothing else. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]]{0,99}");

    private final RegionService regions;

    RegionPicker(RegionService regions) {
        this.regions = regions;
    }

    /**
     * @param fieldName the request parameter that carries the chosen code
     * @param selectedCode the code chosen so far; unknown or malformed codes are dropped, deeper ones cut back to
     *     {@code deepest}
     * @param deepest a {@link RegionLevel} or its name; null for DESA
     */
    public State state(String fieldName, String selectedCode, Object deepest) {
        if (!isValidFieldName(fieldName)) {
            throw new IllegalArgumentException("Not a field name: " + fieldName);
        }
        RegionLevel maxLevel = levelOf(deepest);
        List<String> wanted = RegionCodes.pathOf(
                RegionCodes.atLevel(selectedCode, maxLevel).orElse(selectedCode == null ? null : selectedCode.trim()));
        List<String> parentsToOpen = wanted.stream()
                .filter(code -> code.length() < maxLevel.codeLength())
                .toList();

        Map<String, List<Region>> byParent = new LinkedHashMap<>();
        for (Region region : regions.provincesAndChildrenOf(parentsToOpen)) {
            byParent.computeIfAbsent(keyOf(region.parentCode()), key -> new ArrayList<>())
                    .add(region);
        }
        List<Region> chosen = new ArrayList<>();
        String parent = null;
        for (String code : wanted) {
            Region match = byParent.getOrDefault(keyOf(parent), List.of()).stream()
                    .filter(region -> region.code().equals(code))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                break;
            }
            chosen.add(match);
            parent = code;
        }

        String id = "wilayah-" + fieldName.replaceAll("[^A-Za-z0-9_-]", "-");
        List<Level> levels = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (!level.isAtOrAbove(maxLevel)) {
                break;
            }
            int depth = level.ordinal();
            String parentCode = depth == 0 || chosen.size() < depth
                    ? null
                    : chosen.get(depth - 1).code();
            boolean enabled = depth == 0 || parentCode != null;
            levels.add(new Level(
                    level,
                    id + "-" + level.name().toLowerCase(),
                    parentCode == null ? "" : parentCode,
                    chosen.size() > depth ? chosen.get(depth).code() : "",
                    enabled ? byParent.getOrDefault(keyOf(parentCode), List.of()) : List.of(),
                    enabled));
        }
        String value = chosen.isEmpty() ? "" : chosen.get(chosen.size() - 1).code();
        String label = chosen.isEmpty() ? "" : Region.labelOf(chosen);
        return new State(fieldName, id, maxLevel, value, label, List.copyOf(levels));
    }

    public static boolean isValidFieldName(String fieldName) {
        return fieldName != null && FIELD_NAME.matcher(fieldName).matches();
    }

    private static RegionLevel levelOf(Object deepest) {
        if (deepest == null || deepest.toString().isBlank()) {
            return RegionLevel.DESA;
        }
        return deepest instanceof RegionLevel level ? level : RegionLevel.valueOf(deepest.toString());
    }

    private static String keyOf(String parentCode) {
        return parentCode == null ? "" : parentCode;
    }

    /**
     * @param id the base of every element id inside the picker; unique per field on a page
     * @param value the deepest chosen code, submitted as {@code fieldName}; empty when nothing is chosen
     * @param label the chosen region with its ancestors; empty when nothing is chosen
     */
    public record State(
            String fieldName, String id, RegionLevel deepest, String value, String label, List<Level> levels) {}

    /**
     * One select.
     *
     * @param emptyValue what choosing the placeholder sends: the parent's code, so the choice goes back one level
     * @param selected the chosen code at this level; empty when none
     * @param enabled false until the level above is chosen
     */
    public record Level(
            RegionLevel level, String id, String emptyValue, String selected, List<Region> options, boolean enabled) {}
}
