package id.timpora.region;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One region of the Kemendagri hierarchy, read-only.
 *
 * @param kind KABUPATEN or KOTA for a kabupaten/kota, DESA, KELURAHAN or DESA_ADAT for a village, null otherwise
 * @param timeZone the zone of the region's province (WIB, WITA or WIT)
 */
public record Region(
        String code,
        String parentCode,
        RegionLevel level,
        RegionKind kind,
        String name,
        String provinceCode,
        ZoneId timeZone) {

    /** The name with its official designation, as in "Kec. Bakongan" or "Provinsi Aceh". */
    public String designatedName() {
        return designatedName(level, kind, name);
    }

    /**
     * The designations are part of the official Indonesian names, so they are not translated. Kabupaten/kota names
     * already carry theirs ("Kabupaten Kapuas Hulu", "Kota Administrasi Jakarta Utara"), as do the desa adat.
     */
    static String designatedName(RegionLevel level, RegionKind kind, String name) {
        return switch (level) {
            case PROVINSI -> "Provinsi " + name;
            case KECAMATAN -> "Kec. " + name;
            case KABUPATEN_KOTA, DESA -> kind == null || name.startsWith(kind.designation() + " ")
                    ? name
                    : kind.designation() + " " + name;
        };
    }

    /**
     * The full label of the last region of a path (province first), region first: "Desa Keude Bakongan, Kec.
     * Bakongan, Kabupaten Aceh Selatan, Provinsi Aceh".
     */
    public static String labelOf(List<Region> path) {
        List<String> names = new ArrayList<>(path.size());
        for (int i = path.size() - 1; i >= 0; i--) {
            names.add(path.get(i).designatedName());
        }
        return String.join(", ", names);
    }
}
