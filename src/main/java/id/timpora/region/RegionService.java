package id.timpora.region;

import id.timpora.infrastructure.persistence.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the region hierarchy (loaded once by migration V3, never written by the application). */
@Service
@Transactional(readOnly = true)
public class RegionService {

    /** Shorter queries find nothing: they would match a large part of the country. */
    public static final int MIN_SEARCH_CHARACTERS = RegionSearch.MIN_CHARACTERS;

    private static final String COLUMNS = "code, parent_code, level, kind, name, province_code, time_zone";

    private static final RowMapper<Region> REGION = (rs, i) -> new Region(
            rs.getString("code"),
            rs.getString("parent_code"),
            RegionLevel.valueOf(rs.getString("level")),
            Rows.enumValue(rs, "kind", RegionKind.class),
            rs.getString("name"),
            rs.getString("province_code"),
            ZoneId.of(rs.getString("time_zone")));

    private final JdbcClient jdbc;

    RegionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        if (!RegionCodes.isValid(code)) {
            return Optional.empty();
        }
        return regions("code = :codes", code).stream().findFirst();
    }

    /** The regions of these codes, in code order; unknown and malformed codes are left out. */
    public List<Region> findAll(Collection<String> codes) {
        String[] valid = codes.stream().filter(RegionCodes::isValid).distinct().toArray(String[]::new);
        if (valid.length == 0) {
            return List.of();
        }
        return regions("code = any(:codes::text[]) order by code", valid);
    }

    public boolean exists(String code) {
        return RegionCodes.isValid(code)
                && jdbc.sql("select exists (select 1 from region where code = :code)")
                        .param("code", code)
                        .query(Boolean.class)
                        .single();
    }

    public List<Region> provinces() {
        return regions("parent_code is null order by name, code", null);
    }

    /** The regions directly below this one, by name; empty for a village or an unknown code. */
    public List<Region> children(String parentCode) {
        if (!RegionCodes.isValid(parentCode)) {
            return List.of();
        }
        return regions("parent_code = :codes order by name, code", parentCode);
    }

    /**
     * All provinces plus the children of each given region, by name, in one query: what cascading selects show for a
     * chosen region.
     */
    public List<Region> provincesAndChildrenOf(Collection<String> parentCodes) {
        String[] parents = parentCodes.stream().filter(RegionCodes::isValid).toArray(String[]::new);
        return regions("parent_code is null or parent_code = any(:codes::text[]) order by name, code", parents);
    }

    /** The province, the regions between, and the region itself, in one query; empty for an unknown code. */
    public List<Region> path(String code) {
        List<String> codes = RegionCodes.pathOf(code);
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Region> path = regions("code = any(:codes::text[]) order by length(code)", codes.toArray(String[]::new));
        return path.size() == codes.size() ? path : List.of();
    }

    /** "Desa Keude Bakongan, Kec. Bakongan, Kabupaten Aceh Selatan, Provinsi Aceh"; empty for an unknown code. */
    public Optional<String> label(String code) {
        List<Region> path = path(code);
        return path.isEmpty() ? Optional.empty() : Optional.of(Region.labelOf(path));
    }

    public Optional<ZoneId> timeZoneOf(String code) {
        if (!RegionCodes.isValid(code)) {
            return Optional.empty();
        }
        return jdbc.sql("select time_zone from region where code = :code")
                .param("code", code)
                .query(String.class)
                .optional()
                .map(ZoneId::of);
    }

    /** Type-to-search over all of Indonesia and every level. See {@link RegionSearch} for matching and ranking. */
    public List<RegionMatch> search(String query, int limit) {
        return search(query, limit, null, RegionLevel.DESA);
    }

    /**
     * Type-to-search restricted to some areas (e.g. a jurisdiction): only those regions and the ones below them. An
     * empty collection finds nothing.
     */
    public List<RegionMatch> search(String query, int limit, Collection<String> withinCodes) {
        return search(query, limit, withinCodes == null ? List.of() : withinCodes, RegionLevel.DESA);
    }

    /**
     * @param withinCodes null for all of Indonesia
     * @param deepest the lowest level to return (KECAMATAN leaves villages out)
     */
    public List<RegionMatch> search(String query, int limit, Collection<String> withinCodes, RegionLevel deepest) {
        return RegionSearch.of(query, limit, withinCodes, deepest)
                .map(statement -> statement.on(jdbc).query(RegionService::match).list())
                .orElse(List.of());
    }

    /** The regions that meet the condition (and its order), its {@code :codes} bound to a code or an array of them. */
    private List<Region> regions(String conditionAndOrder, Object codes) {
        return jdbc.sql("select " + COLUMNS + " from region where " + conditionAndOrder)
                .param("codes", codes)
                .query(REGION)
                .list();
    }

    private static RegionMatch match(ResultSet rs, int row) throws SQLException {
        RegionLevel level = RegionLevel.valueOf(rs.getString("level"));
        RegionKind kind = Rows.enumValue(rs, "kind", RegionKind.class);
        String name = rs.getString("name");
        List<String> label = new ArrayList<>(4);
        label.add(Region.designatedName(level, kind, name));
        if (rs.getString("district_name") != null) {
            label.add(Region.designatedName(RegionLevel.KECAMATAN, null, rs.getString("district_name")));
        }
        if (rs.getString("regency_name") != null) {
            label.add(Region.designatedName(
                    RegionLevel.KABUPATEN_KOTA,
                    Rows.enumValue(rs, "regency_kind", RegionKind.class),
                    rs.getString("regency_name")));
        }
        if (rs.getString("province_name") != null) {
            label.add(Region.designatedName(RegionLevel.PROVINSI, null, rs.getString("province_name")));
        }
        return new RegionMatch(rs.getString("code"), name, level, kind, String.join(", ", label));
    }
}
