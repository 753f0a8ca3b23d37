package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Notices become reports routed to the covering agencies, linked by passport, late when late, once per stay. */
class NoticeFlowTest extends PartnerTestBase {

    @BeforeEach
    void setUp() {
        setUpPartners();
    }

    @Test
    void aGuestNoticeBecomesAReportTheCoveringKanimSeesAndAnotherRegionDoesNot() throws Exception {
        String name = "Olivia Guest " + System.nanoTime();
        String passport = passport();
        MvcResult sent = mvc.perform(guestForm(name, passport, hoursAgo(3)).with(accounts.as(hotelPartner)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/mitra/pemberitahuan/");
        Map<String, Object> report = jdbc.queryForMap(
                "select r.id, r.source, r.place_type, r.region_code, r.reporter_id, r.reporting_agency_id, n.late,"
                        + " n.receipt_number from partner_notice n join report r on r.id = n.report_id"
                        + " where n.passport_key = ?",
                passport);
        assertThat(report.get("source")).isEqualTo("APOA");
        assertThat(report.get("place_type")).isEqualTo("PENGINAPAN");
        assertThat(report.get("region_code")).isEqualTo(PALA_PULAU);
        assertThat(report.get("reporter_id")).isEqualTo(accounts.idOf(hotelPartner));
        assertThat(report.get("reporting_agency_id")).isEqualTo(kanim);
        assertThat(report.get("late")).isEqualTo(false);
        assertThat((String) report.get("receipt_number")).matches("STT/\\d{4}/\\d{6}");

        mvc.perform(get("/laporan").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/laporan/" + report.get("id")).with(accounts.as(officer)))
                .andExpect(status().isOk());

        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        mvc.perform(get("/laporan").with(accounts.as(bali)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/laporan/" + report.get("id")).with(accounts.as(bali))).andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/" + hotel + "/pemberitahuan").with(accounts.as(bali)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/" + hotel + "/pemberitahuan").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void noticesAreLinkedToTheRegistryByNationalityAndPassport() {
        String passport = passport();
        NoticeResult stay = notices.recordGuest(user(hotelPartner), hotel, guest("Li Wei", passport, hoursAgo(5)));
        NoticeResult earlier =
                notices.recordGuest(user(hotelPartner), hotel, guest("Li Wei", passport, hoursAgo(24 * 10)));
        Long first = jdbc.queryForObject("select subject_id from report where id = ?", Long.class, stay.reportId());
        Long second = jdbc.queryForObject("select subject_id from report where id = ?", Long.class, earlier.reportId());
        assertThat(first).isNotNull().isEqualTo(second);
        assertThat(stay.reportId()).isNotEqualTo(earlier.reportId());
    }

    @Test
    void aWorkerNoticeComesFromTheCompanyAsSponsorSource() {
        NoticeResult result =
                notices.recordWorker(user(companyPartner), company, worker("Zhang San", passport(), LocalDate.now()));
        assertThat(result.created()).isTrue();
        assertThat(result.late()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select source || ' ' || place_type || ' ' || coalesce(sponsor, '') from report where id = ?",
                        String.class,
                        result.reportId()))
                .startsWith("PERUSAHAAN_SPONSOR TEMPAT_KERJA PT Uji");
        // a company sends no guest notices, a hotel no worker notices, and nobody for another organisation
        assertThatThrownBy(
                        () -> notices.recordGuest(user(companyPartner), company, guest("X", passport(), hoursAgo(1))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> notices.recordGuest(user(companyPartner), hotel, guest("X", passport(), hoursAgo(1))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGuestReportedMoreThan24HoursAfterCheckInIsLateOnTheNoticeTheReceiptAndTheOfficersList() throws Exception {
        String name = "Late Larry " + System.nanoTime();
        NoticeResult late = notices.recordGuest(user(hotelPartner), hotel, guest(name, passport(), hoursAgo(30)));
        NoticeResult onTime =
                notices.recordGuest(user(hotelPartner), hotel, guest("On Time", passport(), hoursAgo(23)));
        assertThat(late.late()).isTrue();
        assertThat(onTime.late()).isFalse();
        // the officer of the desa is told once, counted; the hotel's partner and an officer elsewhere are not
        String officerBali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        notices.recordGuest(user(hotelPartner), hotel, guest("Later Lena", passport(), hoursAgo(50)));
        assertThat(jdbc.queryForList(
                        "select item_count from notification where recipient_id = ? and kind = 'PARTNER_LATE'",
                        Integer.class,
                        accounts.idOf(officer)))
                .containsExactly(2);
        for (String outsider : new String[] {hotelPartner, officerBali}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where recipient_id = ? and kind = 'PARTNER_LATE'",
                            Integer.class,
                            accounts.idOf(outsider)))
                    .isZero();
        }
        assertThat(jdbc.queryForObject("select late from partner_notice where id = ?", Boolean.class, late.noticeId()))
                .isTrue();
        mvc.perform(get("/mitra/pemberitahuan/" + late.noticeId()).with(accounts.as(hotelPartner)))
                .andExpect(content().string(containsString("late-badge")));
        mvc.perform(get("/mitra/pemberitahuan/" + onTime.noticeId()).with(accounts.as(hotelPartner)))
                .andExpect(content().string(not(containsString("late-badge"))));
        mvc.perform(get("/organisasi").with(accounts.as(officer)))
                .andExpect(content().string(containsString("data-organisation=\"" + hotel + "\"")))
                .andExpect(content().string(containsString("2 terlambat")));
        String text = pdfText(mvc.perform(get("/mitra/pemberitahuan/" + late.noticeId() + "/tanda-terima.pdf")
                        .with(accounts.as(hotelPartner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(text).contains("TERLAMBAT").contains(name).contains(late.receiptNumber());
        picture(
                mvc.perform(get("/mitra/pemberitahuan/" + late.noticeId() + "/tanda-terima.pdf")
                                .with(accounts.as(hotelPartner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                "receipt-late-guest");
    }

    @Test
    void theSameStayRecordedTwiceIsOneNoticeAndOneReport() throws Exception {
        String passport = passport();
        var checkIn = hoursAgo(4);
        NoticeResult first = notices.recordGuest(user(hotelPartner), hotel, guest("Twice", passport, checkIn));
        // the same passport typed another way, later the same day: the same stay
        String typedAgain =
                passport.substring(0, 2) + " " + passport.substring(2).toLowerCase();
        NoticeResult again =
                notices.recordGuest(user(hotelPartner), hotel, guest("Twice", typedAgain, checkIn.plusHours(1)));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.noticeId()).isEqualTo(first.noticeId());
        assertThat(again.reportId()).isEqualTo(first.reportId());
        // and through the form, by an officer on the hotel's behalf
        NoticeResult onBehalf = notices.recordGuest(user(officer), hotel, guest("Twice", passport, checkIn));
        assertThat(onBehalf.created()).isFalse();
        mvc.perform(guestForm("Twice", passport, checkIn).with(accounts.as(hotelPartner)))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from partner_notice where passport_key = ?", passport))
                .isOne();
        assertThat(count("select count(*) from report where passport_number = ?", passport))
                .isOne();
        // another day is another stay
        assertThat(notices.recordGuest(user(hotelPartner), hotel, guest("Twice", passport, checkIn.minusDays(3)))
                        .created())
                .isTrue();
    }

    @Test
    void theReceiptOpensAsAPdfForThePartnerAndTheCoveringOfficerOnly() throws Exception {
        String name = "Receipt Rita " + System.nanoTime();
        NoticeResult result =
                notices.recordWorker(user(companyPartner), company, worker(name, passport(), LocalDate.now()));
        byte[] byOfficer = mvc.perform(get("/organisasi/pemberitahuan/" + result.noticeId() + "/tanda-terima.pdf")
                        .with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(byOfficer))
                .contains(name)
                .contains(result.receiptNumber())
                .contains("SURAT TANDA TERIMA");
        mvc.perform(get("/mitra/pemberitahuan/" + result.noticeId() + "/tanda-terima.pdf")
                        .with(accounts.as(companyPartner)))
                .andExpect(status().isOk());
        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        mvc.perform(get("/organisasi/pemberitahuan/" + result.noticeId() + "/tanda-terima.pdf")
                        .with(accounts.as(bali)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mitra/pemberitahuan/" + result.noticeId() + "/tanda-terima.pdf")
                        .with(accounts.as(hotelPartner)))
                .andExpect(status().isNotFound());
        String admin = accounts.create("ADMIN");
        mvc.perform(get("/organisasi/pemberitahuan/" + result.noticeId() + "/tanda-terima.pdf")
                        .with(accounts.as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void receiptNumbersFollowEachOther() {
        NoticeResult a = notices.recordGuest(user(hotelPartner), hotel, guest("A", passport(), hoursAgo(1)));
        NoticeResult b = notices.recordGuest(user(hotelPartner), hotel, guest("B", passport(), hoursAgo(1)));
        int first = Integer.parseInt(a.receiptNumber().substring(9));
        int second = Integer.parseInt(b.receiptNumber().substring(9));
        assertThat(second).isGreaterThan(first);
        assertThat(b.receiptNumber().substring(0, 9))
                .isEqualTo(a.receiptNumber().substring(0, 9));
    }

    /** The first page as a PNG under target/screenshots, to look at. */
    static void picture(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.nio.file.Path directory = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(directory);
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 70),
                    "png",
                    directory.resolve(name + ".png").toFile());
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
