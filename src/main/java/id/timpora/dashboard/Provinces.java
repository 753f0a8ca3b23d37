package id.timpora.dashboard;

import id.timpora.region.Region;
import id.timpora.region.RegionService;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The provinces by code, read once: regions are loaded by a migration and never change while the application runs. */
@Component
class Provinces {

    private final RegionService regions;
    private volatile Map<String, Region> byCode;

    Provinces(RegionService regions) {
        this.regions = regions;
    }

    /** Every province, in code order. */
    Map<String, Region> byCode() {
        Map<String, Region> known = byCode;
        if (known == null) {
            known = regions.provinces().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity(), (a, b) -> a, TreeMap::new));
            byCode = known;
        }
        return known;
    }
}
