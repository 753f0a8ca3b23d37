package id.timpora.infrastructure.bulk;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Countries as people type them in a spreadsheet: the Indonesian or English name ({@code Jerman}, {@code Germany}),
 * the ISO 3166-1 alpha-2 or alpha-3 code ({@code DE}, {@code DEU}), ignoring case and accents; a few everyday names
 * that differ from the official ones ({@code Amerika}, {@code USA}, {@code Inggris}, {@code Korea}) are understood too.
 */
public final class CountryNames {

    private static final Map<String, String> BY_NAME = build();

    private CountryNames() {}

    /** The ISO alpha-2 code of the country typed, if it is one. */
    public static Optional<String> code(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(typed)));
    }

    private static String key(String text) {
        return CellValues.normalise(text).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> build() {
        Map<String, String> names = new HashMap<>();
        Locale indonesian = Locale.forLanguageTag("id");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            names.put(key(code), code);
            try {
                names.put(key(country.getISO3Country()), code);
            } catch (MissingResourceException e) {
                // no alpha-3 code known
            }
            names.putIfAbsent(key(country.getDisplayCountry(indonesian)), code);
            names.putIfAbsent(key(country.getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map.of(
                        "amerika", "US",
                        "amerikaserikat", "US",
                        "usa", "US",
                        "inggris", "GB",
                        "uk", "GB",
                        "korea", "KR",
                        "koreaselatan", "KR",
                        "southkorea", "KR",
                        "tiongkok", "CN",
                        "cina", "CN")
                .forEach(names::putIfAbsent);
        names.putIfAbsent("belanda", "NL");
        names.putIfAbsent("rusia", "RU");
        names.putIfAbsent("russia", "RU");
        names.putIfAbsent("vietnam", "VN");
        return Map.copyOf(names);
    }
}
