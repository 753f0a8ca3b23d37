package id.timpora.dashboard;

import java.util.List;

/**
 * The choropleth's data: a count for every area the user's jurisdiction reaches, at the map's level. Areas it does not
 * reach are absent: the map draws them grey, uncounted.
 *
 * @param provinceCode the province shown by kabupaten/kota; null at province level
 * @param selectedCode the area of the map the dashboard is narrowed to (outlined), or null
 * @param breaks upper bounds of the legend's classes (see {@link ClassBreaks})
 */
public record MapView(
        MapLevel level, String provinceCode, String selectedCode, List<AreaCount> areas, List<Long> breaks) {

    public long total() {
        return areas.stream().mapToLong(AreaCount::count).sum();
    }
}
