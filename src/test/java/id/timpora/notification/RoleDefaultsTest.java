package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** National administrators set the e-mail defaults per role; users who chose for themselves keep their choice. */
class RoleDefaultsTest extends NotificationTestBase {

    /** The defaults are shared by every test: put the reporters' back. */
    @AfterEach
    void restore() {
        jdbc.update("update notification_role_default set digest = false, email_kinds = array['REPORT_STATUS',"
                + " 'REPORT_FOLLOW_UP', 'ACTION_ITEM', 'MEETING_INVITED', 'MEETING_CHANGED',"
                + " 'MEETING_CANCELLED', 'SAVED_SEARCH_MATCH', 'ACTION_ITEM_DUE', 'ACTION_ITEM_OVERDUE']"
                + " where role = 'REPORTER'");
    }

    @Test
    void aNationalAdministratorChangesTheReportersDefaultsAndOnlyUndecidedReportersFollow() throws Exception {
        Document page = html(admin, "/admin/notifikasi");
        assertThat(page.select("#role-REPORTER input[name=emailKinds][checked]").eachAttr("value"))
                .contains("REPORT_STATUS", "ACTION_ITEM_DUE");
        assertThat(page.select("#role-REPORTER input[value=REVIEW_WAITING]")).isEmpty(); // not offered to reporters
        // the colleague chose for themselves earlier
        mvc.perform(post("/notifikasi/pengaturan")
                        .with(accounts.as(colleague))
                        .with(csrf())
                        .param("language", "id")
                        .param("emailKinds", "REPORT_STATUS")
                        .param("digest", "false"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/notifikasi/REPORTER")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("emailKinds", "ACTION_ITEM", "REVIEW_WAITING")
                        .param("digest", "true"))
                .andExpect(redirectedUrl("/admin/notifikasi"));

        assertThat(html(reporter, "/notifikasi/pengaturan")
                        .select("input[name=emailKinds][checked]")
                        .eachAttr("value"))
                .containsExactly("ACTION_ITEM"); // REVIEW_WAITING is not a reporter's to get
        assertThat(html(reporter, "/notifikasi/pengaturan").select("#digestYes[checked]"))
                .hasSize(1);
        assertThat(html(colleague, "/notifikasi/pengaturan")
                        .select("input[name=emailKinds][checked]")
                        .eachAttr("value"))
                .containsExactly("REPORT_STATUS");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where target_type = 'notification_role_default'"
                                + " and target_id = 'REPORTER' order by id desc limit 1",
                        String.class))
                .contains("-> [ACTION_ITEM], digest false -> true");
    }

    @Test
    void onlyNationalAdministratorsMaySeeOrChangeTheDefaults() throws Exception {
        long province = agencies.create("IMIGRASI", "PROVINSI", "61");
        String provincialAdmin = person("ADMIN", province);
        for (String user : List.of(provincialAdmin, officer, reporter)) {
            assertThat(page(user, "/admin/notifikasi").andReturn().getResponse().getStatus())
                    .as(user)
                    .isIn(403, 404);
            assertThat(mvc.perform(post("/admin/notifikasi/REPORTER")
                                    .with(accounts.as(user))
                                    .with(csrf())
                                    .param("emailKinds", "ACTION_ITEM"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isIn(403, 404);
        }
        mvc.perform(get("/admin/notifikasi")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/notifikasi/REPORTER").with(accounts.as(admin)))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/admin/notifikasi/NOBODY").with(accounts.as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/notifikasi/PARTNER").with(accounts.as(admin)).with(csrf()))
                .andExpect(status().isNotFound()); // partners get no notifications: nothing to set
        assertThat(html(admin, "/admin/notifikasi").select("#role-PARTNER")).isEmpty();
        mvc.perform(post("/admin/notifikasi/REPORTER")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("emailKinds", "NOT_A_KIND"))
                .andExpect(redirectedUrl("/admin/notifikasi"));
        assertThat(jdbc.queryForObject(
                        "select 'ACTION_ITEM_DUE' = any(email_kinds) from notification_role_default"
                                + " where role = 'REPORTER'",
                        Boolean.class))
                .as("a tampered form saves nothing")
                .isTrue();
    }
}
