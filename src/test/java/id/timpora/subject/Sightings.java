package id.timpora.subject;

import id.timpora.report.ReportSaved;
import id.timpora.support.TestReports;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves reports the way the report service does (the row and its {@link ReportSaved} event in one transaction), and
 * hands each test a kecamatan of its own, so that tests sharing the database never see each other's subjects. A plain
 * object rather than a test bean: importing a bean would give the subject tests an application context of their own.
 */
class Sightings {

    private static final AtomicInteger DISTRICTS = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Sightings(JdbcTemplate jdbc, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
    }

    /** A kecamatan no other test of this run uses (from the far end of the code list, Papua). */
    String freshDistrict() {
        return jdbc.queryForObject(
                "select code from region where level = 'KECAMATAN' order by code desc offset ? limit 1",
                String.class,
                DISTRICTS.getAndIncrement());
    }

    String villageIn(String district) {
        return jdbc.queryForObject(
                "select min(code) from region where level = 'DESA' and parent_code = ?", String.class, district);
    }

    /** Inserts the report and publishes its event inside one transaction; returns the report id. */
    long save(TestReports.Builder report) {
        return transaction.execute(status -> {
            long id = report.insert();
            Map<String, Object> row =
                    jdbc.queryForMap("select nationality, passport_number from report where id = ?", id);
            events.publishEvent(
                    new ReportSaved(id, (String) row.get("nationality"), (String) row.get("passport_number")));
            return id;
        });
    }

    Long subjectOf(long reportId) {
        return jdbc.queryForObject("select subject_id from report where id = ?", Long.class, reportId);
    }
}
