package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The permit watch's notification (#15 item 4): permits of the roster entering the 30-day window are counted once in
 * one notification per officer and Kesbangpol reporter of the desa; expired, far-off and departed people's permits are
 * not, nor is anyone outside the jurisdiction told.
 */
class PermitExpiryRemindersTest extends IntegrationTest {

    @Autowired
    PermitExpiryReminders reminders;

    long person(String desa, long office, LocalDate expiry, boolean departed) {
        long id = jdbc.queryForObject(
                "insert into subject (full_name, nationality, passport_number) values ('UJI IZIN', 'AU', ?)"
                        + " returning id",
                Long.class,
                "PX" + System.nanoTime());
        jdbc.update(
                """
                insert into subject_residence (subject_id, office_agency_id, full_name, nationality, region_code,
                       province_code, regency_code, district_code, permit_type, permit_number, permit_expiry,
                       last_upload_id, departed_at)
                values (?, ?, 'UJI IZIN', 'AU', ?, substr(?, 1, 2), substr(?, 1, 5), substr(?, 1, 8), 'ITAS', 'N', ?, 0,
                        case when ? then now() end)""",
                id,
                office,
                desa,
                desa,
                desa,
                desa,
                java.sql.Date.valueOf(expiry),
                departed);
        return id;
    }

    Integer count(String username) {
        List<Integer> counts = jdbc.queryForList(
                "select item_count from notification where recipient_id = ? and kind = 'PERMIT_EXPIRING'"
                        + " and read_at is null",
                Integer.class,
                accounts.idOf(username));
        return counts.isEmpty() ? null : counts.get(0);
    }

    @Test
    void permitsEnteringTheWindowAreCountedOnceForTheDesasOfficersAndKesbangpolReporters() {
        String district = jdbc.queryForObject(
                "select code from region where level = 'KECAMATAN' and time_zone = 'Asia/Jakarta'"
                        + " order by code desc offset 900 limit 1",
                String.class);
        String desa = jdbc.queryForObject(
                "select min(code) from region where parent_code = ? and length(code) = 13", String.class, district);
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", district);
        String officer = accounts.create("OFFICER", kanim);
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", district));
        String police = accounts.create("REPORTER", agencies.create("POLRI", "KABUPATEN_KOTA", district));
        String elsewhere = accounts.create(
                "OFFICER",
                agencies.create(
                        "IMIGRASI",
                        "KABUPATEN_KOTA",
                        jdbc.queryForObject(
                                "select code from region where level = 'KECAMATAN' order by code offset 901 limit 1",
                                String.class)));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        person(desa, kanim, today.plusDays(5), false);
        person(desa, kanim, today.plusDays(29), false);
        person(desa, kanim, today.minusDays(2), false); // already expired: the register's other window
        person(desa, kanim, today.plusDays(200), false);
        person(desa, kanim, today.plusDays(6), true); // departed

        reminders.remind();
        assertThat(count(officer)).isEqualTo(2);
        assertThat(count(kesbangpol)).isEqualTo(2);
        assertThat(count(police)).as("only officers and Kesbangpol reporters").isNull();
        assertThat(count(elsewhere)).isNull();

        reminders.remind();
        assertThat(count(officer)).as("each permit once").isEqualTo(2);

        // a renewed permit that expires soon again counts anew
        jdbc.update(
                "update subject_residence set permit_expiry = permit_expiry + 1 where region_code = ?"
                        + " and permit_expiry = ?",
                desa,
                java.sql.Date.valueOf(today.plusDays(5)));
        reminders.remind();
        assertThat(count(officer)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ? and kind = 'PERMIT_EXPIRING'",
                        Long.class,
                        accounts.idOf(officer)))
                .as("one counting notification")
                .isOne();
    }
}
