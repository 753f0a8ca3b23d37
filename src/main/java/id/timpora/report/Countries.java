package id.timpora.report;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** ISO 3166-1 countries with their names in the user's language (Indonesian by default: DE → Jerman). */
@Component
public class Countries {

    public record Country(String code, String name) {}

    private final Map<String, List<Country>> byLanguage = new ConcurrentHashMap<>();

    public List<Country> all(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), language -> {
            Locale display = Locale.forLanguageTag(language);
            Collator collator = Collator.getInstance(display);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Country(code, nameIn(code, display)))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList();
        });
    }

    public String name(String code, Locale locale) {
        return code == null ? "" : nameIn(code, Locale.forLanguageTag(locale.getLanguage()));
    }

    private static String nameIn(String code, Locale display) {
        return new Locale("", code).getDisplayCountry(display);
    }
}
