package id.timpora.dashboard;

import id.timpora.region.Region;
import id.timpora.region.RegionService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's map: a count for every area of it the user's jurisdiction reaches. */
@Service
@Transactional(readOnly = true)
public class DashboardMap {

    private final DashboardQueries queries;
    private final RegionService regions;
    private final Provinces provinces;

    DashboardMap(DashboardQueries queries, RegionService regions, Provinces provinces) {
        this.queries = queries;
        this.regions = regions;
        this.provinces = provinces;
    }

    /**
     * The map for this area: all of Indonesia by province, unless the area lies in one province, which is then shown
     * by kabupaten/kota. Each area of the map is counted over the user's whole jurisdiction (not only the region
     * chosen), so the neighbours of the chosen region show for comparison; nothing outside the jurisdiction counts.
     */
    public MapView map(DashboardArea area, DashboardPeriod period) {
        String province = provinceShown(area);
        boolean national = area.scope().national();
        List<String> targets;
        int level;
        if (province == null) {
            level = 2;
            targets = national ? List.copyOf(provinces.byCode().keySet()) : area.jurisdiction();
        } else {
            level = 5;
            targets = national || area.scope().covers(province)
                    ? regions.children(province).stream().map(Region::code).toList()
                    : area.jurisdiction().stream()
                            .filter(code -> code.startsWith(province + "."))
                            .toList();
        }
        if (area.isEmpty() || targets.isEmpty()) {
            return new MapView(
                    province == null ? MapLevel.PROVINCE : MapLevel.REGENCY, province, null, List.of(), List.of());
        }
        Map<String, Long> byArea = new TreeMap<>();
        queries.totals(targets, area, period)
                .forEach((code, count) -> byArea.merge(code.substring(0, level), count, Long::sum));
        targets.forEach(code -> byArea.putIfAbsent(code.substring(0, level), 0L));
        List<AreaCount> areas = regions.findAll(byArea.keySet()).stream()
                .map(region -> new AreaCount(region, byArea.get(region.code())))
                .toList();
        String selected = area.selected() == null || area.selected().code().length() < 5
                ? null
                : area.selected().code().substring(0, 5);
        return new MapView(
                province == null ? MapLevel.PROVINCE : MapLevel.REGENCY,
                province,
                selected,
                areas,
                ClassBreaks.of(areas.stream().map(AreaCount::count).toList()));
    }

    /** The province whose kabupaten/kota the map shows, or null for the map of provinces. */
    private static String provinceShown(DashboardArea area) {
        if (area.selected() != null) {
            return area.selected().provinceCode();
        }
        if (area.everything()) {
            return null;
        }
        Set<String> touched =
                area.codes().stream().map(code -> code.substring(0, 2)).collect(Collectors.toSet());
        return touched.size() == 1 ? touched.iterator().next() : null;
    }
}
