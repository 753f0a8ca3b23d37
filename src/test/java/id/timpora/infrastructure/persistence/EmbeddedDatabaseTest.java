package id.timpora.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server of the run command keeps what it committed: PostgreSQL's durable settings, not test ones. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void theRunCommandsDatabaseIsDurableAndKeepsItsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            assertThat(show(database, "fsync")).isEqualTo("on");
            assertThat(show(database, "full_page_writes")).isEqualTo("on");
            assertThat(show(database, "synchronous_commit")).isEqualTo("on");
            assertThat(EmbeddedDatabase.runningPort(data)).hasValue(database.port());
            execute(database, "create table kept (value text); insert into kept values ('tersimpan')");
        }
        assertThat(EmbeddedDatabase.runningPort(data)).isEmpty();

        try (EmbeddedDatabase again = EmbeddedDatabase.start(data)) {
            try (Connection connection = DriverManager.getConnection(again.jdbcUrl());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select value from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("tersimpan");
            }
        }
    }

    private static String show(EmbeddedDatabase database, String setting) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
