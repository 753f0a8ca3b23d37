package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** Saved searches: saved from the list, shown on it, the owner's alone; watched ones notify within jurisdiction. */
class SavedSearchTest extends NotificationTestBase {

    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Badung

    @Test
    void aWatchedSearchNotifiesOfANewMatchingReportInsideTheOwnersJurisdictionOnly() throws Exception {
        save(officer, "Warga Tiongkok", "/laporan?nationality=CN&page=3", true)
                .andExpect(redirectedUrl("/laporan?nationality=CN"));
        save(officerBali, "Warga Tiongkok di mana saja", "/laporan?nationality=cn", true);
        save(colleague, "Tiongkok (tidak dipantau)", "/laporan?nationality=CN", false);

        long chinese = submit(reporter, PALA_PULAU, "CN");
        submit(reporter, PALA_PULAU, "MY");

        assertThat(jdbc.queryForList(
                        "select report_id from notification where recipient_id = ? and kind = 'SAVED_SEARCH_MATCH'",
                        Long.class,
                        accounts.idOf(officer)))
                .containsExactly(chinese);
        assertThat(kindsOf(officerBali)).doesNotContain("SAVED_SEARCH_MATCH"); // Kapuas Hulu is not theirs
        assertThat(kindsOf(colleague)).doesNotContain("SAVED_SEARCH_MATCH");
        assertThat(page(officer, "/notifikasi").andReturn().getResponse().getContentAsString())
                .contains("Laporan baru #" + chinese + " cocok dengan pencarian &quot;Warga Tiongkok&quot;.");

        long inBali = submit(reporterBali, TUBAN_BADUNG, "CN");
        assertThat(jdbc.queryForList(
                        "select report_id from notification where recipient_id = ? and kind = 'SAVED_SEARCH_MATCH'",
                        Long.class,
                        accounts.idOf(officerBali)))
                .containsExactly(inBali);
    }

    @Test
    void aFilterOnRegionAndActivityMatchesOnlyWhatTheListWouldShow() throws Exception {
        save(officer, "Bekerja di Kapuas Hulu", "/laporan?wilayah=61.06&activity=BEKERJA&status=BARU", true);
        save(officer, "Wisata", "/laporan?activity=WISATA", true);
        save(officer, "Kecamatan lain", "/laporan?wilayah=61.06.02", true);

        long id = submit(reporter, PALA_PULAU, "CN");

        assertThat(jdbc.queryForList(
                        "select detail from notification where recipient_id = ? and kind = 'SAVED_SEARCH_MATCH'",
                        String.class,
                        accounts.idOf(officer)))
                .containsExactly("Bekerja di Kapuas Hulu");
        assertThat(id).isPositive();
    }

    @Test
    void aReportMatchingSeveralOfMySearchesIsOneNotificationNamingThemAll() throws Exception {
        save(officer, "Semua baru", "/laporan?status=BARU", true);
        save(officer, "Warga Tiongkok", "/laporan?nationality=CN", true);
        save(officer, "Warga Malaysia", "/laporan?nationality=MY", true);

        long id = submit(reporter, PALA_PULAU, "CN");

        assertThat(jdbc.queryForList(
                        "select detail from notification where recipient_id = ? and kind = 'SAVED_SEARCH_MATCH'"
                                + " and report_id = ?",
                        String.class,
                        accounts.idOf(officer),
                        id))
                .containsExactly("Semua baru\", \"Warga Tiongkok");
        assertThat(page(officer, "/notifikasi").andReturn().getResponse().getContentAsString())
                .contains("cocok dengan pencarian &quot;Semua baru&quot;, &quot;Warga Tiongkok&quot;.");
    }

