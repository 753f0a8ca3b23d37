package id.timpora.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class RegionPickerTest extends IntegrationTest {

    private String officer;

    @BeforeEach
    void signIn() {
        officer = accounts.create("OFFICER");
    }

    @Test
    void childrenEndpointListsTheChildrenAsOptionsByName() throws Exception {
        Document options = html(get("/wilayah/anak").param("induk", "61.06"));

        Elements all = options.select("option");
        assertThat(all).hasSize(24);
        assertThat(all.first().val()).isEmpty();
        assertThat(all.first().text()).isEqualTo("— Pilih —");
        assertThat(options.select("option[value=61.06.01]").text()).isEqualTo("Putussibau Utara");
        List<String> names = all.stream().skip(1).map(Element::text).toList();
        assertThat(names).isSorted();
        assertThat(all.stream().skip(1).map(Element::val)).allMatch(code -> code.startsWith("61.06."));

        assertThat(html(get("/wilayah/anak")).select("option")).hasSize(39);
    }

    @Test
    void unknownOrMalformedParentsGiveOnlyThePlaceholder() throws Exception {
        for (String parent : new String[] {"99.99", "61.06.04.2005", "<script>", "61%"}) {
            assertThat(html(get("/wilayah/anak").param("induk", parent)).select("option"))
                    .as(parent)
                    .hasSize(1);
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndHtmxIsToldTo() throws Exception {
        for (String url : new String[] {"/wilayah", "/wilayah/anak?induk=61"}) {
            mvc.perform(get(url))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
            mvc.perform(get(url).header("HX-Request", "true"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("HX-Redirect", "/login?expired"));
        }
    }

    /** The picker's own parts serve the public report form at /lapor (#14), which has no sign-in. */
    @Test
    void thePickerAndItsSearchAnswerAnonymousVisitorsForThePublicForm() throws Exception {
        for (String url : new String[] {"/wilayah/cari?q=kapuas&kolom=k", "/wilayah/pemilih?kolom=k&kode=61"}) {
            mvc.perform(get(url).header("HX-Request", "true")).andExpect(status().isOk());
        }
    }

    @Test
    void aPreselectedVillageRendersEverySelectFilledWithoutScript() throws Exception {
        Document picker = picker("regionCode", "61.06.04.2005", "DESA");

        assertThat(picker.select("input[type=hidden][name=regionCode]").val()).isEqualTo("61.06.04.2005");
        assertThat(selected(picker, "wilayah-regionCode-provinsi")).isEqualTo("61");
        assertThat(selected(picker, "wilayah-regionCode-kabupaten_kota")).isEqualTo("61.06");
        assertThat(selected(picker, "wilayah-regionCode-kecamatan")).isEqualTo("61.06.04");
        assertThat(selected(picker, "wilayah-regionCode-desa")).isEqualTo("61.06.04.2005");
        assertThat(picker.select("select[disabled]")).isEmpty();
        assertThat(picker.select("#wilayah-regionCode-provinsi option")).hasSize(39);
        assertThat(picker.select("#wilayah-regionCode-kabupaten_kota option:eq(0)")
                        .val())
                .as("the placeholder goes back to the province")
                .isEqualTo("61");
        assertThat(picker.getElementById("wilayah-regionCode-terpilih").text())
                .contains("Desa Saujung Giling Manik, Kec. Embaloh Hulu, Kabupaten Kapuas Hulu");
    }

    @Test
    void onlyTheLevelsDownToTheDeepestAreOfferedAndDeeperCodesAreCutBack() throws Exception {
        Document picker = picker("area", "61.06.04.2005", "KECAMATAN");

        assertThat(picker.select("select")).hasSize(3);
        assertThat(picker.select("input[name=area]").val()).isEqualTo("61.06.04");
        assertThat(picker.select("[hx-get]").eachAttr("hx-get")).allMatch(url -> url.contains("sampai=KECAMATAN"));
    }

    @Test
    void aProvinceOpensTheNextLevelAndLeavesTheRestDisabled() throws Exception {
        Document picker = picker("regionCode", "61", "DESA");

        assertThat(picker.select("input[name=regionCode]").val()).isEqualTo("61");
        assertThat(picker.select("#wilayah-regionCode-kabupaten_kota").hasAttr("disabled"))
                .isFalse();
        assertThat(picker.select("#wilayah-regionCode-kabupaten_kota option[value=61.06]")
                        .text())
                .isEqualTo("Kabupaten Kapuas Hulu");
        assertThat(picker.select("#wilayah-regionCode-kecamatan").hasAttr("disabled"))
                .isTrue();
        assertThat(picker.select("#wilayah-regionCode-desa").hasAttr("disabled"))
                .isTrue();
    }

    @Test
    void unknownCodesKeepTheKnownPartAndGarbageChoosesNothing() throws Exception {
        assertThat(picker("regionCode", "61.99.01", "DESA")
                        .select("input[name=regionCode]")
                        .val())
                .isEqualTo("61");
        Document nothing = picker("regionCode", "'><script>alert(1)</script>", "DESA");
        assertThat(nothing.select("input[name=regionCode]").val()).isEmpty();
        assertThat(nothing.select("option[selected]")).isEmpty();
        assertThat(nothing.select("script")).isEmpty();
    }

    @Test
    void badFieldNamesAndLevelsAreRefusedNotFailed() throws Exception {
        mvc.perform(get("/wilayah/pemilih")
                        .param("kolom", "\"><script>")
                        .param("kode", "61")
                        .with(accounts.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/wilayah/pemilih")
                        .param("kolom", "regionCode")
                        .param("sampai", "NEGARA")
                        .with(accounts.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/wilayah/cari").param("q", "kapuas").with(accounts.as(officer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyPartWorksWithoutInlineScriptStyleOrEvalAndStaysOutOfTheForm() throws Exception {
        Document picker = picker("regionCode", "61.06.04", "DESA");

        for (Element element : picker.getAllElements()) {
            assertThat(element.attributes().asList())
                    .as(element.cssSelector())
                    .noneMatch(attribute -> attribute.getKey().startsWith("on")
                            || attribute.getKey().equals("style")
                            || attribute.getKey().startsWith("hx-on")
                            || attribute.getKey().equals("hx-vals")
                            || attribute.getKey().equals("hx-vars"));
        }
        assertThat(picker.select("script")).isEmpty();
        assertThat(picker.select("select, input[type=search]"))
                .allSatisfy(field -> assertThat(field.attr("form")).isEqualTo("wilayah-tanpa-formulir"));
        assertThat(picker.select("select")).allSatisfy(select -> {
            assertThat(select.attr("hx-get")).startsWith("/wilayah/pemilih?kolom=regionCode");
            assertThat(select.attr("hx-target")).isEqualTo("closest .region-picker");
            assertThat(select.attr("hx-swap")).isEqualTo("outerHTML");
        });
        Element search = picker.selectFirst("input[type=search]");
        assertThat(search.attr("hx-get")).isEqualTo("/wilayah/cari?kolom=regionCode&sampai=DESA");
        assertThat(search.attr("hx-trigger")).contains("input changed delay:250ms");
        assertThat(search.attr("hx-target")).isEqualTo("#wilayah-regionCode-hasil");
        assertThat(picker.getElementById("wilayah-regionCode-hasil")).isNotNull();
    }

    @Test
    void searchListsMatchesThatChooseThemselvesInThePicker() throws Exception {
        Document results = html(get("/wilayah/cari")
                .param("q", "giling man")
                .param("kolom", "regionCode")
                .param("sampai", "DESA"));

        Element hit = results.selectFirst("button.region-match");
        assertThat(hit.attr("data-code")).isEqualTo("61.06.04.2005");
        assertThat(hit.attr("hx-get")).isEqualTo("/wilayah/pemilih?kolom=regionCode&sampai=DESA&kode=61.06.04.2005");
        assertThat(hit.attr("hx-target")).isEqualTo("closest .region-picker");
        assertThat(hit.text())
                .contains("Desa Saujung Giling Manik, Kec. Embaloh Hulu")
                .contains("Desa/Kelurahan");

        assertThat(html(get("/wilayah/cari").param("q", "g").param("kolom", "k"))
                        .text())
                .isEqualTo("Ketik minimal 2 karakter.");
        assertThat(html(get("/wilayah/cari").param("q", "qqzzqqzz").param("kolom", "k"))
                        .text())
                .isEqualTo("Tidak ada wilayah yang cocok.");
        assertThat(html(get("/wilayah/cari").param("q", "").param("kolom", "k")).text())
                .isEmpty();
        assertThat(html(get("/wilayah/cari")
                                .param("q", "giling manik")
                                .param("kolom", "k")
                                .param("sampai", "KECAMATAN"))
                        .select("button.region-match"))
                .isEmpty();
    }

    @Test
    void lookUpPageShowsTheChosenRegionInBothLanguages() throws Exception {
        Document page = html(get("/wilayah").param("kode", "61.06"));

        assertThat(selected(page, "wilayah-kode-kabupaten_kota")).isEqualTo("61.06");
        assertThat(page.select("form#regionLookup input[type=hidden][name=kode]")
                        .val())
                .isEqualTo("61.06");
        Element detail = page.getElementById("regionDetail");
        assertThat(detail.text())
                .contains("Kabupaten Kapuas Hulu, Provinsi Kalimantan Barat")
                .contains("Kabupaten/Kota")
                .contains("WIB (UTC+7)");
        assertThat(html(get("/wilayah").param("kode", "91"))
                        .getElementById("regionDetail")
                        .text())
                .contains("WIT (UTC+9)");

        Document english = html(get("/wilayah").param("kode", "51").param("lang", "en"));
        assertThat(english.getElementById("regionDetail").text())
                .contains("Provinsi Bali")
                .contains("Province")
                .contains("WITA (UTC+8)");
        assertThat(english.select("label[for=wilayah-kode-desa]").text()).isEqualTo("Village");

        Document unknown = html(get("/wilayah").param("kode", "99"));
        assertThat(unknown.getElementById("regionNotFound")).isNotNull();
        assertThat(unknown.getElementById("regionDetail")).isNull();
        assertThat(html(get("/wilayah")).getElementById("regionNotFound")).isNull();
    }

    private Document picker(String field, String code, String deepest) throws Exception {
        return html(get("/wilayah/pemilih")
                .param("kolom", field)
                .param("kode", code)
                .param("sampai", deepest));
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(body);
    }

    private static String selected(Document page, String selectId) {
        return page.select("#" + selectId + " option[selected]").val();
    }
}
