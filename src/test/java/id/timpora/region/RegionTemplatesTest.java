package id.timpora.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The region templates show no hard-coded text, and every message key they or the enums use exists in both bundles. */
class RegionTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> REGION_TEMPLATES = List.of(
            "fragments/region-picker.html",
            "region/lookup.html",
            "region/options.html",
            "region/picker.html",
            "region/search-results.html");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : REGION_TEMPLATES) {
            Document template = Jsoup.parse(Files.readString(TEMPLATES.resolve(name)), "", Parser.xmlParser());
            for (Element element : template.getAllElements()) {
                boolean replaced = element.hasAttr("th:text")
                        || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert");
                if (!element.ownText().isBlank() && !replaced) {
                    problems.add(name + ": <" + element.tagName() + "> " + element.ownText());
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        problems.add(name + ": <" + element.tagName() + " " + attribute + "=...> not from a bundle");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRegionMessageExistsInBothLanguages() throws IOException {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        Set<String> used = new TreeSet<>();
        for (String name : REGION_TEMPLATES) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(TEMPLATES.resolve(name)));
            while (key.find()) {
                if (!key.group(1).endsWith(".")) {
                    used.add(key.group(1));
                }
            }
        }
        for (RegionLevel level : RegionLevel.values()) {
            used.add(level.messageKey());
        }
        for (RegionKind kind : RegionKind.values()) {
            used.add(kind.messageKey());
        }
        for (String zone : List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")) {
            used.add("region.timeZone." + zone);
        }
        assertThat(used).allSatisfy(key -> {
            assertThat(indonesian).containsKey(key);
            assertThat(english).containsKey(key);
        });
        assertThat(regionKeys(english)).isEqualTo(regionKeys(indonesian));
    }

    private static Set<String> regionKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("region."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = RegionTemplatesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
