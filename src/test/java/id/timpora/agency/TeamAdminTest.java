package id.timpora.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class TeamAdminTest extends IntegrationTest {

    @Test
    void aKabupatenTeamIsCreatedWithItsChairAsMemberAndANameFromItsRegion() throws Exception {
        String admin = accounts.create("ADMIN");
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "35.26");
        long kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "35.26");
        jdbc.update("delete from team where level = 'KABUPATEN_KOTA' and region_code = '35.26'");

        mvc.perform(post("/admin/tim/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("level", "KABUPATEN_KOTA")
                        .param("regionCode", "35.26")
                        .param("chairAgencyId", String.valueOf(kanim))
                        .param("memberAgencyIds", String.valueOf(kesbangpol))
                        .param("decreeNumber", "188/45/KPTS/433.013/2025")
                        .param("decreeDate", "2025-02-03"))
                .andExpect(status().is3xxRedirection());

        Long id = jdbc.queryForObject(
                "select id from team where level = 'KABUPATEN_KOTA' and region_code = '35.26'", Long.class);
        assertThat(jdbc.queryForObject("select name from team where id = ?", String.class, id))
                .isEqualTo("Tim Pora Kabupaten Bangkalan");
        assertThat(jdbc.queryForList("select agency_id from team_member where team_id = ?", Long.class, id))
                .containsExactlyInAnyOrder(kanim, kesbangpol);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'CREATE' and target_type = 'TEAM' and target_id = ?",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);
        mvc.perform(get("/admin/tim").param("q", "Bangkalan").with(accounts.as(admin)))
                .andExpect(content().string(containsString("Tim Pora Kabupaten Bangkalan")))
                .andExpect(content().string(containsString("188/45/KPTS/433.013/2025")));

        mvc.perform(post("/admin/tim/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("level", "KABUPATEN_KOTA")
                        .param("regionCode", "35.26")
                        .param("chairAgencyId", String.valueOf(kanim)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sudah ada tim untuk tingkat dan wilayah ini.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from team where level = 'KABUPATEN_KOTA' and region_code = '35.26'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aRegionOfTheWrongLevelOrAMissingChairIsRefused() throws Exception {
        String admin = accounts.create("ADMIN");
        long kanim = agencies.create("IMIGRASI", "PROVINSI", "51");
        int before = jdbc.queryForObject("select count(*) from team", Integer.class);

        mvc.perform(post("/admin/tim/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("level", "PROVINSI")
                        .param("regionCode", "51.71")
                        .param("chairAgencyId", String.valueOf(kanim)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wilayah harus sesuai tingkat tim")));
        mvc.perform(post("/admin/tim/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("level", "PROVINSI")
                        .param("regionCode", "51"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")));

        assertThat(jdbc.queryForObject("select count(*) from team", Integer.class))
                .isEqualTo(before);
    }
}
