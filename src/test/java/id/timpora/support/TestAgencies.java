package id.timpora.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Makes agencies with jurisdictions for tests; names are unique so tests never collide. */
@TestComponent
public class TestAgencies {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;

    TestAgencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An active agency of the given type and level covering the given region codes. */
    public long create(String type, String level, String... regionCodes) {
        String name = type + " uji " + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
        Long id = jdbc.queryForObject(
                "insert into agency (name, type, level) values (?, ?, ?) returning id", Long.class, name, type, level);
        for (String code : regionCodes) {
            jdbc.update("insert into agency_region (agency_id, region_code) values (?, ?)", id, code);
        }
        return id;
    }

    public String nameOf(long id) {
        return jdbc.queryForObject("select name from agency where id = ?", String.class, id);
    }
}
