package id.timpora.region;

/**
 * One search hit.
 *
 * @param label the region with its ancestors, e.g. "Desa Keude Bakongan, Kec. Bakongan, Kabupaten Aceh Selatan,
 *     Provinsi Aceh"
 */
public record RegionMatch(String code, String name, RegionLevel level, RegionKind kind, String label) {}
