package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each sighting on a person's timeline says which agency reported it and from what source. */
class SightingReporterTest extends IntegrationTest {

    @Test
    void eachSightingNamesItsReportingAgencyAndSource() throws Exception {
        long kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", "61.06");
        long polres = agencies.create("POLRI", "KABUPATEN_KOTA", "61.06");
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        long subject = jdbc.queryForObject(
                "insert into subject (full_name, nationality) values ('Chen Jun', 'CN') returning id", Long.class);
        long byPatrol = reports.by(accounts.create("REPORTER", kesbangpol), "61.06.01.2004")
                .set("subject_id", subject)
                .set("source", "PATROLI")
                .insert();
        long byHotel = reports.by(accounts.create("REPORTER", polres), "61.06.01.2004")
                .set("subject_id", subject)
                .set("source", "APOA")
                .insert();

        Document page = Jsoup.parse(mvc.perform(get("/orang-asing/" + subject).with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#sighting-" + byPatrol + " .sighting-reporter").text())
                .contains("Dilaporkan oleh " + agencies.nameOf(kesbangpol))
                .contains("Patroli lapangan");
        assertThat(page.select("#sighting-" + byHotel + " .sighting-reporter").text())
                .contains("Dilaporkan oleh " + agencies.nameOf(polres))
                .contains("Laporan penginapan/APOA");
    }
}
