package id.timpora.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The boundaries the map draws, from the app's own GeoJSON ({@code wilayah/provinces.geojson} and
 * {@code regencies.geojson}; source, licence and attribution in {@code wilayah/README.md}): all provinces in one
 * file, and the kabupaten/kota one file per province, so that drilling into a province loads its own shapes only.
 * Each file is kept gzipped as well and named by a hash of its content, so browsers may cache it for good.
 */
@Component
public class GeoShapes {

    /** A GeoJSON document, plain and gzipped, with a short hash of its content (for cache-busting URLs). */
    public record Shape(byte[] json, byte[] gzipped, String version) {}

    private volatile Shapes shapes;

    public Shape provinces() {
        return shapes().provinces();
    }

    /** The kabupaten/kota of a province; empty for a code that is not a province. */
    public Optional<Shape> regenciesOf(String provinceCode) {
        return Optional.ofNullable(shapes().regencies().get(provinceCode));
    }

    private record Shapes(Shape provinces, Map<String, Shape> regencies) {}

    private Shapes shapes() {
        Shapes loaded = shapes;
        if (loaded == null) {
            synchronized (this) {
                loaded = shapes;
                if (loaded == null) {
                    loaded = load();
                    shapes = loaded;
                }
            }
        }
        return loaded;
    }

    private static Shapes load() {
        JsonMapper mapper = JsonMapper.builder().build();
        Shape provinces = shape(read("wilayah/provinces.geojson"));
        JsonNode regencies = mapper.readTree(read("wilayah/regencies.geojson"));
        Map<String, ArrayNode> byProvince = new TreeMap<>();
        for (JsonNode feature : regencies.get("features")) {
            String province = feature.get("properties").get("province_code").asString();
            byProvince.computeIfAbsent(province, p -> mapper.createArrayNode()).add(feature);
        }
        Map<String, Shape> perProvince = new TreeMap<>();
        byProvince.forEach((province, features) -> {
            ObjectNode collection = mapper.createObjectNode();
            collection.put("type", "FeatureCollection");
            collection.set("features", features);
            perProvince.put(province, shape(mapper.writeValueAsBytes(collection)));
        });
        return new Shapes(provinces, Map.copyOf(perProvince));
    }

    private static Shape shape(byte[] json) {
        try {
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream(json.length / 3);
            try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
                out.write(json);
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return new Shape(json, gzipped.toByteArray(), HexFormat.of().formatHex(hash, 0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
