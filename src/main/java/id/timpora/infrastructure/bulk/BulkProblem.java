package id.timpora.infrastructure.bulk;

/**
 * What is wrong with a row: its row number, the column's header ({@code null} for the row as a whole), a message key
 * of the bundles and the one argument of that message ({@code {0}}).
 */
public record BulkProblem(int row, String column, String messageKey, String argument) {

    /** The message's arguments, for {@code #messages.msgWithParams}. */
    public Object[] arguments() {
        return new Object[] {argument == null ? "" : argument};
    }
}
