package id.timpora.subject.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Country names of ISO 3166-1 alpha-2 codes in the request's language, from the JDK's locale data: "Jerman" in
 * Indonesian, "Germany" with {@code ?lang=en}. Templates use {@code ${nationalities.name(code)}}.
 */
@Component
public class Nationalities {

    public record Option(String code, String name) {}

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = country(code.trim()).getDisplayCountry(LocaleContextHolder.getLocale());
        return name.isBlank() ? code : name;
    }

    /** Every ISO country, sorted by its name in the request's language, for a select. */
    public List<Option> options() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, country(code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::name, collator))
                .toList();
    }

    private static Locale country(String code) {
        return new Locale.Builder().setRegion(code).build();
    }
}
