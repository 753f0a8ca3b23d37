package id.timpora.infrastructure.web;

import java.util.List;

/**
 * One labelled group of a checkbox list (fragments/checkbox-list :: checkboxList): {@code key} names the group for the
 * page's script, {@code labelKey} is its heading's message, and each option has an {@code id} and a {@code name}.
 */
public record ChoiceGroup(String key, String labelKey, List<?> options) {

    public ChoiceGroup {
        options = List.copyOf(options);
    }
}
