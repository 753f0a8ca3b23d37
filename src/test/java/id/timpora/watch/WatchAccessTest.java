package id.timpora.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who sees and who defines a watch period: users whose jurisdiction meets its regions see it; others get 404, also by
 * URL and for its PDF; only officers and administrators define and change one, inside their own jurisdiction.
 */
class WatchAccessTest extends WatchTestBase {

    @Test
    void aWatchIsSeenWhereItsRegionsMeetTheViewersJurisdictionAndNowhereElse() throws Exception {
        String officer = kalbarOfficer();
        String reporter = kapuasHuluReporter();
        String bali = baliOfficer();
        String baliReporter = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "51.03"));
        String kalbarAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "61"));
        String baliAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "51"));
        String national = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
        String kecamatanReporter =
                accounts.create("REPORTER", agencies.create("POLRI", "KECAMATAN", "61.06.01")); // inside a watch region
        String name = unique("Pilkada Serentak 2024");
        long id = definePilkada(officer, name);
        String url = "/pengawasan-khusus/" + id;

        for (String viewer : new String[] {officer, reporter, kalbarAdmin, national, kecamatanReporter}) {
            assertThat(status(viewer, get(url))).as(viewer).isEqualTo(200);
            assertThat(page(viewer, "/pengawasan-khusus").select("[data-watch-id=" + id + "]"))
                    .as(viewer)
                    .hasSize(1);
        }
        String partner = accounts.create("PARTNER");
        assertThat(status(partner, get(url))).isEqualTo(404);
        assertThat(status(partner, get("/pengawasan-khusus"))).isEqualTo(404);
        assertThat(status(partner, get(url + "/laporan-situasi.pdf?tanggal=2024-11-27")))
                .isEqualTo(404);
        for (String outsider : new String[] {bali, baliReporter, baliAdmin}) {
            assertThat(status(outsider, get(url))).as(outsider).isEqualTo(404);
            assertThat(status(outsider, get(url + "/ubah"))).as(outsider).isEqualTo(404);
            assertThat(status(outsider, get(url + "/laporan-situasi.pdf?tanggal=2024-11-27")))
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(page(outsider, "/pengawasan-khusus").select("[data-watch-id=" + id + "]"))
                    .as(outsider)
                    .isEmpty();
        }
        // anonymous: to the sign-in page
        MvcResult anonymous = mvc.perform(get(url)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).contains("/login");
        assertThat(mvc.perform(get(url + "/laporan-situasi.pdf?tanggal=2024-11-27"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    @Test
    void onlyOfficersAndAdministratorsWhoseJurisdictionHoldsEveryRegionDefineOrChangeAWatch() throws Exception {
        String officer = kalbarOfficer();
        String reporter = kapuasHuluReporter();
        String kapuasHuluOfficer =
                accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", KAPUAS_HULU));
        String kalbarAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "PROVINSI", "61"));
        String name = unique("Pilkada");
        long id = definePilkada(officer, name);

        // a reporter reads, never defines
        assertThat(status(reporter, get("/pengawasan-khusus/baru"))).isEqualTo(403);
        assertThat(status(reporter, pilkadaForm(reporter, unique("Pilkada reporter"))))
                .isEqualTo(403);
        assertThat(status(reporter, get("/pengawasan-khusus/" + id + "/ubah"))).isEqualTo(403);
        assertThat(page(reporter, "/pengawasan-khusus").select("#newWatch")).isEmpty();
        assertThat(page(reporter, "/pengawasan-khusus/" + id).select("#editWatch"))
                .isEmpty();
        // an officer of one of the two kabupaten sees it but cannot change the other one's part
        assertThat(page(kapuasHuluOfficer, "/pengawasan-khusus/" + id).select("#editWatch"))
                .isEmpty();
        assertThat(status(kapuasHuluOfficer, get("/pengawasan-khusus/" + id + "/ubah")))
                .isEqualTo(403);
        // the province's administrator may
        assertThat(page(kalbarAdmin, "/pengawasan-khusus/" + id).select("#editWatch"))
                .hasSize(1);
        assertThat(status(kalbarAdmin, get("/pengawasan-khusus/" + id + "/ubah")))
                .isEqualTo(200);
        MvcResult changed = mvc.perform(post("/pengawasan-khusus/" + id + "/ubah")
                        .with(accounts.as(kalbarAdmin))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name + " diperpanjang")
                        .param("startsOn", "20/11/2024")
                        .param("endsOn", "05/12/2024")
                        .param("regionCodes", KAPUAS_HULU, PONTIANAK)
                        .param("activities", "POLITIK_KAMPANYE")
                        .param("sources", "MEDIA_SOSIAL"))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/pengawasan-khusus/" + id);
        assertThat(jdbc.queryForObject("select ends_on::text from watch_period where id = ?", String.class, id))
                .isEqualTo("2024-12-05");
        // a second save of the same version is refused, not lost
        MvcResult stale = mvc.perform(post("/pengawasan-khusus/" + id + "/ubah")
                        .with(accounts.as(officer))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name)
                        .param("startsOn", "20/11/2024")
                        .param("endsOn", "30/11/2024")
                        .param("regionCodes", KAPUAS_HULU)
                        .param("activities", "POLITIK_KAMPANYE"))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select ends_on::text from watch_period where id = ?", String.class, id))
                .isEqualTo("2024-12-05");
        assertThat(count("select count(*) from watch_period_region where watch_id = ?", id))
                .isEqualTo(2);

        // audited: the creation and the change
        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_type = 'WATCH_PERIOD' and target_id = ? order by id",
                        String.class,
                        String.valueOf(id)))
                .containsExactly("CREATE", "UPDATE");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where target_type = 'WATCH_PERIOD' and target_id = ?"
                                + " and action = 'UPDATE'",
                        String.class,
                        String.valueOf(id)))
                .contains("endsOn")
                .contains("2024-12-05");
    }

    @Test
    void badInputComesBackBesideItsFieldsAndSavesNothing() throws Exception {
        String reporterAgencyOfficer =
                accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", KAPUAS_HULU));
        String name = unique("Pilkada salah");
        MvcResult result = mvc.perform(post("/pengawasan-khusus/baru")
                        .with(accounts.as(reporterAgencyOfficer))
                        .with(csrf())
                        .param("name", name)
                        .param("startsOn", "30/11/2024")
                        .param("endsOn", "20/11/2024")
                        .param("regionCodes", KAPUAS_HULU, "51.03", PALA_PULAU))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#name").val()).isEqualTo(name);
        assertThat(form.select("#endsOn-error").text()).contains("tidak boleh sebelum");
        assertThat(form.select("#watchRegions .invalid-feedback").text())
                .isEqualTo("Kabupaten Badung di luar wilayah kerja instansi Anda.");
        assertThat(form.text()).contains("Centang minimal satu kegiatan, indikasi atau sumber.");
        assertThat(form.select("input[name=regionCodes]").eachAttr("value"))
                .containsExactly(KAPUAS_HULU, "51.03", PALA_PULAU);
        assertThat(form.select(".error-summary, [role=alert]")).isNotEmpty();
        assertThat(count("select count(*) from watch_period where name = ?", name))
                .isZero();

        // a desa is too fine for a watch (reports keep copies of the three upper levels only)
        MvcResult desa = mvc.perform(post("/pengawasan-khusus/baru")
                        .with(accounts.as(reporterAgencyOfficer))
                        .with(csrf())
                        .param("name", name)
                        .param("startsOn", "20/11/2024")
                        .param("endsOn", "30/11/2024")
                        .param("regionCodes", PALA_PULAU)
                        .param("activities", "POLITIK_KAMPANYE"))
                .andReturn();
        assertThat(Jsoup.parse(desa.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select("#watchRegions .invalid-feedback")
                        .text())
                .contains("harus provinsi, kabupaten/kota atau kecamatan");
        assertThat(count("select count(*) from watch_period where name = ?", name))
                .isZero();

        // a date that cannot be read comes back as typed
        MvcResult unreadable = mvc.perform(post("/pengawasan-khusus/baru")
                        .with(accounts.as(reporterAgencyOfficer))
                        .with(csrf())
                        .param("name", name)
                        .param("startsOn", "31/02/2024")
                        .param("endsOn", "30/11/2024")
                        .param("regionCodes", KAPUAS_HULU)
                        .param("activities", "POLITIK_KAMPANYE"))
                .andReturn();
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(unreadable.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select("#startsOn")
                        .val())
                .isEqualTo("31/02/2024");
        assertThat(count("select count(*) from watch_period where name = ?", name))
                .isZero();
    }
}
