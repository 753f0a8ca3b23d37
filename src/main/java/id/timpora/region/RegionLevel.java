package id.timpora.region;

import java.util.Optional;

/** The four tiers of the Kemendagri hierarchy, each with its own code length; labels under {@code region.level.*}. */
public enum RegionLevel {
    PROVINSI(2),
    KABUPATEN_KOTA(5),
    KECAMATAN(8),
    DESA(13);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public String messageKey() {
        return "region.level." + name();
    }

    /** Whether this level is {@code other} or above it (a province is at or above every level). */
    public boolean isAtOrAbove(RegionLevel other) {
        return ordinal() <= other.ordinal();
    }

    /** The level of a well-formed code; empty for anything else. */
    public static Optional<RegionLevel> ofCode(String code) {
        if (!RegionCodes.isValid(code)) {
            return Optional.empty();
        }
        for (RegionLevel level : values()) {
            if (level.codeLength == code.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
