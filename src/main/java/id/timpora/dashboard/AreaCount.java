package id.timpora.dashboard;

import id.timpora.region.Region;
import java.util.Comparator;
import java.util.List;

/** The reports of one region in the period (a row of the drill-down table, an area of the map). */
public record AreaCount(Region region, long count) {

    /**
     * The regions with reports, most first (ties by name), and those without, by name: the drill-down shows the first
     * and folds the second, so 29 provinces at 0 do not bury the nine that matter.
     *
     * @param largest the highest count, for the bars beside the figures (at least 1)
     */
    public record Ranking(List<AreaCount> counted, List<AreaCount> zeros, long largest) {

        public boolean isEmpty() {
            return counted.isEmpty() && zeros.isEmpty();
        }
    }

    public static Ranking rank(List<AreaCount> counts) {
        Comparator<AreaCount> byName = Comparator.comparing(row -> row.region().name());
        List<AreaCount> counted = counts.stream()
                .filter(row -> row.count() > 0)
                .sorted(Comparator.comparingLong(AreaCount::count).reversed().thenComparing(byName))
                .toList();
        List<AreaCount> zeros =
                counts.stream().filter(row -> row.count() == 0).sorted(byName).toList();
        long largest = counted.isEmpty() ? 1 : counted.get(0).count();
        return new Ranking(counted, zeros, largest);
    }
}
