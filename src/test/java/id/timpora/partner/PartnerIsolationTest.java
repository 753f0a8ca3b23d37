package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.report.ReportScopes;
import id.timpora.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A partner reaches their own organisation's pages and nothing else: every other route answers 404. */
class PartnerIsolationTest extends PartnerTestBase {

    @Autowired
    ReportScopes reportScopes;

    @BeforeEach
    void setUp() {
        setUpPartners();
    }

    @Test
    void aPartnerGets404EverywhereOutsideTheirAllowList() throws Exception {
        long report = reports.by(officer, PALA_PULAU).insert();
        long otherHotel = organisation("HOMESTAY", "Homestay Lain " + System.nanoTime(), PALA_PULAU, kanim);
        String otherPartner = partner(otherHotel, kanim);
        NoticeResult theirs =
                notices.recordGuest(user(otherPartner), otherHotel, guest("Anna Lain", passport(), hoursAgo(2)));
        NoticeResult mine = notices.recordGuest(user(hotelPartner), hotel, guest("Anna Saya", passport(), hoursAgo(2)));

        for (String path : new String[] {
            "/",
            "/laporan",
            "/laporan/" + report,
            "/laporan/" + theirs.reportId(),
            "/laporan/baru",
            "/laporan/ekspor.csv",
            "/orang-asing",
            "/rapat",
            "/rapat/tugas-saya",
            "/admin/pengguna",
            "/admin/instansi",
            "/admin/audit",
            "/notifikasi",
            "/bantuan",
            "/organisasi",
            "/organisasi/" + hotel,
            "/organisasi/" + hotel + "/pemberitahuan",
            "/organisasi/pemberitahuan/" + mine.noticeId() + "/tanda-terima.pdf",
            "/laporan-masyarakat",
            "/mitra/pemberitahuan/" + theirs.noticeId(),
            "/mitra/pemberitahuan/" + theirs.noticeId() + "/tanda-terima.pdf",
            "/mitra/pekerja/baru", // a hotel sends guest notices only
            "/mitra-admin",
            "/actuator/metrics"
        }) {
            mvc.perform(get(path).with(accounts.as(hotelPartner)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(path)
                            .isEqualTo(404));
        }
        // the "not found" page leads a partner back to their own notices, not to the dashboard (itself a 404)
        Document notFound = Jsoup.parse(
                mvc.perform(get("/mitra/pemberitahuan/" + theirs.noticeId()).with(accounts.as(hotelPartner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(notFound.select("#errorHome").eachAttr("href")).containsExactly("/mitra");
        assertThat(notFound.select("#errorHome").text()).isEqualTo("Kembali ke pemberitahuan");
        mvc.perform(post("/laporan/baru").with(csrf()).with(accounts.as(hotelPartner)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mitra/pemberitahuan/" + theirs.noticeId() + "/check-out")
                        .with(csrf())
                        .with(accounts.as(hotelPartner))
                        .param("checkOutDate", "01/01/2030"))
                .andExpect(status().isNotFound());

        for (String path : new String[] {
            "/mitra",
            "/mitra/tamu/baru",
            "/mitra/pemberitahuan/" + mine.noticeId(),
            "/mitra/pemberitahuan/" + mine.noticeId() + "/tanda-terima.pdf",
            "/akun",
            "/akun/kata-sandi",
            "/css/timpora.css"
        }) {
            mvc.perform(get(path).with(accounts.as(hotelPartner)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(path)
                            .isEqualTo(200));
        }
        assertThat(reportScopes.of(user(hotelPartner)).isEmpty()).isTrue();
    }

    @Test
    void otherUsersGet404OnThePartnerPagesAndAnonymousSignsInFirst() throws Exception {
        NoticeResult mine = notices.recordGuest(user(hotelPartner), hotel, guest("Bea", passport(), hoursAgo(1)));
        String admin = accounts.create("ADMIN");
        for (String username : new String[] {officer, admin, accounts.create("REPORTER", kanim)}) {
            mvc.perform(get("/mitra").with(accounts.as(username))).andExpect(status().isNotFound());
            mvc.perform(get("/mitra/tamu/baru").with(accounts.as(username))).andExpect(status().isNotFound());
            mvc.perform(get("/mitra/pemberitahuan/" + mine.noticeId()).with(accounts.as(username)))
                    .andExpect(status().isNotFound());
        }
        Document officersNotFound = Jsoup.parse(
                mvc.perform(get("/mitra/pemberitahuan/" + mine.noticeId()).with(accounts.as(officer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(officersNotFound.select("#errorHome").eachAttr("href")).containsExactly("/");
        mvc.perform(get("/mitra")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPartnerLandsOnTheirOwnPagesAfterSignIn() throws Exception {
        mvc.perform(formLogin("/login").user(hotelPartner).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/mitra"));
        mvc.perform(get("/mitra").with(accounts.as(hotelPartner)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"ownOrganisation\"")
                        .doesNotContain("href=\"/laporan\"")
                        .doesNotContain("id=\"navNotifications\""));
    }
}
