package id.timpora.intake;

import java.util.Optional;

/**
 * The two things read from a JPEG's EXIF (APP1) segment, and nothing else: the orientation (so that a re-encoded photo
 * is not sideways) and the GPS position (kept only when the sender chose to share it). A small reader of the TIFF
 * structure: anything malformed reads as "not there", never as an error.
 */
final class Exif {

    /** EXIF orientation 1..8; 1 (as stored) when absent. {@code latitude}/{@code longitude} null when absent. */
    record Info(int orientation, Double latitude, Double longitude) {

        Optional<double[]> position() {
            return latitude == null || longitude == null
                    ? Optional.empty()
                    : Optional.of(new double[] {latitude, longitude});
        }
    }

    static final Info NONE = new Info(1, null, null);

    private static final int ORIENTATION = 0x0112;
    private static final int GPS_IFD = 0x8825;

    private final byte[] data;
    private final int base;
    private final boolean little;

    private Exif(byte[] data, int base, boolean little) {
        this.data = data;
        this.base = base;
        this.little = little;
    }

    static Info read(byte[] jpeg) {
        try {
            int at = app1(jpeg);
            if (at < 0) {
                return NONE;
            }
            int base = at + 6; // after "Exif\0\0"
            boolean little;
            if (jpeg[base] == 'I' && jpeg[base + 1] == 'I') {
                little = true;
            } else if (jpeg[base] == 'M' && jpeg[base + 1] == 'M') {
                little = false;
            } else {
                return NONE;
            }
            Exif exif = new Exif(jpeg, base, little);
            if (exif.u16(2) != 42) {
                return NONE;
            }
            int ifd0 = (int) exif.u32(4);
            int orientation = 1;
            long gps = -1;
            int count = exif.u16(ifd0);
            for (int i = 0; i < count; i++) {
                int entry = ifd0 + 2 + i * 12;
                int tag = exif.u16(entry);
                if (tag == ORIENTATION) {
                    int value = exif.u16(entry + 8);
                    orientation = value >= 1 && value <= 8 ? value : 1;
                } else if (tag == GPS_IFD) {
                    gps = exif.u32(entry + 8);
                }
            }
            Double latitude = null;
            Double longitude = null;
            if (gps > 0) {
                char latRef = 0;
                char lonRef = 0;
                double lat = Double.NaN;
                double lon = Double.NaN;
                int gpsCount = exif.u16((int) gps);
                for (int i = 0; i < gpsCount; i++) {
                    int entry = (int) gps + 2 + i * 12;
                    int tag = exif.u16(entry);
                    switch (tag) {
                        case 1 -> latRef = (char) jpeg[base + entry + 8];
                        case 2 -> lat = exif.degrees((int) exif.u32(entry + 8));
                        case 3 -> lonRef = (char) jpeg[base + entry + 8];
                        case 4 -> lon = exif.degrees((int) exif.u32(entry + 8));
                        default -> {}
                    }
                }
                if (!Double.isNaN(lat)
                        && !Double.isNaN(lon)
                        && (latRef == 'N' || latRef == 'S')
                        && (lonRef == 'E' || lonRef == 'W')) {
                    latitude = latRef == 'S' ? -lat : lat;
                    longitude = lonRef == 'W' ? -lon : lon;
                }
            }
            return new Info(orientation, latitude, longitude);
        } catch (RuntimeException malformed) {
            return NONE;
        }
    }

    /** Where the APP1 "Exif" segment's payload starts, or -1. */
    private static int app1(byte[] jpeg) {
        int at = 2;
        while (at + 4 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return -1; // the pixels start: no EXIF before them
            }
            if (marker == 0xE1
                    && at + 10 < jpeg.length
                    && jpeg[at + 4] == 'E'
                    && jpeg[at + 5] == 'x'
                    && jpeg[at + 6] == 'i'
                    && jpeg[at + 7] == 'f') {
                return at + 4;
            }
            at += 2 + length;
        }
        return -1;
    }

    /** Three RATIONALs (degrees, minutes, seconds) at this offset, as decimal degrees. */
    private double degrees(int offset) {
        double degrees = rational(offset);
        double minutes = rational(offset + 8);
        double seconds = rational(offset + 16);
        return degrees + minutes / 60 + seconds / 3600;
    }

    private double rational(int offset) {
        long numerator = u32(offset);
        long denominator = u32(offset + 4);
        if (denominator == 0) {
            throw new IllegalArgumentException("zero denominator");
        }
        return (double) numerator / denominator;
    }

    private int u16(int offset) {
        int a = data[base + offset] & 0xFF;
        int b = data[base + offset + 1] & 0xFF;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private long u32(int offset) {
        long a = data[base + offset] & 0xFF;
        long b = data[base + offset + 1] & 0xFF;
        long c = data[base + offset + 2] & 0xFF;
        long d = data[base + offset + 3] & 0xFF;
        return little ? (d << 24) | (c << 16) | (b << 8) | a : (a << 24) | (b << 16) | (c << 8) | d;
    }
}
