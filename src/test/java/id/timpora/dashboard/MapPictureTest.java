package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.region.Region;
import id.timpora.region.RegionLevel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PDF's map: the app's shapes filled like the browser's map, areas outside the jurisdiction grey. */
class MapPictureTest {

    private final MapPicture pictures = new MapPicture(new GeoShapes());

    @Test
    void theProvincesOfAKabupatenMapAreFilledByTheirClass() throws Exception {
        // Kalimantan Barat by kabupaten/kota: Kapuas Hulu counted (the darkest class), Sintang at 0, the rest outside.
        MapView map = new MapView(
                MapLevel.REGENCY,
                "61",
                null,
                List.of(area("61.06", "Kabupaten Kapuas Hulu", 40), area("61.05", "Kabupaten Sintang", 0)),
                List.of(10L, 40L));

        byte[] png = pictures.png(map, 800).orElseThrow();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/pdf-map-61.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(800);
        List<Integer> colours = new java.util.ArrayList<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours)
                .contains(MapPicture.CLASS_COLOURS.get(4).getRGB() & 0xFFFFFF)
                .contains(MapPicture.ZERO_COLOUR.getRGB() & 0xFFFFFF)
                .contains(MapPicture.OUTSIDE_COLOUR.getRGB() & 0xFFFFFF);
        assertThat(pictures.legend(map))
                .extracting(MapPicture.LegendEntry::from, MapPicture.LegendEntry::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(1L, 10L),
                        org.assertj.core.groups.Tuple.tuple(11L, 40L));
        assertThat(MapPicture.colourOf(5, List.of(10L, 40L))).isEqualTo(MapPicture.CLASS_COLOURS.get(0));
        assertThat(MapPicture.colourOf(40, List.of(10L, 40L))).isEqualTo(new Color(0x08519c));
    }

    @Test
    void thereIsNoPictureForAProvinceWithoutShapes() {
        assertThat(pictures.png(new MapView(MapLevel.REGENCY, "99", null, List.of(), List.of()), 800))
                .isEmpty();
    }

    private static AreaCount area(String code, String name, long count) {
        return new AreaCount(
                new Region(code, "61", RegionLevel.KABUPATEN_KOTA, null, name, "61", ZoneId.of("Asia/Jakarta")), count);
    }
}
