package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Village contact persons (#14): an account of a desa binaan (an agency of level DESA) logs reports with the normal
 * form, they carry the source "laporan desa", and it sees its own desa only, also by URL.
 */
class VillageReportsTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004";
    static final String NEXT_DESA = "61.06.01.2005"; // Sibau Hilir: the same kecamatan, another desa

    private MockMultipartHttpServletRequestBuilder report(String user, String region, String source) {
        MockMultipartHttpServletRequestBuilder request = multipart("/laporan/baru");
        request.with(accounts.as(user)).with(csrf());
        request.param("fullName", "Chen Wei")
                .param("nationality", "CN")
                .param("sex", "LAKI_LAKI")
                .param("permitType", "TIDAK_DIKETAHUI")
                .param("observedDate", "01/12/2026")
                .param("observedTime", "09:00")
                .param("regionCode", region)
                .param("placeType", "TEMPAT_KERJA")
                .param("activities", "BEKERJA")
                .param("source", source);
        return request;
    }

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(accounts.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aVillageContactLogsAReportThatCarriesTheVillageSourceAndSeesItsOwnDesaOnly() throws Exception {
        String village = accounts.create("REPORTER", agencies.create("PEMDA", "DESA", PALA_PULAU));
        String kesbangpol = accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06"));

        // the form starts at the village, down to the desa
        Document form = Jsoup.parse(mvc.perform(get("/laporan/baru").with(accounts.as(village)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("input[name=regionCode]").val()).isEqualTo(PALA_PULAU);

        MvcResult saved = mvc.perform(report(village, PALA_PULAU, "PATROLI")).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/laporan/");
        long own = Long.parseLong(location.substring("/laporan/".length()));
        assertThat(jdbc.queryForObject("select source from report where id = ?", String.class, own))
                .isEqualTo("LAPORAN_DESA");

        // the next desa is outside, to log and to read
        MvcResult outside = mvc.perform(report(village, NEXT_DESA, "PATROLI")).andReturn();
        assertThat(outside.getResponse().getStatus()).isEqualTo(200);
        assertThat(outside.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Wilayah ini di luar wilayah kerja instansi Anda.");
        long next = reports.by(kesbangpol, NEXT_DESA).insert();
        assertThat(status(village, get("/laporan/" + own))).isEqualTo(200);
        assertThat(status(village, get("/laporan/" + next))).isEqualTo(404);
        Document list = Jsoup.parse(mvc.perform(get("/laporan").with(accounts.as(village)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select("tr[data-report-id]").eachAttr("data-report-id"))
                .contains(String.valueOf(own))
                .doesNotContain(String.valueOf(next));
        // the kabupaten sees both
        assertThat(status(kesbangpol, get("/laporan/" + own))).isEqualTo(200);

        // nobody else may claim the village source
        MvcResult claimed =
                mvc.perform(report(kesbangpol, PALA_PULAU, "LAPORAN_DESA")).andReturn();
        assertThat(claimed.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(claimed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select(".error-summary")
                        .text())
                .contains("hanya untuk kontak desa binaan");
    }

    @Test
    void aKanimAdministratorRegistersADesaBinaanWithDesaOnlyAndNoTeamMayBeAtDesaLevel() throws Exception {
        String admin = accounts.create("ADMIN", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        String name = "Desa Binaan Pala Pulau " + System.nanoTime();
        MvcResult kecamatan = mvc.perform(post("/admin/instansi/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("name", name)
                        .param("type", "PEMDA")
                        .param("level", "DESA")
                        .param("regionCodes", "61.06.01"))
                .andReturn();
        assertThat(kecamatan.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from agency where name = ?", Long.class, name))
                .isZero();

        MvcResult desa = mvc.perform(post("/admin/instansi/baru")
                        .with(accounts.as(admin))
                        .with(csrf())
                        .param("name", name)
                        .param("type", "PEMDA")
                        .param("level", "DESA")
                        .param("regionCodes", PALA_PULAU))
                .andReturn();
        assertThat(desa.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select r.region_code from agency a join agency_region r on r.agency_id = a.id where a.name = ?",
                        String.class,
                        name))
                .isEqualTo(PALA_PULAU);
        // a desa is outside a Bali administrator's reach
        String baliAdmin = accounts.create("ADMIN", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        MvcResult bali = mvc.perform(post("/admin/instansi/baru")
                        .with(accounts.as(baliAdmin))
                        .with(csrf())
                        .param("name", name + " B")
                        .param("type", "PEMDA")
                        .param("level", "DESA")
                        .param("regionCodes", NEXT_DESA))
                .andReturn();
        assertThat(bali.getResponse().getStatus()).isEqualTo(200);

        Document teamForm = Jsoup.parse(mvc.perform(get("/admin/tim/baru").with(accounts.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(teamForm.select("#level option").eachAttr("value")).doesNotContain("DESA");
    }
}
