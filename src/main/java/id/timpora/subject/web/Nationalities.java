package id.timpora.subject.web;

import id.timpora.report.Countries;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the request's language for the subject templates: {@code ${nationalities.name(code)}}. */
@Component
public class Nationalities {

    private final Countries countries;

    Nationalities(Countries countries) {
        this.countries = countries;
    }

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = countries.name(code.trim(), LocaleContextHolder.getLocale());
        return name.isBlank() ? code : name;
    }

    /** Every ISO country, sorted by its name in the request's language, for a select. */
    public List<Countries.Country> options() {
        return countries.all(LocaleContextHolder.getLocale());
    }
}
