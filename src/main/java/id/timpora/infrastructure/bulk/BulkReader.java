package id.timpora.infrastructure.bulk;

import id.timpora.infrastructure.bulk.SourceRows.SourceRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a bulk file against its spec, row by row: finds the columns by their headers, reads each cell by its kind,
 * runs the spec's row check, and hands each row with its problems to the caller. Nothing but the current row is kept.
 * A problem of the file as a whole is a {@link BulkFileRefused}.
 */
public final class BulkReader {

    /** One row read: its values, and what is wrong with it (empty: the row is valid). */
    public record CheckedRow(BulkRow row, List<BulkProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Receives the rows one by one. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(CheckedRow row);
    }

    private final BulkSpec spec;
    private final int maxRows;
    private BulkSpec.RowCheck rowCheck;

    public BulkReader(BulkSpec spec, int maxRows) {
        this.spec = spec;
        this.maxRows = maxRows;
    }

    /** Reads the whole file; returns the number of data rows. The stream is read once and not closed. */
    public int read(BulkFormat format, InputStream input, RowHandler handler) {
        try {
            if (format == BulkFormat.CSV) {
                try (SourceRows rows = new CsvRows(input)) {
                    return read(rows, handler);
                }
            }
            Path file = Files.createTempFile("timpora-bulk-", ".xlsx");
            try {
                Files.copy(input, file, StandardCopyOption.REPLACE_EXISTING);
                try (SourceRows rows = new XlsxRows(file.toFile())) {
                    return read(rows, handler);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read(SourceRows rows, RowHandler handler) throws IOException {
        SourceRow header = rows.next();
        while (header != null && header.isBlank()) {
            header = rows.next();
        }
        if (header == null) {
            throw new BulkFileRefused("bulk.file.empty", null);
        }
        int[] positions = positions(header);
        rowCheck = spec.rowCheck().fresh();
        int count = 0;
        for (SourceRow row = rows.next(); row != null; row = rows.next()) {
            if (row.isBlank()) {
                continue;
            }
            if (++count > maxRows) {
                throw new BulkFileRefused("bulk.file.tooManyRows", String.valueOf(maxRows));
            }
            handler.accept(check(row, positions, rows.date1904()));
        }
        if (count == 0) {
            throw new BulkFileRefused("bulk.file.noRows", null);
        }
        return count;
    }

    /** Where each column of the spec is in the file (-1: not there); refuses missing required and doubled columns. */
    private int[] positions(SourceRow header) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = CellValues.normaliseHeader(header.cell(i).typed());
            if (name.isEmpty()) {
                continue;
            }
            if (found.put(name, i) != null && known(name)) {
                throw new BulkFileRefused(
                        "bulk.file.duplicateColumn", header.cell(i).typed());
            }
        }
        int[] positions = new int[spec.columns().size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < positions.length; c++) {
            BulkColumn column = spec.columns().get(c);
            positions[c] = found.getOrDefault(CellValues.normaliseHeader(column.header()), -1);
            if (positions[c] < 0 && column.isRequired()) {
                missing.add(column.header());
            }
        }
        if (java.util.Arrays.stream(positions).allMatch(position -> position < 0)) {
            throw new BulkFileRefused("bulk.file.noHeader", null);
        }
        if (!missing.isEmpty()) {
            throw new BulkFileRefused("bulk.file.missingColumns", String.join(", ", missing));
        }
        return positions;
    }

    private boolean known(String normalisedHeader) {
        return spec.columns().stream()
                .anyMatch(column -> CellValues.normaliseHeader(column.header()).equals(normalisedHeader));
    }

    private CheckedRow check(SourceRow source, int[] positions, boolean date1904) {
        RowProblems problems = new RowProblems(spec, source.number());
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> typed = new ArrayList<>(positions.length);
        SourceCell[] cells = new SourceCell[positions.length];
        for (int c = 0; c < positions.length; c++) {
            cells[c] = positions[c] < 0 ? SourceCell.EMPTY : source.cell(positions[c]);
        }
        spec.rowFill()
                .fill(
                        new BulkSpec.RowCells() {
                            @Override
                            public String text(String key) {
                                SourceCell cell = cells[index(key)];
                                return cell.formula() != null ? "" : cell.typed();
                            }

                            @Override
                            public void fillIfBlank(String key, String text) {
                                int c = index(key);
                                if (cells[c].isBlank() && text != null && !text.isBlank()) {
                                    cells[c] = SourceCell.text(text);
                                }
                            }
                        },
                        problems);
        for (int c = 0; c < positions.length; c++) {
            BulkColumn column = spec.columns().get(c);
            SourceCell cell = cells[c];
            Object value = value(column, cell, date1904, problems);
            values.put(column.key(), value);
            typed.add(CellValues.clip(CellValues.display(value, cell.typed()), 200));
        }
        BulkRow row = new BulkRow(source.number(), values, typed);
        rowCheck.check(row, problems);
        if (isTemplateExample(cells)) {
            problems.add(null, "bulk.error.exampleRow", null);
        }
        return new CheckedRow(row, List.copyOf(problems.list()));
    }

    /** The CSV template's example row left in the file: every column with an example holds exactly it. */
    private boolean isTemplateExample(SourceCell[] cells) {
        boolean any = false;
        for (int c = 0; c < cells.length; c++) {
            String example = spec.columns().get(c).example();
            if (example.isEmpty()) {
                continue;
            }
            if (!example.equals(cells[c].typed())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private int index(String key) {
        for (int c = 0; c < spec.columns().size(); c++) {
            if (spec.columns().get(c).key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No column " + key);
    }

    private static Object value(BulkColumn column, SourceCell cell, boolean date1904, RowProblems problems) {
        if (cell.formula() != null) {
            problems.add(column.key(), "bulk.error.formula", null);
            return null;
        }
        if (cell.isBlank()) {
            if (column.isRequired()) {
                problems.add(column.key(), "bulk.error.required", null);
            }
            return null;
        }
        String text = cell.text().strip();
        if (cell.number() == null && CellValues.looksLikeFormula(text)) {
            problems.add(column.key(), "bulk.error.formula", null);
            return null;
        }
        BigDecimal number = cell.number();
        Optional<?> value =
                switch (column.kind()) {
                    case TEXT -> Optional.of(number != null ? CellValues.plain(number) : text);
                    case DATE -> number != null ? CellValues.excelDate(number, date1904) : CellValues.date(text);
                    case DATE_TIME -> number != null
                            ? CellValues.excelDateTime(number, date1904)
                            : CellValues.dateTime(text);
                    case CHOICE -> column.choiceValue(number != null ? CellValues.plain(number) : text);
                    case COUNTRY -> column.countryCode(text);
                };
        if (value.isEmpty()) {
            switch (column.kind()) {
                case DATE -> problems.add(column.key(), "bulk.error.date", cell.typed());
                case DATE_TIME -> problems.add(column.key(), "bulk.error.dateTime", cell.typed());
                case CHOICE -> problems.add(
                        column.key(), "bulk.error.choice", String.join(", ", column.choiceLabels()));
                case COUNTRY -> problems.add(column.key(), "bulk.error.country", cell.typed());
                default -> problems.add(column.key(), "bulk.error.unreadable", cell.typed());
            }
            return null;
        }
        if (value.get() instanceof String string && string.length() > column.maxLength()) {
            problems.add(column.key(), "bulk.error.tooLong", String.valueOf(column.maxLength()));
            return null;
        }
        return value.get();
    }
}
