package id.timpora.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AgencyAdminTest extends IntegrationTest {

    String admin;

    @BeforeEach
    void signIn() {
        admin = accounts.create("ADMIN");
    }

    @Test
    void anAgencyWithSeveralKabupatenIsCreatedAndAudited() throws Exception {
        String name = "Kantor Imigrasi Uji Putussibau " + System.nanoTime();

        mvc.perform(save("/admin/instansi/baru", name, "IMIGRASI", "KABUPATEN_KOTA", "61.06", "61.05")
                        .param("phone", "(0567) 21234")
                        .param("email", "kanim@example.go.id"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/instansi/*"));

        Long id = jdbc.queryForObject("select id from agency where name = ?", Long.class, name);
        assertThat(jdbc.queryForList(
                        "select region_code from agency_region where agency_id = ? order by 1", String.class, id))
                .containsExactly("61.05", "61.06");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'CREATE' and target_type = 'AGENCY' and target_id = ?",
                        String.class,
                        id.toString()))
                .contains(name);
        mvc.perform(get("/admin/instansi/" + id).with(accounts.as(admin)))
                .andExpect(content().string(containsString("Kabupaten Kapuas Hulu (Kalimantan Barat)")));
    }

    @Test
    void badInputIsShownBesideTheFieldsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        int before = agencyCount();

        mvc.perform(save("/admin/instansi/baru", "", "KESBANGPOL", "PROVINSI").param("email", "bukan-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Pilih minimal satu wilayah kerja")))
                .andExpect(content().string(containsString("Alamat email tidak valid.")))
                .andExpect(content().string(containsString("value=\"bukan-email\"")));

        mvc.perform(save(
                        "/admin/instansi/baru",
                        "Kesbangpol Tanpa Wilayah " + System.nanoTime(),
                        "KESBANGPOL",
                        "PROVINSI"))
                .andExpect(content().string(containsString("Pilih minimal satu wilayah kerja")));

        mvc.perform(save("/admin/instansi/baru", "Kesbangpol Wilayah Palsu", "KESBANGPOL", "PROVINSI", "99.99"))
                .andExpect(content().string(containsString("Kode wilayah tidak dikenal")))
                .andExpect(content().string(containsString("value=\"Kesbangpol Wilayah Palsu\"")));

        assertThat(agencyCount()).isEqualTo(before);
    }

    @Test
    void submittingTheSameAgencyTwiceCreatesItOnce() throws Exception {
        String name = "Kesbangpol Provinsi Uji " + System.nanoTime();
        mvc.perform(save("/admin/instansi/baru", name, "KESBANGPOL", "PROVINSI", "62"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(save("/admin/instansi/baru", name.toUpperCase(), "KESBANGPOL", "PROVINSI", "62"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sudah ada instansi dengan nama ini.")));

        assertThat(jdbc.queryForObject("select count(*) from agency where lower(name) = lower(?)", Integer.class, name))
                .isEqualTo(1);
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedClearly() throws Exception {
        long id = agencies.create("BNN", "PROVINSI", "35");
        String name = agencies.nameOf(id);
        mvc.perform(save("/admin/instansi/" + id, name + " (diubah)", "BNN", "PROVINSI", "35")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(save("/admin/instansi/" + id, name + " (versi lama)", "BNN", "PROVINSI", "35")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah diubah oleh pengguna lain")))
                .andExpect(content().string(containsString("(versi lama)")));

        assertThat(agencies.nameOf(id)).isEqualTo(name + " (diubah)");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'UPDATE' and target_type = 'AGENCY' and target_id = ?",
                        String.class,
                        String.valueOf(id)))
                .isEqualTo("name: '" + name + "' → '" + name + " (diubah)'");
    }

    @Test
    void theAddRegionButtonAddsToTheListWithoutSaving() throws Exception {
        int before = agencyCount();
        mvc.perform(save("/admin/instansi/baru", "", "IMIGRASI", "KABUPATEN_KOTA", "61.06")
                        .param("newRegionCode", "61.05")
                        .param("addRegion", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"61.05\"")))
                .andExpect(content().string(containsString("Kabupaten Kapuas Hulu")))
                .andExpect(content().string(not(containsString("Wajib diisi."))));
        assertThat(agencyCount()).isEqualTo(before);
    }

    @Test
    void deactivationIsAuditedAndLocksOutTheAgencysAccounts() throws Exception {
        long id = agencies.create("TNI", "KABUPATEN_KOTA", "35.26");
        String member = accounts.create("REPORTER", id);

        mvc.perform(post("/admin/instansi/" + id + "/nonaktifkan")
                        .with(accounts.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select active from agency where id = ?", Boolean.class, id))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'DEACTIVATE' and target_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(formLogin("/login").user(member).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void theListSearchesAndPages() throws Exception {
        long id = agencies.create("KEJAKSAAN", "KABUPATEN_KOTA", "16.72");
        String name = agencies.nameOf(id);

        mvc.perform(get("/admin/instansi")
                        .param("q", name.substring(0, 20))
                        .param("type", "KEJAKSAAN")
                        .with(accounts.as(admin)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Kota Pagar Alam")));
        mvc.perform(get("/admin/instansi")
                        .param("type", "BEA_CUKAI")
                        .param("q", name)
                        .with(accounts.as(admin)))
                .andExpect(content().string(not(containsString(">" + name + "</a>"))))
                .andExpect(content().string(containsString("Tidak ada data yang cocok.")));
    }

    private MockHttpServletRequestBuilder save(String url, String name, String type, String level, String... regions) {
        MockHttpServletRequestBuilder request = post(url)
                .with(accounts.as(admin))
                .with(csrf())
                .param("name", name)
                .param("type", type)
                .param("level", level);
        for (String region : regions) {
            request.param("regionCodes", region);
        }
        return request;
    }

    private int agencyCount() {
        return jdbc.queryForObject("select count(*) from agency", Integer.class);
    }
}
