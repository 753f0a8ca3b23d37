package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The settings page (each user's own) and the outbox page (national administrators only). */
class PreferencesAndOutboxTest extends NotificationTestBase {

    @Test
    void aUserSeesTheRoleDefaultsAndSavesTheirOwnChoice() throws Exception {
        page(reporter, "/notifikasi/pengaturan")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"kind-REPORT_STATUS\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"kind-REVIEW_WAITING\""))));

        mvc.perform(post("/notifikasi/pengaturan")
                        .with(accounts.as(reporter))
                        .with(csrf())
                        .param("language", "en")
                        .param("emailKinds", "REPORT_FOLLOW_UP", "REVIEW_WAITING")
                        .param("digest", "true"))
                .andExpect(redirectedUrl("/notifikasi/pengaturan"));

        var row = jdbc.queryForMap(
                "select language, array_to_string(email_kinds, ',') as kinds, digest"
                        + " from notification_preference where account_id = ?",
                accounts.idOf(reporter));
        // a kind the role cannot receive is not kept
        assertThat(row)
                .containsEntry("language", "en")
                .containsEntry("kinds", "REPORT_FOLLOW_UP")
                .containsEntry("digest", true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_preference where account_id = ?",
                        Integer.class,
                        accounts.idOf(colleague)))
                .isZero();
    }

    @Test
    void anUnknownLanguageIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/notifikasi/pengaturan")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("language", "fr")
                        .param("emailKinds", "REVIEW_WAITING"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Pilih bahasa Indonesia atau Inggris.")))
                .andExpect(content().string(Matchers.containsString("checked")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_preference where account_id = ?",
                        Integer.class,
                        accounts.idOf(officer)))
                .isZero();
        mvc.perform(get("/notifikasi/pengaturan")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyNationalAdministratorsSeeTheOutbox() throws Exception {
        long national = agencies.create("IMIGRASI", "PUSAT");
        String nationalAdmin = person("ADMIN", national);
        String provincialAdmin = person("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "61"));

        page(nationalAdmin, "/admin/surel").andExpect(status().isOk());
        page(nationalAdmin, "/admin/surel?status=FAILED").andExpect(status().isOk());
        page(provincialAdmin, "/admin/surel").andExpect(status().isNotFound());
        page(officer, "/admin/surel").andExpect(status().isForbidden());
        page(reporter, "/admin/surel").andExpect(status().isForbidden());
        mvc.perform(get("/admin/surel")).andExpect(redirectedUrl("/login"));
    }
}
