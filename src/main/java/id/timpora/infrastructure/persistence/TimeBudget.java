package id.timpora.infrastructure.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a statement under a time limit inside the caller's transaction: null when PostgreSQL cancelled it. A savepoint
 * keeps the cancelled statement from aborting the surrounding (read-only) transaction, and rolling back to it also
 * undoes any {@code SET LOCAL} the statement made. Must be called inside a transaction.
 */
@Component
public class TimeBudget {

    private final JdbcClient jdbc;

    TimeBudget(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public <T> T within(String savepoint, int milliseconds, Supplier<T> statement) {
        execute("savepoint " + savepoint);
        execute("set local statement_timeout = " + milliseconds);
        T result;
        try {
            result = statement.get();
        } catch (DataAccessException e) {
            if (!cancelled(e)) {
                throw e;
            }
            execute("rollback to savepoint " + savepoint);
            execute("set local statement_timeout = 0");
            return null;
        }
        execute("release savepoint " + savepoint);
        execute("set local statement_timeout = 0");
        return result;
    }

    /** A setting for the rest of the transaction ({@code set local …}). */
    public void setLocal(String setting) {
        execute("set local " + setting);
    }

    private void execute(String statement) {
        jdbc.sql(statement).update();
    }

    /** PostgreSQL's "canceling statement due to statement timeout" (SQLSTATE 57014), however Spring wrapped it. */
    static boolean cancelled(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
