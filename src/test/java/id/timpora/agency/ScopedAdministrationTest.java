package id.timpora.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Administrators are scoped like everyone else: a provincial (Kalimantan Barat) administrator manages the agencies,
 * teams and accounts of their province only, by list and by URL; only a national administrator manages everything and
 * reads the audit log.
 */
class ScopedAdministrationTest extends IntegrationTest {

    private static final String OUTSIDE = "di dalam wilayah kerja instansi Anda";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long kalbarKesbangpol;
    long kalbarKanim;
    long baliKanim;
    long pusat;
    String kalbarAdmin;
    String kalbarUser;
    String baliUser;
    long kalbarTeam;
    long baliTeam;

    @BeforeEach
    void twoProvinces() {
        kalbarKesbangpol = agencies.create("KESBANGPOL", "PROVINSI", "61");
        kalbarKanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        baliKanim = agencies.create("IMIGRASI", "PROVINSI", "51");
        pusat = agencies.create("IMIGRASI", "PUSAT");
        kalbarAdmin = accounts.create("ADMIN", kalbarKesbangpol);
        kalbarUser = accounts.create("REPORTER", kalbarKanim);
        baliUser = accounts.create("REPORTER", baliKanim);
        kalbarTeam = team("61.71.03", kalbarKanim);
        baliTeam = team("51.71.03", baliKanim);
    }

    @Test
    void aProvincialAdminSeesAndEditsTheirProvince() throws Exception {
        mvc.perform(get("/admin/instansi")
                        .param("q", agencies.nameOf(kalbarKanim))
                        .with(accounts.as(kalbarAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(agencies.nameOf(kalbarKanim))));
        mvc.perform(get("/admin/instansi/" + kalbarKanim).with(accounts.as(kalbarAdmin)))
                .andExpect(status().isOk());
        String renamed = agencies.nameOf(kalbarKanim) + " (diubah)";
        mvc.perform(saveAgency("/admin/instansi/" + kalbarKanim, renamed, "61.06", "61.05"))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.nameOf(kalbarKanim)).isEqualTo(renamed);

        mvc.perform(get("/admin/tim/" + kalbarTeam).with(accounts.as(kalbarAdmin)))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/tim/" + kalbarTeam + "/nonaktifkan")
                        .with(accounts.as(kalbarAdmin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from team where id = ?", Boolean.class, kalbarTeam))
                .isFalse();

        mvc.perform(get("/admin/pengguna").param("q", kalbarUser).with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(containsString(kalbarUser)));
        mvc.perform(get("/admin/pengguna/" + accounts.idOf(kalbarUser)).with(accounts.as(kalbarAdmin)))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/pengguna/" + accounts.idOf(kalbarUser) + "/nonaktifkan")
                        .with(accounts.as(kalbarAdmin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, kalbarUser))
                .isFalse();

        String username = "kalbar-baru-" + System.nanoTime();
        mvc.perform(saveAccount("/admin/pengguna/baru", username, kalbarKanim)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select agency_id from app_user where username = ?", Long.class, username))
                .isEqualTo(kalbarKanim);
    }

    @Test
    void anotherProvincesRecordsAreNotFoundByUrl() throws Exception {
        String baliName = agencies.nameOf(baliKanim);
        for (long agency : List.of(baliKanim, pusat)) {
            expectNotFound(get("/admin/instansi/" + agency));
            expectNotFound(saveAgency("/admin/instansi/" + agency, "Diambil alih " + System.nanoTime(), "61"));
            expectNotFound(post("/admin/instansi/" + agency + "/nonaktifkan"));
            expectNotFound(post("/admin/instansi/" + agency + "/aktifkan"));
        }
        assertThat(agencies.nameOf(baliKanim)).isEqualTo(baliName);
        assertThat(jdbc.queryForObject("select active from agency where id = ?", Boolean.class, baliKanim))
                .isTrue();

        expectNotFound(get("/admin/tim/" + baliTeam));
        expectNotFound(post("/admin/tim/" + baliTeam)
                .param("level", "KECAMATAN")
                .param("regionCode", "61.71.04")
                .param("chairAgencyId", String.valueOf(kalbarKanim)));
        expectNotFound(post("/admin/tim/" + baliTeam + "/nonaktifkan"));
        expectNotFound(post("/admin/tim/" + baliTeam + "/aktifkan"));
        assertThat(jdbc.queryForObject("select active from team where id = ?", Boolean.class, baliTeam))
                .isTrue();

        long baliAccount = accounts.idOf(baliUser);
        long nationalAdmin = accounts.idOf(accounts.create("ADMIN"));
        for (long account : List.of(baliAccount, nationalAdmin)) {
            expectNotFound(get("/admin/pengguna/" + account));
            expectNotFound(
                    saveAccount("/admin/pengguna/" + account, null, kalbarKanim).param("version", "0"));
            expectNotFound(post("/admin/pengguna/" + account + "/nonaktifkan"));
            expectNotFound(post("/admin/pengguna/" + account + "/aktifkan"));
            expectNotFound(post("/admin/pengguna/" + account + "/buka-kunci"));
            expectNotFound(post("/admin/pengguna/" + account + "/atur-ulang-sandi"));
        }
        assertThat(jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, baliAccount))
                .isEqualTo(baliKanim);
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, baliAccount))
                .isTrue();
    }

