package id.timpora.infrastructure.bulk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One data row as the feature receives it: its row number in the file (the header is row 1, as a spreadsheet shows
 * it), each column's value read by its kind ({@code null} when empty or unreadable) and the cells as typed.
 */
public record BulkRow(int number, Map<String, Object> values, List<String> typed) {

    public String text(String key) {
        return (String) values.get(key);
    }

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    public LocalDateTime dateTime(String key) {
        return (LocalDateTime) values.get(key);
    }

    /** The value of a choice column (not its label). */
    public String choice(String key) {
        return (String) values.get(key);
    }

    /** The ISO 3166-1 alpha-2 code of a country column. */
    public String country(String key) {
        return (String) values.get(key);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }
}
