package id.timpora.infrastructure.bulk;

/** What a column of a bulk file holds, and so how its cells are read and checked. */
public enum CellKind {
    /** Text as typed, trimmed; numbers in an XLSX cell are written out plainly (no {@code 1.2E7}). */
    TEXT,
    /** A date: {@code yyyy-mm-dd}, {@code dd/mm/yyyy}, {@code dd-mm-yyyy}, {@code dd.mm.yyyy}, or an Excel date. */
    DATE,
    /** A date with a time ({@code 2026-12-04 14:30}, {@code 04/12/2026 14.30}, an Excel date-time). */
    DATE_TIME,
    /** One of a closed list of labels (Indonesian, English or the code), turned into its value. */
    CHOICE,
    /** A country by its Indonesian or English name, or its ISO 3166-1 two- or three-letter code. */
    COUNTRY
}
