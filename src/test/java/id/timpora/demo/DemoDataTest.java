package id.timpora.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.timpora.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoData demoData;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_test_demo");
    }

    @Test
    void theDemoProfileFillsAnEmptyDatabaseAcrossTheDemoProvinces() {
        assertThat(jdbc.queryForObject("select count(*) from agency", Integer.class))
                .isEqualTo(DemoData.AGENCIES.size());
        assertThat(jdbc.queryForList(
                        "select distinct substr(region_code, 1, 2) from agency_region order by 1", String.class))
                .containsExactly("16", "31", "35", "51", "61", "62");
        assertThat(jdbc.queryForObject("select count(*) from team", Integer.class))
                .isEqualTo(DemoData.TEAMS.size());
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .as("no random bootstrap admin next to the demo accounts")
                .isEqualTo(DemoData.ACCOUNTS.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user u join agency a on a.id = u.agency_id"
                                + " where u.role = 'OFFICER' and a.type <> 'IMIGRASI'",
                        Integer.class))
                .isZero();
    }

    @Test
    void theDemoHasALivingSetOfReportsInsideEachReportersJurisdiction() {
        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class))
                .isEqualTo(3000);
        assertThat(jdbc.queryForList("select distinct status from report order by 1", String.class))
                .containsExactly("BARU", "DITELAAH", "DITOLAK", "SELESAI", "TERVERIFIKASI", "TINDAK_LANJUT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report r where not exists (select 1 from agency_region ar"
                                + " where ar.agency_id = r.reporting_agency_id and r.region_code like ar.region_code || '.%')",
                        Integer.class))
                .as("reports outside their reporting agency's jurisdiction")
                .isZero();
        assertThat(jdbc.queryForObject("select count(distinct nationality) from report", Integer.class))
                .isGreaterThan(20);
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select subject_id from report where subject_id is not null"
                                + " group by subject_id having count(*) > 1) repeated",
                        Integer.class))
                .as("people seen more than once")
                .isGreaterThan(50);
        assertThat(jdbc.queryForObject(
                        "select count(*) from report r where (select count(*) from report_status_change c"
                                + " where c.report_id = r.id and c.to_status = r.status) <> 1",
                        Integer.class))
                .as("reports whose history does not end in their status")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from report r where r.status in ('TINDAK_LANJUT', 'SELESAI')"
                                + " and not exists (select 1 from follow_up f where f.report_id = r.id)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where cardinality(activities)"
                                + " <> (select count(distinct a) from unnest(activities) a)",
                        Integer.class))
                .as("reports naming one activity twice (\"Bisnis Bisnis\")")
                .isZero();
    }

    @Test
    void demoAccountsSignInWithTheDocumentedPassword() throws Exception {
        mvc.perform(formLogin("/login").user("pelapor.kapuashulu").password(DemoData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("admin.demo").password(DemoData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void demoTeamsHaveHeldAndUpcomingMeetingsWithOpenDoneAndOverdueActionItems() {
        assertThat(jdbc.queryForList("select distinct status from meeting order by 1", String.class))
                .containsExactly("DIRENCANAKAN", "SELESAI");
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting where status = 'DIRENCANAKAN' and starts_at > now()",
                        Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_action_item where status = 'TERBUKA' and due_at <= now()",
                        Integer.class))
                .as("overdue action items")
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_action_item where status = 'SELESAI'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting m where m.status = 'SELESAI' and (m.minutes is null"
                                + " or not exists (select 1 from meeting_attendee a where a.meeting_id = m.id)"
                                + " or not exists (select 1 from meeting_report r where r.meeting_id = m.id))",
                        Integer.class))
                .as("held meetings without minutes, attendance or reports discussed")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting_action_item ai where not exists (select 1 from meeting_invitee i"
                                + " where i.meeting_id = ai.meeting_id and i.agency_id = ai.responsible_agency_id)",
                        Integer.class))
                .as("action items of agencies that were not invited")
                .isZero();
    }

    @Test
    void runningAgainDoesNotDuplicateAnything() throws Exception {
        int meetings = jdbc.queryForObject("select count(*) from meeting", Integer.class);

        demoData.run(null);

        assertThat(jdbc.queryForObject("select count(*) from agency", Integer.class))
                .isEqualTo(DemoData.AGENCIES.size());
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class))
                .isEqualTo(meetings);
    }
}
