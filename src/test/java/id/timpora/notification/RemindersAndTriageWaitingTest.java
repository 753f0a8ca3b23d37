package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.intake.PublicIntake;
import id.timpora.report.Activity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hourly reminders of action items (due within two days, overdue) reach the responsible agency's people once
 * each; a report from the public is counted in one "waiting for triage" notification of the desa's triagers.
 */
class RemindersAndTriageWaitingTest extends NotificationTestBase {

    @Autowired
    ActionItemReminders reminders;

    @Autowired
    PublicIntake intake;

    long meeting;
    long cancelledMeeting;

    @BeforeEach
    void meetings() {
        String district = jdbc.queryForObject(
                "select code from region r where level = 'KECAMATAN' and province_code = '61'"
                        + " and not exists (select 1 from team t where t.region_code = r.code) order by code limit 1",
                String.class);
        long team = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) values (?, 'KECAMATAN', ?, ?)"
                        + " returning id",
                Long.class,
                "Tim Pora Kecamatan " + district,
                district,
                kanim);
        meeting = meeting(team, null);
        cancelledMeeting = meeting(team, "Ditunda");
    }

    @Test
    void dueAndOverdueActionItemsAreRemindedOnceToTheResponsibleAgency() {
        Instant now = Instant.now();
        long dueTomorrow = item(meeting, "Mendata TKA di kebun sawit", now.plus(Duration.ofHours(30)), 3, false);
        item(meeting, "Jauh hari", now.plus(Duration.ofDays(3)), 3, false);
        long overdue = item(meeting, "Memeriksa penginapan", now.minus(Duration.ofHours(2)), 30, false);
        item(meeting, "Sudah selesai", now.minus(Duration.ofHours(2)), 30, true);
        item(meeting, "Baru saja diberikan", now.plus(Duration.ofHours(10)), 0, false);
        item(cancelledMeeting, "Rapat batal", now.minus(Duration.ofHours(2)), 30, false);

        reminders.remind();
        reminders.remind(); // a rerun, or a second node: nothing twice

        for (String member : List.of(reporter, colleague)) {
            assertThat(details(member, "ACTION_ITEM_DUE"))
                    .containsExactly("Mendata TKA di kebun sawit (" + dateOf(dueTomorrow) + ")");
            assertThat(details(member, "ACTION_ITEM_OVERDUE"))
                    .containsExactly("Memeriksa penginapan (" + dateOf(overdue) + ")");
        }
        assertThat(kindsOf(officer)).doesNotContain("ACTION_ITEM_DUE", "ACTION_ITEM_OVERDUE");
        assertThat(kindsOf(reporterBali)).doesNotContain("ACTION_ITEM_DUE", "ACTION_ITEM_OVERDUE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_item_reminder where action_item_id = ?",
                        Integer.class,
                        dueTomorrow))
                .isEqualTo(1);

        // an item still open when it falls overdue is reminded again, as overdue
        jdbc.update("update meeting_action_item set due_at = now() - interval '1 minute' where id = ?", dueTomorrow);
        reminders.remind();
        assertThat(details(reporter, "ACTION_ITEM_OVERDUE")).hasSize(2);
        assertThat(details(reporter, "ACTION_ITEM_DUE")).hasSize(1);
    }

    @Test
    void aReportFromThePublicIsCountedForTheTriagersOfItsDesaOnly() {
        submitPublic(PALA_PULAU);
        submitPublic(PALA_PULAU);

        for (String triager : List.of(officer, reporter, colleague)) { // the Kanim's officer, Kesbangpol's reporters
            assertThat(jdbc.queryForList(
                            "select item_count from notification where recipient_id = ? and kind = 'PUBLIC_WAITING'",
                            Integer.class,
                            accounts.idOf(triager)))
                    .containsExactly(2);
        }
        assertThat(kindsOf(officerBali)).doesNotContain("PUBLIC_WAITING");
        assertThat(kindsOf(reporterBali)).doesNotContain("PUBLIC_WAITING");
        assertThat(kindsOf(admin)).doesNotContain("PUBLIC_WAITING");
        long polres = agencies.create("POLRI", "KABUPATEN_KOTA", KAPUAS_HULU);
        String policeReporter = person("REPORTER", polres);
        submitPublic(PALA_PULAU);
        assertThat(kindsOf(policeReporter)).doesNotContain("PUBLIC_WAITING"); // a Polres reporter does not triage
    }

    private void submitPublic(String region) {
        intake.submit(
                new PublicIntake.Submission(
                        "Orang asing bekerja di kebun sawit " + UUID.randomUUID(),
                        2,
                        "MY",
                        Activity.BEKERJA,
                        Instant.now().minus(Duration.ofHours(3)),
                        region,
                        "Dusun Sungai Uluk",
                        null,
                        null,
                        List.of()),
                "10.141.0." + (int) (Math.random() * 250 + 1));
    }

    private long meeting(long team, String cancelReason) {
        return jdbc.queryForObject(
                "insert into meeting (team_id, kind, title, starts_at, ends_at, time_zone, place, status, cancel_reason,"
                        + " created_by) values (?, 'RUTIN', 'Rakor Desember', now() - interval '5 days',"
                        + " now() - interval '5 days' + interval '2 hours', 'Asia/Jakarta', 'Aula', ?, ?, ?)"
                        + " returning id",
                Long.class,
                team,
                cancelReason == null ? "SELESAI" : "DIBATALKAN",
                cancelReason,
                accounts.idOf(officer));
    }

    private long item(long meeting, String description, Instant dueAt, int hoursOld, boolean done) {
        return jdbc.queryForObject(
                "insert into meeting_action_item (meeting_id, description, responsible_agency_id, due_date, due_at,"
                        + " status, done_at, created_by, created_at)"
                        + " values (?, ?, ?, (?::timestamptz at time zone 'Asia/Jakarta')::date, ?::timestamptz, ?, ?,"
                        + " ?, now() - make_interval(hours => ?)) returning id",
                Long.class,
                meeting,
                description,
                kesbangpol,
                dueAt.toString(),
                dueAt.toString(),
                done ? "SELESAI" : "TERBUKA",
                done ? java.sql.Timestamp.from(Instant.now()) : null,
                accounts.idOf(officer),
                hoursOld);
    }

    private String dateOf(long item) {
        return jdbc.queryForObject(
                "select to_char(due_date, 'DD-MM-YYYY') from meeting_action_item where id = ?", String.class, item);
    }

    private List<String> details(String user, String kind) {
        return jdbc.queryForList(
                "select detail from notification where recipient_id = ? and kind = ? order by id",
                String.class,
                accounts.idOf(user),
                kind);
    }
}
