package id.timpora.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registering organisations and their partner users: who may, where, and what a refused form looks like. */
class OrganisationRegistrationTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kabupaten Kapuas Hulu
    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Badung, Bali

    private MockHttpServletRequestBuilder form(String name, String nib, String desa) {
        return post("/organisasi/baru")
                .with(csrf())
                .param("kind", "PENGINAPAN_HOTEL")
                .param("name", name)
                .param("registrationNumber", nib)
                .param("regionCode", desa)
                .param("address", "Jl. Lintas Utara 1")
                .param("contactName", "Bu Sari")
                .param("contactPhone", "0812 3456 789");
    }

    private long count(String name) {
        return jdbc.queryForObject("select count(*) from organisation where name = ?", Long.class, name);
    }

    @Test
    void anOfficerOfTheCoveringKanimRegistersAnOrganisationAndItsPartnerUser() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String name = "Hotel Kapuas " + System.nanoTime();
        MvcResult created = mvc.perform(
                        form(name, "NIB" + System.nanoTime(), PALA_PULAU).with(accounts.as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/organisasi/");
        long id = Long.parseLong(location.substring("/organisasi/".length()));
        assertThat(jdbc.queryForObject("select regency_code from organisation where id = ?", String.class, id))
                .isEqualTo("61.06");
        mvc.perform(get(location).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));

        String username = "mitra-" + System.nanoTime();
        mvc.perform(post(location + "/pengguna")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("username", username)
                        .param("displayName", "Resepsionis"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select u.role || ' ' || u.must_change_password || ' ' || pa.organisation_id from app_user u"
                                + " join partner_account pa on pa.account_id = u.id where u.username = ?",
                        String.class,
                        username))
                .isEqualTo("PARTNER true " + id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where target_type = 'ORGANISATION' and target_id = ?",
                        Long.class,
                        String.valueOf(id)))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anOfficerOutsideTheDesaAndAnotherAgencysReporterAreRefused() throws Exception {
        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        String name = "Homestay Luar " + System.nanoTime();
        mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(bali)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("di luar wilayah kerja")));
        assertThat(count(name)).isZero();

        String police = accounts.create("REPORTER", agencies.create("POLRI", "KABUPATEN_KOTA", "61.06"));
        mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(police))).andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/baru").with(accounts.as(police))).andExpect(status().isNotFound());
        assertThat(count(name)).isZero();

        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));
        mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(kesbangpol))).andExpect(status().is3xxRedirection());
        assertThat(count(name)).isOne();
    }

    @Test
    void anOrganisationOutsideTheJurisdictionIsNotFound() throws Exception {
        String kapuas = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        String name = "Villa " + System.nanoTime();
        String location = mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(kapuas)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(accounts.as(bali))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/ubah").with(accounts.as(bali))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/pengguna")
                        .with(csrf())
                        .with(accounts.as(bali))
                        .param("username", "x-" + System.nanoTime())
                        .param("displayName", "X"))
                .andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(status().is3xxRedirection()); // anonymous: to the sign-in
    }

    @Test
    void anAdministratorPicksARegisteringAgencyThatCoversTheDesa() throws Exception {
        long kalbar = agencies.create("IMIGRASI", "PROVINSI", "61");
        String admin = accounts.create("ADMIN", kalbar);
        long bali = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03");
        String name = "Mes " + System.nanoTime();
        mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(admin)).param("agencyId", String.valueOf(bali)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih Kantor Imigrasi atau Kesbangpol")));
        assertThat(count(name)).isZero();
        mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(admin)).param("agencyId", String.valueOf(kalbar)))
                .andExpect(status().is3xxRedirection());
        assertThat(count(name)).isOne();
    }

    @Test
    void badInputComesBackBesideTheFieldsAndSavesNothing() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String nib = "NIB-" + System.nanoTime();
        mvc.perform(post("/organisasi/baru")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("name", "")
                        .param("registrationNumber", nib)
                        .param("contactEmail", "bukan-email")
                        .param("regionCode", "61.06"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("Pilih desa/kelurahan.")))
                .andExpect(content().string(containsString(nib)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where registration_number = ?", Long.class, nib))
                .isZero();
    }

    @Test
    void anOrganisationWithPartnerUsersDoesNotBecomeAForeignOrganisation() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String name = "Vila " + System.nanoTime();
        String location = mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(officer)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/pengguna")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("username", "vila-" + System.nanoTime())
                        .param("displayName", "Resepsionis"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(location + "/ubah")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("version", "0")
                        .param("kind", "LSM_ASING")
                        .param("countryCode", "AU")
                        .param("name", name)
                        .param("regionCode", PALA_PULAU)
                        .param("address", "Jl. Lintas Utara 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("Organisasi ini punya pengguna mitra")));
        assertThat(jdbc.queryForObject("select kind from organisation where name = ?", String.class, name))
                .isEqualTo("PENGINAPAN_HOTEL");
        // another kind of partner is fine
        mvc.perform(post(location + "/ubah")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("version", "0")
                        .param("kind", "VILLA")
                        .param("name", name)
                        .param("regionCode", PALA_PULAU)
                        .param("address", "Jl. Lintas Utara 1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select kind from organisation where name = ?", String.class, name))
                .isEqualTo("VILLA");
    }

    @Test
    void aPartnerUserForAnOrganisationDeactivatedMeanwhileIsRefusedWithAMessage() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String name = "Losmen " + System.nanoTime();
        String location = mvc.perform(form(name, null, PALA_PULAU).with(accounts.as(officer)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        jdbc.update("update organisation set active = false where name = ?", name);
        String username = "losmen-" + System.nanoTime();
        mvc.perform(post(location + "/pengguna")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("username", username)
                        .param("displayName", "Resepsionis"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "organisation.error.noPartners"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
                .isZero();
    }

    @Test
    void theRegisteringOfficerResetsAndDeactivatesPartnerUsersOfTheirOrganisationOnly() throws Exception {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String officer = accounts.create("OFFICER", kanim);
        String location = mvc.perform(
                        form("Kos " + System.nanoTime(), null, PALA_PULAU).with(accounts.as(officer)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String username = "kos-" + System.nanoTime();
        mvc.perform(post(location + "/pengguna")
                .with(csrf())
                .with(accounts.as(officer))
                .param("username", username)
                .param("displayName", "Pemilik kos"));
        long account = accounts.idOf(username);
        jdbc.update("update app_user set must_change_password = false where id = ?", account);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account);

        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        mvc.perform(post(location + "/pengguna/" + account + "/atur-ulang-sandi")
                        .with(csrf())
                        .with(accounts.as(bali)))
                .andExpect(status().isNotFound());
        // an account that is not this organisation's partner is not there
        mvc.perform(post(location + "/pengguna/" + accounts.idOf(bali) + "/nonaktifkan")
                        .with(csrf())
                        .with(accounts.as(officer)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, accounts.idOf(bali)))
                .isTrue();

        mvc.perform(post(location + "/pengguna/" + account + "/atur-ulang-sandi")
                        .with(csrf())
                        .with(accounts.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select must_change_password from app_user where id = ?", Boolean.class, account))
                .isTrue();
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account))
                .isNotEqualTo(hash);
        mvc.perform(post(location + "/pengguna/" + account + "/nonaktifkan")
                        .with(csrf())
                        .with(accounts.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, account))
                .isFalse();
    }

    @Test
    void theAdministratorsUserFormRefusesThePartnerRole() throws Exception {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String admin = accounts.create("ADMIN");
        String username = "bukan-mitra-" + System.nanoTime();
        mvc.perform(post("/admin/pengguna/baru")
                        .with(csrf())
                        .with(accounts.as(admin))
                        .param("username", username)
                        .param("displayName", "X")
                        .param("role", "PARTNER")
                        .param("agencyId", String.valueOf(kanim)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("halaman organisasinya")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
                .isZero();
    }
}
