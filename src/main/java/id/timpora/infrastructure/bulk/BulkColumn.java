package id.timpora.infrastructure.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One column of a bulk file: the key the feature reads it by, the header users see (in Bahasa Indonesia; the
 * template writes it and the reader finds it, ignoring case, spaces and a trailing {@code *}), what it holds, whether
 * it must be filled, and the example and hint the template shows. Immutable: each {@code with…} returns a copy.
 */
public final class BulkColumn {

    private final String key;
    private final String header;
    private final CellKind kind;
    private final boolean required;
    private final int maxLength;
    private final Map<String, String> choices;
    private final List<String> choiceLabels;
    private final Function<String, Optional<String>> countries;
    private final String example;
    private final String hint;

    private BulkColumn(
            String key,
            String header,
            CellKind kind,
            boolean required,
            int maxLength,
            Map<String, String> choices,
            List<String> choiceLabels,
            Function<String, Optional<String>> countries,
            String example,
            String hint) {
        this.key = key;
        this.header = header;
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
        this.choices = choices;
        this.choiceLabels = choiceLabels;
        this.countries = countries;
        this.example = example;
        this.hint = hint;
    }

    public static BulkColumn text(String key, String header, int maxLength) {
        return new BulkColumn(key, header, CellKind.TEXT, false, maxLength, Map.of(), List.of(), null, "", "");
    }

    public static BulkColumn date(String key, String header) {
        return new BulkColumn(key, header, CellKind.DATE, false, 40, Map.of(), List.of(), null, "", "");
    }

    public static BulkColumn dateTime(String key, String header) {
        return new BulkColumn(key, header, CellKind.DATE_TIME, false, 40, Map.of(), List.of(), null, "", "");
    }

    /**
     * A closed list: {@code labels} maps each value to the labels users may type for it (the first is shown in the
     * template); matching ignores case, accents and extra spaces.
     */
    public static BulkColumn choice(String key, String header, Map<String, List<String>> labels) {
        Map<String, String> byLabel = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        labels.forEach((value, names) -> {
            shown.add(names.get(0));
            names.forEach(name -> byLabel.putIfAbsent(CellValues.normalise(name), value));
            byLabel.putIfAbsent(CellValues.normalise(value), value);
        });
        return new BulkColumn(
                key,
                header,
                CellKind.CHOICE,
                false,
                100,
                Collections.unmodifiableMap(byLabel),
                List.copyOf(shown),
                null,
                "",
                "");
    }

    /** A country, read by {@link CountryNames} (Indonesian or English name, ISO alpha-2 or alpha-3 code). */
    public static BulkColumn country(String key, String header) {
        return country(key, header, CountryNames::code);
    }

    /** A country read by the feature's own resolver (the name or code as typed → the ISO alpha-2 code). */
    public static BulkColumn country(String key, String header, Function<String, Optional<String>> resolver) {
        return new BulkColumn(key, header, CellKind.COUNTRY, false, 100, Map.of(), List.of(), resolver, "", "");
    }

    public BulkColumn required() {
        return new BulkColumn(key, header, kind, true, maxLength, choices, choiceLabels, countries, example, hint);
    }

    public BulkColumn example(String value) {
        return new BulkColumn(key, header, kind, required, maxLength, choices, choiceLabels, countries, value, hint);
    }

    public BulkColumn hint(String value) {
        return new BulkColumn(key, header, kind, required, maxLength, choices, choiceLabels, countries, example, value);
    }

    public String key() {
        return key;
    }

    public String header() {
        return header;
    }

    public CellKind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public List<String> choiceLabels() {
        return choiceLabels;
    }

    public String example() {
        return example;
    }

    public String hint() {
        return hint;
    }

    Optional<String> choiceValue(String typed) {
        return Optional.ofNullable(choices.get(CellValues.normalise(typed)));
    }

    Optional<String> countryCode(String typed) {
        return countries.apply(typed);
    }
}
