package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The bell, the list, opening and marking read; who gets which notification; jurisdiction checked when shown. */
class InAppNotificationTest extends NotificationTestBase {

    @Test
    void theReporterIsToldOfEachStepOfTheirReportAndNobodyElseIs() throws Exception {
        long id = submit(reporter, PALA_PULAU);
        assertThat(kindsOf(reporter)).isEmpty();

        move(officer, id, "DITELAAH");
        move(officer, id, "TERVERIFIKASI");
        followUp(officer, id);

        // verified, under review, and the follow-up (which also moved it on: one notice for that, not two)
        assertThat(kindsOf(reporter)).containsExactly("REPORT_FOLLOW_UP", "REPORT_STATUS", "REPORT_STATUS");
        assertThat(kindsOf(colleague)).isEmpty();
        assertThat(kindsOf(officerBali)).isEmpty();
        assertThat(kindsOf(reporterBali)).isEmpty();
        assertThat(kindsOf(officer)).containsExactly("REVIEW_WAITING"); // of the new report, not of its own steps

        Document list = html(reporter, "/notifikasi");
        assertThat(list.select("#notificationCount").text()).isEqualTo("3");
        assertThat(list.select("#notifications .notification").eachText())
                .hasSize(3)
                .first()
                .asString()
                .contains("Laporan #" + id + " Anda ditindaklanjuti: Klarifikasi");
        assertThat(list.select("#notifications .notification").get(1).text())
                .contains("Laporan #" + id + " Anda kini berstatus Terverifikasi.");
        assertThat(html(reporter, "/notifikasi?lang=en")
                        .select("#notifications .notification")
                        .get(1)
                        .text())
                .contains("Your report #" + id + " is now Verified.");
    }

    @Test
    void openingANotificationLeadsToItsRecordAndMarksItRead() throws Exception {
        long id = submit(reporter, PALA_PULAU);
        move(officer, id, "DITELAAH");
        long notification = onlyNotificationOf(reporter);

        // somebody else's notification is not found, whoever asks
        for (String other : new String[] {colleague, officerBali, admin}) {
            page(other, "/notifikasi/" + notification).andExpect(status().isNotFound());
            mvc.perform(post("/notifikasi/" + notification + "/dibaca")
                            .with(accounts.as(other))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/notifikasi/" + notification))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/notifikasi")).andExpect(redirectedUrl("/login"));
        assertThat(unread(reporter)).isEqualTo(1);

        page(reporter, "/notifikasi/" + notification).andExpect(redirectedUrl("/laporan/" + id));
        assertThat(unread(reporter)).isZero();
        assertThat(html(reporter, "/notifikasi").select("#notificationCount")).isEmpty();
    }

    @Test
    void markAllReadEmptiesTheBell() throws Exception {
        long id = submit(reporter, PALA_PULAU);
        move(officer, id, "DITELAAH");
        move(officer, id, "TERVERIFIKASI");
        assertThat(unread(reporter)).isEqualTo(2);

        mvc.perform(post("/notifikasi/dibaca-semua").with(accounts.as(reporter)).with(csrf()))
                .andExpect(redirectedUrl("/notifikasi"));

        assertThat(unread(reporter)).isZero();
        assertThat(html(reporter, "/notifikasi").select("#notifications .notification-unread"))
                .isEmpty();
    }

    @Test
    void newReportsWaitingForReviewAreCountedInOneNotificationForTheOfficersOfTheJurisdictionOnly() throws Exception {
        long nationalImmigration = agencies.create("IMIGRASI", "PUSAT");
        String nationalOfficer = person("OFFICER", nationalImmigration);

        submit(reporter, PALA_PULAU);
        submit(colleague, PALA_PULAU);

        assertThat(kindsOf(officer)).containsExactly("REVIEW_WAITING");
        assertThat(kindsOf(nationalOfficer)).containsExactly("REVIEW_WAITING");
        assertThat(kindsOf(officerBali)).isEmpty();
        assertThat(kindsOf(reporter)).isEmpty();
        assertThat(html(officer, "/notifikasi")
                        .select("#notifications .notification")
                        .text())
                .contains("2 laporan baru menunggu telaah di wilayah Anda.");

        // read, then a third report: a new notification starts counting again
        page(officer, "/notifikasi/" + onlyNotificationOf(officer)).andExpect(status().is3xxRedirection());
        submit(reporter, PALA_PULAU);
        assertThat(jdbc.queryForList(
                        "select item_count from notification where recipient_id = ? order by id",
                        Integer.class,
                        accounts.idOf(officer)))
                .containsExactly(2, 1);
    }

    @Test
    void aNotificationWhoseReportLeftTheJurisdictionIsNeitherShownCountedNorOpened() throws Exception {
        long id = submit(reporter, PALA_PULAU);
        move(officer, id, "DITELAAH");
        long notification = onlyNotificationOf(reporter);
        assertThat(unread(reporter)).isEqualTo(1);

        // the reporter's agency now covers Badung only
        jdbc.update("delete from agency_region where agency_id = ?", kesbangpol);
        jdbc.update("insert into agency_region (agency_id, region_code) values (?, ?)", kesbangpol, BADUNG);

        assertThat(unread(reporter)).isZero();
        assertThat(html(reporter, "/notifikasi").select("#notifications .notification"))
                .isEmpty();
        page(reporter, "/notifikasi/" + notification).andExpect(status().isNotFound());
    }

    @Test
    void everySignedInRoleHasTheListAndAdministratorsSeeNoReportNotifications() throws Exception {
        for (String user : new String[] {reporter, officer, admin}) {
            page(user, "/notifikasi").andExpect(status().isOk());
        }
        page(admin, "/").andExpect(status().isOk());
    }

    private long onlyNotificationOf(String user) {
        return jdbc.queryForObject(
                "select id from notification where recipient_id = ? and read_at is null",
                Long.class,
                accounts.idOf(user));
    }

    private int unread(String user) throws Exception {
        String count = html(user, "/notifikasi").select("#notificationCount").text();
        return count.isEmpty() ? 0 : Integer.parseInt(count);
    }
}
