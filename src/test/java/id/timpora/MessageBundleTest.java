package id.timpora;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.timpora.common.Labelled;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every visible word comes from the message bundles, and both languages have every key. */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    /** Attributes whose content replaces the element's text, so text inside them is only a design-time placeholder. */
    private static final List<String> REPLACING =
            List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");

    private static Properties indonesian;
    private static Properties english;

    @BeforeAll
    static void load() throws IOException {
        indonesian = load("messages.properties");
        english = load("messages_en.properties");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyIndonesian = new TreeSet<>(indonesian.stringPropertyNames());
        onlyIndonesian.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(indonesian.stringPropertyNames());

        assertThat(onlyIndonesian).as("keys missing in messages_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        assertThat(indonesian.stringPropertyNames())
                .filteredOn(key -> indonesian.getProperty(key).isBlank()
                        || english.getProperty(key, "x").isBlank())
                .isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!indonesian.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (hasLetters(text.text()) && !isReplaced(element) && !isCode(element)) {
                        hardCoded.add(where(template, element) + " text \""
                                + text.text().trim() + "\"");
                    }
                }
                for (String attribute : VISIBLE_ATTRIBUTES) {
                    if (hasLetters(element.attr(attribute)) && !element.hasAttr("th:" + attribute)) {
                        hardCoded.add(
                                where(template, element) + " " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded)
                .as("hard-coded text in templates: use th:text=\"#{key}\"")
                .isEmpty();
    }

    @Test
    void everyLabelledValueHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.timpora")) {
            Class<?> javaType = type.reflect();
            if (javaType.isEnum() && Labelled.class.isAssignableFrom(javaType)) {
                for (Object constant : javaType.getEnumConstants()) {
                    String key = ((Labelled) constant).messageKey();
                    if (!indonesian.containsKey(key) || !english.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckCatchesHardCodedText() {
        Document document = Jsoup.parse("<p>Halo dunia</p><p th:text=\"#{x}\">ok</p>", "", Parser.xmlParser());
        assertThat(document.getAllElements().stream()
                        .filter(e -> e.textNodes().stream().anyMatch(t -> hasLetters(t.text())))
                        .filter(e -> !isReplaced(e)))
                .hasSize(1);
    }

    private static boolean isReplaced(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            for (String attribute : REPLACING) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCode(Element element) {
        return element.tagName().equals("script") || element.tagName().equals("style");
    }

    private static boolean hasLetters(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter);
    }

    private static String where(Path template, Element element) {
        return TEMPLATES.relativize(template) + " <" + element.tagName() + ">";
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(name);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