    @Test
    void theListShowsMySavedSearchesOnlyAndOnlyIMayOpenWatchOrDeleteThem() throws Exception {
        save(officer, "Antrean baru", "/laporan?status=BARU", false);
        long id = jdbc.queryForObject(
                "select id from saved_search where owner_id = ? and name = 'Antrean baru'",
                Long.class,
                accounts.idOf(officer));

        Document list = html(officer, "/laporan");
        assertThat(list.select("#savedSearchList .saved-search").text()).contains("Antrean baru");
        assertThat(html(colleague, "/laporan").select("#savedSearchList")).isEmpty();

        mvc.perform(get("/pencarian-tersimpan/" + id).with(accounts.as(officer)))
                .andExpect(redirectedUrl("/laporan?status=BARU"));
        for (String other : new String[] {colleague, officerBali}) {
            mvc.perform(get("/pencarian-tersimpan/" + id).with(accounts.as(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/pencarian-tersimpan/" + id + "/hapus")
                            .with(accounts.as(other))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/pencarian-tersimpan/" + id + "/pantau")
                            .with(accounts.as(other))
                            .with(csrf())
                            .param("watched", "true"))
                    .andExpect(status().isNotFound());
        }
        save(admin, "Admin", "/laporan", false).andExpect(status().isForbidden());
        mvc.perform(post("/pencarian-tersimpan").with(csrf()).param("name", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        mvc.perform(post("/pencarian-tersimpan/" + id + "/pantau")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("watched", "true"))
                .andExpect(redirectedUrl("/laporan?status=BARU"));
        assertThat(jdbc.queryForObject("select watched from saved_search where id = ?", Boolean.class, id))
                .isTrue();
        mvc.perform(post("/pencarian-tersimpan/" + id + "/hapus")
                        .with(accounts.as(officer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/laporan"));
        assertThat(jdbc.queryForObject("select count(*) from saved_search where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aNameTwiceOrNoNameIsRefusedAndSavesNothing() throws Exception {
        save(officer, "Antrean", "/laporan?status=BARU", false);
        save(officer, "antrean", "/laporan?status=DITELAAH", false)
                .andExpect(flash().attribute("flashError", "savedSearch.error.nameTaken"))
                .andExpect(flash().attribute("savedSearchName", "antrean"))
                .andExpect(redirectedUrl("/laporan?status=DITELAAH"));
        save(officer, "   ", "/laporan?status=DITELAAH", false)
                .andExpect(flash().attribute("flashError", "validation.required"));

        // the list comes back with the summary at the top, the problem beside the name, and what was typed
        var refused = save(officer, "antrean", "/laporan?status=DITELAAH", true).andReturn();
        Document list = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(accounts.as(officer))
                        .cookie(refused.getResponse().getCookie("SESSION"))) // the flash lives in the session
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select(".alert-danger").text()).contains("Anda sudah punya pencarian dengan nama ini.");
        assertThat(list.select("#savedSearchName.is-invalid").val()).isEqualTo("antrean");
        assertThat(list.select("#savedSearchNameError").text()).contains("Anda sudah punya pencarian dengan nama ini.");
        assertThat(list.select("#savedSearchWatched[checked]")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from saved_search where owner_id = ?", Integer.class, accounts.idOf(officer)))
                .isEqualTo(1);
    }

    @Test
    void aSearchTooLongToKeepIsRefusedBesideTheNameNotAsABadRequest() throws Exception {
        String longQuery = "/laporan?q=" + "a".repeat(3000);
        save(officer, "Panjang", longQuery, false)
                .andExpect(flash().attribute("flashError", "savedSearch.error.queryTooLong"))
                .andExpect(flash().attribute("savedSearchName", "Panjang"))
                .andExpect(redirectedUrl("/laporan"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from saved_search where owner_id = ?", Integer.class, accounts.idOf(officer)))
                .isZero();
    }

    private ResultActions save(String user, String name, String query, boolean watched) throws Exception {
        return mvc.perform(post("/pencarian-tersimpan")
                .with(accounts.as(user))
                .with(csrf())
                .param("name", name)
                .param("query", query)
                .param("watched", String.valueOf(watched)));
    }
}
