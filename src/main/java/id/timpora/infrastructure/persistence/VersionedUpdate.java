package id.timpora.infrastructure.persistence;

import id.timpora.common.EditConflict;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An UPDATE of a versioned row written in SQL (set-wise or partial updates of records that JPA does not own): it must
 * test the version the user saw and raise it, and a row that was changed in between (zero rows updated) is an {@link
 * EditConflict}, exactly as a JPA {@code @Version} save would be.
 *
 * <pre>{@code
 * VersionedUpdate.apply(jdbc, SqlFragment.of("update meeting set title = :title, version = version + 1"
 *         + " where id = :id and version = :version").with(...));
 * }</pre>
 */
public final class VersionedUpdate {

    private VersionedUpdate() {}

    public static void apply(JdbcClient jdbc, SqlFragment update) {
        if (!update.text().contains("version = version + 1") || !update.text().contains("version = :version")) {
            throw new IllegalArgumentException("A versioned update must test and raise the version: " + update.text());
        }
        if (update.on(jdbc).update() == 0) {
            throw new EditConflict();
        }
    }
}
