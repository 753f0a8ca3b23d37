package id.timpora.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class AccountAdminTest extends IntegrationTest {

    String admin;
    long kesbangpol;

    @BeforeEach
    void setUp() {
        admin = accounts.create("ADMIN");
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
    }

    @Test
    void aNewAccountGetsAOneTimePasswordShownOnceThatMustBeChanged() throws Exception {
        String username = "pelapor.kh" + System.nanoTime() % 100000;

        MvcResult created = mvc.perform(post("/admin/pengguna/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Siti Rahmawati")
                        .param("role", "REPORTER")
                        .param("agencyId", String.valueOf(kesbangpol))
                        .param("position", "Analis Kebijakan"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("oneTimePassword"))
                .andReturn();
        String oneTimePassword = (String) created.getFlashMap().get("oneTimePassword");

        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(16);
        assertThat(jdbc.queryForObject(
                        "select must_change_password from app_user where username = ?", Boolean.class, username))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'CREATE' and target_type = 'USER' and detail like ?",
                        Integer.class,
                        username + " [REPORTER%"))
                .isEqualTo(1);
        mvc.perform(formLogin("/login").user(username).password(oneTimePassword))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/pengguna/" + accounts.idOf(username)).with(accounts.as(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(oneTimePassword))));
    }

    @Test
    void duplicateUsernameAndAnOfficerOutsideImmigrationAreRefused() throws Exception {
        String existing = accounts.create("REPORTER", kesbangpol);
        int before = jdbc.queryForObject("select count(*) from app_user", Integer.class);

        mvc.perform(post("/admin/pengguna/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("username", existing.toUpperCase())
                        .param("displayName", "Orang Kedua")
                        .param("role", "OFFICER")
                        .param("agencyId", String.valueOf(kesbangpol)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama pengguna ini sudah dipakai.")))
                .andExpect(content().string(containsString("hanya untuk akun instansi Imigrasi")))
                .andExpect(content().string(containsString("value=\"Orang Kedua\"")));
        mvc.perform(post("/admin/pengguna/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("username", "a b")
                        .param("displayName", "")
                        .param("role", "REPORTER"))
                .andExpect(content().string(containsString("Gunakan 3–60 huruf")))
                .andExpect(content().string(containsString("Wajib diisi.")));

        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void roleChangeIsAuditedWithBeforeAndAfter() throws Exception {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        String user = accounts.create("REPORTER", kanim);
        long id = accounts.idOf(user);

        mvc.perform(post("/admin/pengguna/" + id)
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("displayName", "Uji " + user)
                        .param("role", "OFFICER")
                        .param("agencyId", String.valueOf(kanim))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'UPDATE' and target_type = 'USER' and target_id = ?",
                        String.class,
                        String.valueOf(id)))
                .isEqualTo("role: 'REPORTER' → 'OFFICER'");
        mvc.perform(post("/admin/pengguna/" + id)
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("username", user)
                        .param("displayName", "Nama Lama")
                        .param("role", "REPORTER")
                        .param("agencyId", String.valueOf(kanim))
                        .param("version", "0"))
                .andExpect(content().string(containsString("sudah diubah oleh pengguna lain")));
    }

    @Test
    void unlockResetAndDeactivateWorkAndAreAudited() throws Exception {
        String user = accounts.create("REPORTER", kesbangpol);
        long id = accounts.idOf(user);
        jdbc.update(
                "update app_user set failed_attempts = 5, locked_until = now() + interval '10 minutes' where id = ?",
                id);

        mvc.perform(post("/admin/pengguna/" + id + "/buka-kunci")
                .with(accounts.as(admin))
                .with(csrf()));
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));

        MvcResult reset = mvc.perform(post("/admin/pengguna/" + id + "/atur-ulang-sandi")
                        .with(accounts.as(admin))
                        .with(csrf()))
                .andReturn();
        String oneTimePassword = (String) reset.getFlashMap().get("oneTimePassword");
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user(user).password(oneTimePassword)).andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/pengguna/" + id + "/nonaktifkan")
                .with(accounts.as(admin))
                .with(csrf()));
        mvc.perform(formLogin("/login").user(user).password(oneTimePassword))
                .andExpect(redirectedUrl("/login?error=disabled"));

        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_type = 'USER' and target_id = ? and actor = ? order by id",
                        String.class,
                        String.valueOf(id),
                        admin))
                .containsExactly("UNLOCK", "PASSWORD_RESET", "DEACTIVATE");
    }

    @Test
    void anAdminCannotDeactivateThemselves() throws Exception {
        long id = accounts.idOf(admin);
        mvc.perform(post("/admin/pengguna/" + id + "/nonaktifkan")
                        .with(accounts.as(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "account.error.ownDeactivation"));
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void everyUserSeesTheirOwnProfile() throws Exception {
        long kanim = agencies.create("IMIGRASI", "PROVINSI", "51");
        String officer = accounts.create("OFFICER", kanim);

        mvc.perform(get("/akun").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(containsString(agencies.nameOf(kanim))))
                .andExpect(content().string(containsString("WITA (Asia/Makassar)")));
    }

    @Test
    void theListFiltersByAgencyAndRole() throws Exception {
        String reporter = accounts.create("REPORTER", kesbangpol);
        String otherAgency = accounts.create("REPORTER", agencies.create("PEMDA", "PROVINSI", "31"));

        mvc.perform(get("/admin/pengguna")
                        .param("agency", String.valueOf(kesbangpol))
                        .param("role", "REPORTER")
                        .with(accounts.as(admin)))
                .andExpect(content().string(containsString(reporter)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(otherAgency))));
    }
}
