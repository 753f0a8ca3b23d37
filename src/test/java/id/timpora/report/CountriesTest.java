package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    final Countries countries = new Countries();

    @Test
    void namesAreInTheReadersLanguage() {
        assertThat(countries.name("DE", INDONESIAN)).isEqualTo("Jerman");
        assertThat(countries.name("de", INDONESIAN)).isEqualTo("Jerman");
        assertThat(countries.name("DE", Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(countries.name("CN", INDONESIAN)).isEqualTo("Tiongkok");
    }

    @Test
    void allCountriesAreSortedByTheirNameInTheReadersLanguage() {
        List<Countries.Country> indonesian = countries.all(INDONESIAN);

        assertThat(indonesian).hasSizeGreaterThan(240).contains(new Countries.Country("DE", "Jerman"));
        assertThat(indonesian.stream().map(Countries.Country::code)).doesNotHaveDuplicates();
        // Jerman (DE) comes before Malaysia (MY) in Indonesian; Germany before Malaysia in English too, but
        // Belanda (NL) is near the start in Indonesian and Netherlands far down in English.
        List<String> indonesianCodes =
                indonesian.stream().map(Countries.Country::code).toList();
        List<String> englishCodes = countries.all(Locale.ENGLISH).stream()
                .map(Countries.Country::code)
                .toList();
        assertThat(indonesianCodes.indexOf("NL")).isLessThan(indonesianCodes.indexOf("DE"));
        assertThat(englishCodes.indexOf("NL")).isGreaterThan(englishCodes.indexOf("DE"));
        assertThat(countries.all(Locale.forLanguageTag("id-ID"))).isSameAs(indonesian);
    }
}
