package id.timpora.region.web;

import id.timpora.region.Region;
import id.timpora.region.RegionLevel;
import id.timpora.region.RegionService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The region look-up page and the htmx parts of the region picker. Read-only reference data, open to every signed-in
 * user.
 */
@Controller
@RequestMapping("/wilayah")
class RegionController {

    private static final int SEARCH_LIMIT = 10;

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    /** Look up a region: the picker, and for a chosen code its full name, level and time zone. */
    @GetMapping
    String lookup(@RequestParam(name = "kode", required = false) String code, Model model) {
        List<Region> path = regions.path(code == null ? null : code.trim());
        model.addAttribute("code", code);
        model.addAttribute("region", path.isEmpty() ? null : path.get(path.size() - 1));
        model.addAttribute("label", path.isEmpty() ? null : Region.labelOf(path));
        return "region/lookup";
    }

    /** {@code <option>}s of the regions below {@code induk} (the provinces without it), after a placeholder. */
    @GetMapping("/anak")
    String children(@RequestParam(name = "induk", required = false) String parentCode, Model model) {
        boolean provinces = parentCode == null || parentCode.isBlank();
        model.addAttribute("children", provinces ? regions.provinces() : regions.children(parentCode.trim()));
        return "region/options :: options";
    }

    /** The whole picker again with {@code kode} chosen: what each select and each search hit asks for. */
    @GetMapping("/pemilih")
    String picker(
            @RequestParam("kolom") String fieldName,
            @RequestParam(name = "kode", required = false) String code,
            @RequestParam(name = "sampai", defaultValue = "DESA") RegionLevel deepest,
            Model model) {
        requireFieldName(fieldName);
        model.addAttribute("fieldName", fieldName);
        model.addAttribute("selectedCode", code);
        model.addAttribute("deepest", deepest);
        return "region/picker";
    }

    /** Search hits for the picker's search box; each one, clicked, re-renders the picker with it chosen. */
    @GetMapping("/cari")
    String search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam("kolom") String fieldName,
            @RequestParam(name = "sampai", defaultValue = "DESA") RegionLevel deepest,
            Model model) {
        requireFieldName(fieldName);
        model.addAttribute("fieldName", fieldName);
        model.addAttribute("deepest", deepest);
        int typed = query.strip().length();
        model.addAttribute("blank", typed == 0);
        model.addAttribute("tooShort", typed > 0 && typed < RegionService.MIN_SEARCH_CHARACTERS);
        model.addAttribute("matches", regions.search(query, SEARCH_LIMIT, null, deepest));
        return "region/search-results :: results";
    }

    private static void requireFieldName(String fieldName) {
        if (!RegionPicker.isValidFieldName(fieldName)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
