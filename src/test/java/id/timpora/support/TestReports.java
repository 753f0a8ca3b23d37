package id.timpora.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts reports straight into the table for tests that read them (lists, exports, subjects, dashboards). Tests of
 * the writing side go through the forms instead. Override any column with {@link Builder#set}.
 */
@TestComponent
public class TestReports {

    private final JdbcTemplate jdbc;

    TestReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A report by the given account (its agency reports it) seen in the given desa/kelurahan. */
    public Builder by(String username, String villageCode) {
        Map<String, Object> row = jdbc.queryForMap("select id, agency_id from app_user where username = ?", username);
        return new Builder(
                ((Number) row.get("id")).longValue(), ((Number) row.get("agency_id")).longValue(), villageCode);
    }

    public final class Builder {
        private final Map<String, Object> columns = new LinkedHashMap<>();

        Builder(long reporterId, long agencyId, String villageCode) {
            columns.put("full_name", "John Doe");
            columns.put("nationality", "MY");
            columns.put("sex", "LAKI_LAKI");
            columns.put("permit_type", "TIDAK_DIKETAHUI");
            columns.put("observed_at", Timestamp.from(Instant.now().minusSeconds(3600)));
            columns.put("region_code", villageCode);
            columns.put("province_code", villageCode.substring(0, 2));
            columns.put("regency_code", villageCode.substring(0, 5));
            columns.put("district_code", villageCode.substring(0, 8));
            columns.put("place_type", "TEMPAT_UMUM");
            columns.put("source", "PATROLI");
            columns.put("reporter_id", reporterId);
            columns.put("reporting_agency_id", agencyId);
        }

        /** Any column; arrays (activities, indications) as {@code String[]}, times as {@link Instant}. */
        public Builder set(String column, Object value) {
            columns.put(column, value instanceof Instant instant ? Timestamp.from(instant) : value);
            return this;
        }

        public long insert() {
            String names = String.join(", ", columns.keySet());
            String marks =
                    String.join(", ", columns.keySet().stream().map(c -> "?").toList());
            return jdbc.queryForObject(
                    "insert into report (" + names + ") values (" + marks + ") returning id",
                    Long.class,
                    columns.values().toArray());
        }
    }
}
