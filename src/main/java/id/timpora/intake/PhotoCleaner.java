package id.timpora.intake;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos sent by the public are decoded and encoded again with ImageIO: only the pixels survive, so EXIF (the phone's
 * location, its serial number, the time) and any other metadata or trailing bytes are gone. Only JPEG and PNG are
 * taken, recognised by their first bytes; the size is read from the header before the pixels are decoded, so a small
 * file claiming a huge picture is refused without allocating it. A JPEG's EXIF orientation is applied to the pixels
 * before they are encoded again (the re-encoded file has no EXIF to say it, so the photo would otherwise show
 * sideways); its GPS position is read ({@link #location}) and kept only when the sender chose to share it, as the
 * report's coordinates: never the rest of the EXIF.
 */
final class PhotoCleaner {

    static final long MAX_PIXELS = 40_000_000L;

    record Clean(String contentType, byte[] content) {}

    private PhotoCleaner() {}

    static Optional<Clean> clean(byte[] bytes) {
        String format = format(bytes);
        if (format == null) {
            return Optional.empty();
        }
        try {
            BufferedImage image = read(bytes);
            if (image == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format.equals("jpeg")) {
                // JPEG has no alpha: draw onto plain RGB (a JPEG the reader gave another type stays readable), turned
                // the way the camera's EXIF orientation says
                int orientation = Exif.read(bytes).orientation();
                boolean swap = orientation >= 5;
                int width = swap ? image.getHeight() : image.getWidth();
                int height = swap ? image.getWidth() : image.getHeight();
                BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = rgb.createGraphics();
                try {
                    graphics.drawImage(image, orientation(orientation, image.getWidth(), image.getHeight()), null);
                } finally {
                    graphics.dispose();
                }
                image = rgb;
            }
            if (!ImageIO.write(image, format, out)) {
                return Optional.empty();
            }
            return Optional.of(new Clean("image/" + format, out.toByteArray()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The GPS position a JPEG's EXIF holds, as {latitude, longitude}; empty for a PNG or a photo without one. */
    static Optional<double[]> location(byte[] bytes) {
        return "jpeg".equals(format(bytes)) ? Exif.read(bytes).position() : Optional.empty();
    }

    /** The transform that draws a w×h picture stored with this EXIF orientation upright (x' = m00·x + m01·y + m02). */
    static AffineTransform orientation(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored vertically
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transverse
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned 90° anticlockwise
            default -> new AffineTransform();
        };
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** "jpeg" or "png" by the file's first bytes; null for anything else. */
    static String format(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        int[] png = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
        if (content.length < png.length) {
            return null;
        }
        for (int i = 0; i < png.length; i++) {
            if ((content[i] & 0xFF) != png[i]) {
                return null;
            }
        }
        return "png";
    }
}
