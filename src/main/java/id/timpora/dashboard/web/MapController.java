package id.timpora.dashboard.web;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.dashboard.AreaCount;
import id.timpora.dashboard.DashboardArea;
import id.timpora.dashboard.DashboardAreas;
import id.timpora.dashboard.DashboardMap;
import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.GeoShapes;
import id.timpora.dashboard.MapLevel;
import id.timpora.dashboard.MapView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The map (peta pengawasan): counts per area as JSON, scoped like the dashboard, and the boundary files it draws.
 * No map tiles: the shapes are the app's own GeoJSON, served gzipped and cached for a year under a content hash.
 */
@Controller
@RequestMapping("/peta")
@PreAuthorize("hasAnyRole('REPORTER', 'OFFICER')")
class MapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final DashboardAreas areas;
    private final DashboardMap maps;
    private final GeoShapes shapes;
    private final Clock clock;

    MapController(DashboardAreas areas, DashboardMap maps, GeoShapes shapes, Clock clock) {
        this.areas = areas;
        this.maps = maps;
        this.shapes = shapes;
        this.clock = clock;
    }

    /** One area of the map: its count, the dashboard narrowed to it, and the list of its reports. */
    record MapArea(String code, String name, long count, String dashboard, String reports) {}

    /**
     * @param geometry the shapes of the areas; {@code context} those drawn grey around them (the provinces, when the
     *     map shows one province's kabupaten/kota)
     */
    record MapData(
            String level,
            String province,
            String selected,
            String geometry,
            String context,
            long total,
            List<Long> breaks,
            List<MapArea> areas) {}

    @GetMapping("/data")
    @ResponseBody
    ResponseEntity<MapData> data(
            @ModelAttribute DashboardForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request) {
        DashboardPeriod period = form.period(clock, user.zone(), errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().build();
        }
        DashboardArea area = areas.resolve(user, form.getWilayah());
        MapView map = maps.map(area, period);
        DashboardLinks links = new DashboardLinks(request.getContextPath(), period);
        String base = request.getContextPath() + "/peta/";
        String provinces = base + "provinsi.geojson?v=" + shapes.provinces().version();
        String geometry = map.level() == MapLevel.PROVINCE
                ? provinces
                : base + "kabupaten/" + map.provinceCode() + ".geojson?v="
                        + shapes.regenciesOf(map.provinceCode())
                                .orElseThrow(NotFoundException::new)
                                .version();
        List<MapArea> mapAreas =
                map.areas().stream().map(count -> mapArea(count, links)).toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new MapData(
                        map.level().name(),
                        map.provinceCode(),
                        map.selectedCode(),
                        geometry,
                        map.level() == MapLevel.PROVINCE ? null : provinces,
                        map.total(),
                        map.breaks(),
                        mapAreas));
    }

    private static MapArea mapArea(AreaCount count, DashboardLinks links) {
        String code = count.region().code();
        return new MapArea(
                code, count.region().designatedName(), count.count(), links.dashboard(code), links.reports(code));
    }

    @GetMapping("/provinsi.geojson")
    ResponseEntity<byte[]> provinces(
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String accept) {
        return geoJson(shapes.provinces(), accept);
    }

    @GetMapping("/kabupaten/{province}.geojson")
    ResponseEntity<byte[]> regencies(
            @PathVariable String province,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String accept) {
        return geoJson(shapes.regenciesOf(province).orElseThrow(NotFoundException::new), accept);
    }

    private static ResponseEntity<byte[]> geoJson(GeoShapes.Shape shape, String acceptEncoding) {
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(shape.version())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(gzip ? shape.gzipped() : shape.json());
    }
}
