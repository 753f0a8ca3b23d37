package id.timpora.infrastructure.bulk;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one row, named by column key; handed to the spec's row check. */
public final class RowProblems {

    private final BulkSpec spec;
    private final int row;
    private final List<BulkProblem> problems = new ArrayList<>();

    RowProblems(BulkSpec spec, int row) {
        this.spec = spec;
        this.row = row;
    }

    /** A problem of the cell in column {@code key} (a key of the spec), or of the whole row when key is null. */
    public void add(String key, String messageKey, Object argument) {
        String header = key == null ? null : spec.column(key).header();
        String text = argument == null ? null : CellValues.clip(String.valueOf(argument), 300);
        problems.add(new BulkProblem(row, header, messageKey, text));
    }

    /** Whether the cell in column {@code key} already has a problem (then a rule across cells need not add one). */
    public boolean has(String key) {
        String header = spec.column(key).header();
        return problems.stream().anyMatch(problem -> header.equals(problem.column()));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    List<BulkProblem> list() {
        return problems;
    }
}