    @Test
    void everyAdminRouteWithAnIdAnswers404ForAnotherProvincesRecord() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/admin") || !pattern.contains("{")) {
                    continue;
                }
                long id = pattern.startsWith("/admin/instansi")
                        ? baliKanim
                        : pattern.startsWith("/admin/tim") ? baliTeam : accounts.idOf(baliUser);
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    String url = pattern.replaceAll("\\{[^}]+}", String.valueOf(id));
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), url)
                                    .with(accounts.as(kalbarAdmin))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertThat(status).as(method + " " + url).isEqualTo(404);
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).contains("GET /admin/instansi/{id}", "POST /admin/tim/{id}", "GET /admin/pengguna/{id}");
    }

    @Test
    void listsAndSelectsShowOnlyTheProvince() throws Exception {
        String baliName = agencies.nameOf(baliKanim);
        String pusatName = agencies.nameOf(pusat);
        String kalbarName = agencies.nameOf(kalbarKanim);

        mvc.perform(get("/admin/instansi").param("q", kalbarName).with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(containsString(kalbarName)));
        for (long other : List.of(baliKanim, pusat)) {
            mvc.perform(get("/admin/instansi")
                            .param("q", agencies.nameOf(other))
                            .with(accounts.as(kalbarAdmin)))
                    .andExpect(content().string(not(containsString(link("/admin/instansi/", other)))));
        }
        mvc.perform(get("/admin/tim").param("q", teamName(kalbarTeam)).with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(containsString(teamName(kalbarTeam))));
        mvc.perform(get("/admin/tim").param("q", teamName(baliTeam)).with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(not(containsString(link("/admin/tim/", baliTeam)))));
        mvc.perform(get("/admin/pengguna").with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(containsString(kalbarName)))
                .andExpect(content().string(not(containsString(baliName))))
                .andExpect(content().string(not(containsString(pusatName))));
        mvc.perform(get("/admin/pengguna").param("q", kalbarUser).with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(containsString(kalbarUser)));
        String baliAccount = link("/admin/pengguna/", accounts.idOf(baliUser));
        mvc.perform(get("/admin/pengguna").param("q", baliUser).with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(not(containsString(baliAccount))));
        mvc.perform(get("/admin/pengguna")
                        .param("agency", String.valueOf(baliKanim))
                        .with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(not(containsString(baliAccount))));
        for (String form : List.of("/admin/pengguna/baru", "/admin/tim/baru")) {
            mvc.perform(get(form).with(accounts.as(kalbarAdmin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(kalbarName)))
                    .andExpect(content().string(not(containsString(baliName))))
                    .andExpect(content().string(not(containsString(pusatName))));
        }
    }

    @Test
    void nothingCanBeCreatedOrMovedOutsideTheProvince() throws Exception {
        int agenciesBefore = count("agency");
        mvc.perform(saveAgency("/admin/instansi/baru", "Kanim Bali Uji " + System.nanoTime(), "51"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        mvc.perform(saveAgency("/admin/instansi/baru", "Kanim Campur Uji " + System.nanoTime(), "61.06", "51.71"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        mvc.perform(post("/admin/instansi/baru")
                        .with(accounts.as(kalbarAdmin))
                        .with(csrf())
                        .param("name", "Pusat Palsu " + System.nanoTime())
                        .param("type", "IMIGRASI")
                        .param("level", "PUSAT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        assertThat(count("agency")).isEqualTo(agenciesBefore);

        mvc.perform(saveAgency("/admin/instansi/" + kalbarKanim, agencies.nameOf(kalbarKanim), "61.06", "51"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        assertThat(jdbc.queryForList(
                        "select region_code from agency_region where agency_id = ?", String.class, kalbarKanim))
                .containsExactly("61.06");

        int accountsBefore = count("app_user");
        mvc.perform(saveAccount("/admin/pengguna/baru", "bali-baru-" + System.nanoTime(), baliKanim))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        mvc.perform(saveAccount("/admin/pengguna/baru", "pusat-baru-" + System.nanoTime(), pusat))
                .andExpect(status().isOk());
        assertThat(count("app_user")).isEqualTo(accountsBefore);

        mvc.perform(saveAccount("/admin/pengguna/" + accounts.idOf(kalbarUser), null, baliKanim)
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        assertThat(jdbc.queryForObject("select agency_id from app_user where username = ?", Long.class, kalbarUser))
                .isEqualTo(kalbarKanim);

        int teamsBefore = count("team");
        mvc.perform(post("/admin/tim/baru")
                        .with(accounts.as(kalbarAdmin))
                        .with(csrf())
                        .param("level", "KECAMATAN")
                        .param("regionCode", "51.71.04")
                        .param("chairAgencyId", String.valueOf(kalbarKanim)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        mvc.perform(post("/admin/tim/baru")
                        .with(accounts.as(kalbarAdmin))
                        .with(csrf())
                        .param("level", "KECAMATAN")
                        .param("regionCode", "61.71.04")
                        .param("chairAgencyId", String.valueOf(baliKanim)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OUTSIDE)));
        assertThat(count("team")).isEqualTo(teamsBefore);
    }

    @Test
    void theAuditLogIsForNationalAdministratorsOnly() throws Exception {
        mvc.perform(get("/").with(accounts.as(kalbarAdmin)))
                .andExpect(content().string(containsString("href=\"/admin/pengguna\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
        mvc.perform(get("/").with(accounts.as(accounts.create("ADMIN", pusat))))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")));
        for (String url : List.of("/admin/audit", "/admin/audit/integritas")) {
            mvc.perform(get(url).with(accounts.as(kalbarAdmin))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(accounts.as(accounts.create("ADMIN")))).andExpect(status().isOk());
            mvc.perform(get(url).with(accounts.as(accounts.create("ADMIN", pusat))))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aNationalAdministratorStillManagesEverything() throws Exception {
        for (String admin : List.of(accounts.create("ADMIN"), accounts.create("ADMIN", pusat))) {
            for (long agency : List.of(baliKanim, kalbarKesbangpol, pusat)) {
                mvc.perform(get("/admin/instansi")
                                .param("q", agencies.nameOf(agency))
                                .with(accounts.as(admin)))
                        .andExpect(content().string(containsString(agencies.nameOf(agency))));
            }
            mvc.perform(get("/admin/pengguna").param("q", baliUser).with(accounts.as(admin)))
                    .andExpect(content().string(containsString(baliUser)));
            mvc.perform(get("/admin/instansi/" + baliKanim).with(accounts.as(admin)))
                    .andExpect(status().isOk());
            mvc.perform(get("/admin/tim/" + baliTeam).with(accounts.as(admin))).andExpect(status().isOk());
            mvc.perform(get("/admin/pengguna/" + accounts.idOf(baliUser)).with(accounts.as(admin)))
                    .andExpect(status().isOk());
            mvc.perform(get("/admin/pengguna/baru").with(accounts.as(admin)))
                    .andExpect(content().string(containsString(agencies.nameOf(baliKanim))))
                    .andExpect(content().string(containsString(agencies.nameOf(pusat))));
        }
        String admin = accounts.create("ADMIN", pusat);
        mvc.perform(post("/admin/pengguna/" + accounts.idOf(baliUser) + "/nonaktifkan")
                        .with(accounts.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, baliUser))
                .isFalse();
    }

    private void expectNotFound(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(accounts.as(kalbarAdmin)).with(csrf())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder saveAgency(String url, String name, String... regions) {
        MockHttpServletRequestBuilder request = post(url)
                .with(accounts.as(kalbarAdmin))
                .with(csrf())
                .param("name", name)
                .param("type", "IMIGRASI")
                .param("level", "KABUPATEN_KOTA")
                .param("version", "0");
        for (String region : regions) {
            request.param("regionCodes", region);
        }
        return request;
    }

    private MockHttpServletRequestBuilder saveAccount(String url, String username, long agency) {
        MockHttpServletRequestBuilder request = post(url)
                .with(accounts.as(kalbarAdmin))
                .with(csrf())
                .param("displayName", "Pengguna Uji Lingkup")
                .param("role", "REPORTER")
                .param("agencyId", String.valueOf(agency));
        return username == null ? request : request.param("username", username);
    }

    /** A kecamatan team (the level least used by other tests), made fresh for this test. */
    private long team(String kecamatan, long chair) {
        jdbc.update("delete from team where level = 'KECAMATAN' and region_code = ?", kecamatan);
        long id = jdbc.queryForObject(
                "insert into team (name, level, region_code, chair_agency_id) values (?, 'KECAMATAN', ?, ?) returning id",
                Long.class,
                "Tim Uji Lingkup " + kecamatan + " " + System.nanoTime(),
                kecamatan,
                chair);
        jdbc.update("insert into team_member (team_id, agency_id) values (?, ?)", id, chair);
        return id;
    }

    private static String link(String path, long id) {
        return "href=\"" + path + id + "\"";
    }

    private String teamName(long id) {
        return jdbc.queryForObject("select name from team where id = ?", String.class, id);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
