package id.timpora.infrastructure.bulk;

import java.math.BigDecimal;

/** A cell as the file holds it: text, or (XLSX) a number, or (XLSX) a formula. */
record SourceCell(String text, BigDecimal number, String formula) {

    static final SourceCell EMPTY = new SourceCell("", null, null);

    static SourceCell text(String text) {
        return text.isEmpty() ? EMPTY : new SourceCell(text, null, null);
    }

    boolean isBlank() {
        return formula == null && number == null && text.isBlank();
    }

    /** What the user typed, for the preview. */
    String typed() {
        if (formula != null) {
            return "=" + formula;
        }
        return number != null ? CellValues.plain(number) : text.strip();
    }
}
