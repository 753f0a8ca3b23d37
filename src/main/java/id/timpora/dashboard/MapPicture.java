package id.timpora.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The choropleth of the dashboard's map drawn as a picture, for the periodic PDF: the same shapes (the app's own
 * GeoJSON), the same classes and colours as the map in the browser ({@code js/map.js}), areas outside the jurisdiction
 * grey, the chosen area outlined. No tiles, nothing fetched: the PDF is made on the server from what it has.
 */
@Component
public class MapPicture {

    /** The colours of map.js: five classes, a colour for 0, grey for areas not counted. */
    static final List<Color> CLASS_COLOURS = List.of(
            new Color(0xc6dbef), new Color(0x9ecae1), new Color(0x6baed6), new Color(0x3182bd), new Color(0x08519c));

    static final Color ZERO_COLOUR = new Color(0xf7fbff);
    static final Color OUTSIDE_COLOUR = new Color(0xd4d8dd);
    static final Color SELECTED_BORDER = new Color(0xc8a24a);
    static final Color BORDER = new Color(0x8a9bb0);

    /** One class of the legend: its colour as {@code #rrggbb} and the counts it holds. */
    public record LegendEntry(String colour, long from, long to) {}

    private final GeoShapes shapes;
    private final JsonMapper mapper = JsonMapper.builder().build();

    MapPicture(GeoShapes shapes) {
        this.shapes = shapes;
    }

    /** The map as a PNG this many pixels wide; empty when there are no shapes for it. */
    public Optional<byte[]> png(MapView map, int width) {
        Optional<GeoShapes.Shape> shape = map.level() == MapLevel.PROVINCE
                ? Optional.of(shapes.provinces())
                : shapes.regenciesOf(map.provinceCode());
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Path2D> outlines = outlines(mapper.readTree(shape.get().json()));
        if (outlines.isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D bounds = null;
        for (Path2D outline : outlines.values()) {
            bounds = bounds == null ? outline.getBounds2D() : bounds.createUnion(outline.getBounds2D());
        }
        double scale = width / bounds.getWidth();
        int height = Math.max(1, (int) Math.ceil(bounds.getHeight() * scale));
        AffineTransform project = new AffineTransform();
        project.scale(scale, -scale); // latitude grows upwards, pixels downwards
        project.translate(-bounds.getMinX(), -bounds.getMaxY());

        Map<String, Long> counts = new HashMap<>();
        map.areas().forEach(area -> counts.put(area.region().code(), area.count()));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setStroke(new BasicStroke(0.6f));
            Path2D selected = null;
            for (Map.Entry<String, Path2D> entry : outlines.entrySet()) {
                java.awt.Shape projected = project.createTransformedShape(entry.getValue());
                Long count = counts.get(entry.getKey());
                g.setColor(count == null ? OUTSIDE_COLOUR : colourOf(count, map.breaks()));
                g.fill(projected);
                g.setColor(BORDER);
                g.draw(projected);
                if (entry.getKey().equals(map.selectedCode())) {
                    selected = entry.getValue();
                }
            }
            if (selected != null) {
                g.setColor(SELECTED_BORDER);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(project.createTransformedShape(selected));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toByteArray());
    }

    /** The legend of the map: one entry per class, and one for 0. */
    public List<LegendEntry> legend(MapView map) {
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(hex(ZERO_COLOUR), 0, 0));
        long from = 1;
        for (long bound : map.breaks()) {
            legend.add(new LegendEntry(hex(colourOf(bound, map.breaks())), from, bound));
            from = bound + 1;
        }
        return legend;
    }

    /** The class colour of a count, as map.js chooses it: the darkest for the last class, spread evenly below. */
    static Color colourOf(long count, List<Long> breaks) {
        if (count == 0 || breaks.isEmpty()) {
            return ZERO_COLOUR;
        }
        int index = 0;
        while (index < breaks.size() - 1 && count > breaks.get(index)) {
            index++;
        }
        double step = breaks.size() <= 1 ? 0 : (double) (CLASS_COLOURS.size() - 1) / (breaks.size() - 1);
        int colour = (int) Math.round(CLASS_COLOURS.size() - 1 - (breaks.size() - 1 - index) * step);
        return CLASS_COLOURS.get(Math.max(0, Math.min(CLASS_COLOURS.size() - 1, colour)));
    }

    private static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
    }

    /** Each feature's outline in longitude/latitude, by its region code. */
    private static Map<String, Path2D> outlines(JsonNode collection) {
        Map<String, Path2D> outlines = new java.util.LinkedHashMap<>();
        for (JsonNode feature : collection.get("features")) {
            JsonNode geometry = feature.get("geometry");
            if (geometry == null || geometry.isNull()) {
                continue;
            }
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            String type = geometry.get("type").asString();
            JsonNode coordinates = geometry.get("coordinates");
            if (type.equals("Polygon")) {
                polygon(path, coordinates);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : coordinates) {
                    polygon(path, polygon);
                }
            } else {
                continue;
            }
            outlines.put(feature.get("properties").get("code").asString(), path);
        }
        return outlines;
    }

    private static void polygon(Path2D path, JsonNode rings) {
        for (JsonNode ring : rings) {
            boolean first = true;
            for (JsonNode point : ring) {
                double lon = point.get(0).asDouble();
                double lat = point.get(1).asDouble();
                if (first) {
                    path.moveTo(lon, lat);
                    first = false;
                } else {
                    path.lineTo(lon, lat);
                }
            }
            path.closePath();
        }
    }
}
