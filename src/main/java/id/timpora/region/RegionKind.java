package id.timpora.region;

/**
 * What a kabupaten/kota or a village is, read from its code (Permendagri 58/2021): regency segment 01–69 is a
 * kabupaten and 71–99 a kota; a village segment starting with 1 is a kelurahan, 2 a desa, 3 a desa adat. Labels
 * under {@code region.kind.*}.
 */
public enum RegionKind {
    KABUPATEN("Kabupaten"),
    KOTA("Kota"),
    DESA("Desa"),
    KELURAHAN("Kelurahan"),
    DESA_ADAT("Desa Adat");

    private final String designation;

    RegionKind(String designation) {
        this.designation = designation;
    }

    /** The official Indonesian designation that goes before the name ("Desa Keude Bakongan"). */
    public String designation() {
        return designation;
    }

    public String messageKey() {
        return "region.kind." + name();
    }
}
