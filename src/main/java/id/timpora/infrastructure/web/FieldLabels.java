package id.timpora.infrastructure.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a form field for the error summary ({@code fragments/error-summary}): "Tanggal dilihat: Tanggal tidak
 * boleh di masa depan." rather than a bare message that does not say where. Templates call
 * {@code @fieldLabels.of(fieldName, 'report.field.,report.summary.')}: the first message key made of a prefix and the
 * field's name (indexes dropped: {@code attendees[0].name} looks for {@code attendees.name}) that exists and needs no
 * arguments.
 */
@Component("fieldLabels")
public class FieldLabels {

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label, or null when no prefix names the field (the summary then shows the message alone). */
    public String of(String fieldName, String prefixes) {
        if (fieldName == null || prefixes == null || prefixes.isBlank()) {
            return null;
        }
        String field = fieldName.replaceAll("\\[[^]]*]", "");
        for (String prefix : prefixes.split(",")) {
            String label = messages.getMessage(prefix.strip() + field, null, null, LocaleContextHolder.getLocale());
            if (label != null && !label.contains("{")) {
                return label;
            }
        }
        return null;
    }

    /** The id th:field gives the field's input: its name without brackets ({@code attendees0.name}). */
    public static String idOf(String fieldName) {
        return fieldName == null ? "" : fieldName.replace("[", "").replace("]", "");
    }
}
