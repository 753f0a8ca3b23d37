package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.dashboard.DashboardAreas;
import id.timpora.dashboard.DashboardPeriod;
import id.timpora.dashboard.DashboardQueries;
import id.timpora.dashboard.PeriodKind;
import id.timpora.dashboard.Tally;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The partner's forms (bad input, check-out), the officers' partner list figures, and the dashboard by source. */
class PartnerPagesTest extends PartnerTestBase {

    @Autowired
    NoticeQueries queries;

    @Autowired
    DashboardQueries dashboard;

    @Autowired
    DashboardAreas areas;

    @BeforeEach
    void setUp() {
        setUpPartners();
    }

    @Test
    void badInputOnTheGuestFormComesBackBesideTheFieldsWithASummaryAndSavesNothing() throws Exception {
        String typed = "Bad Input " + System.nanoTime();
        mvc.perform(post("/mitra/tamu/baru")
                        .with(csrf())
                        .with(accounts.as(hotelPartner))
                        .param("fullName", typed)
                        .param("nationality", "")
                        .param("sex", "PEREMPUAN")
                        .param("birthDate", "31/02/1990")
                        .param("passportNumber", "$$")
                        .param("passportExpiry", "01/01/2000")
                        .param("permitType", "VISA_ON_ARRIVAL")
                        .param("checkInDate", "01/03/2020")
                        .param("checkInTime", "14:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("id=\"nationality-error\"")))
                .andExpect(content().string(containsString("id=\"birthDate-error\"")))
                .andExpect(content().string(containsString("Nomor paspor hanya berisi huruf dan angka")))
                .andExpect(content().string(containsString("Paspor sudah tidak berlaku")))
                .andExpect(content().string(containsString(typed)))
                .andExpect(content().string(containsString("31/02/1990")));
        assertThat(count("select count(*) from partner_notice where full_name = ?", typed))
                .isZero();
        assertThat(count("select count(*) from report where full_name = ?", typed))
                .isZero();

        // a check-in still to come, a birth after it
        mvc.perform(post("/mitra/tamu/baru")
                        .with(csrf())
                        .with(accounts.as(hotelPartner))
                        .param("fullName", typed)
                        .param("nationality", "AU")
                        .param("sex", "PEREMPUAN")
                        .param("birthDate", "01/01/2099")
                        .param("passportNumber", passport())
                        .param("permitType", "VISA_ON_ARRIVAL")
                        .param("checkInDate", "01/01/2098")
                        .param("checkInTime", "10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waktu ini belum terjadi.")))
                .andExpect(content().string(containsString("Tanggal lahir sesudah tanggal check-in.")));
        assertThat(count("select count(*) from partner_notice where full_name = ?", typed))
                .isZero();
    }

    @Test
    void aDeactivatedOrganisationsPartnerIsToldBeforeTypingAGuestNotNewButtonOffered() throws Exception {
        mvc.perform(get("/mitra").with(accounts.as(hotelPartner)))
                .andExpect(content().string(containsString("id=\"newGuest\"")))
                .andExpect(content().string(not(containsString("organisationInactive"))));
        jdbc.update("update organisation set active = false where id = ?", hotel);
        mvc.perform(get("/mitra").with(accounts.as(hotelPartner)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"newGuest\""))))
                .andExpect(content().string(containsString("Organisasi ini nonaktif: pemberitahuan baru tidak dapat")));
        mvc.perform(get("/mitra/tamu/baru").with(accounts.as(hotelPartner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"organisationInactive\"")));
    }

    @Test
    void badInputOnTheWorkerFormSavesNothing() throws Exception {
        String typed = "Worker Bad " + System.nanoTime();
        mvc.perform(post("/mitra/pekerja/baru")
                        .with(csrf())
                        .with(accounts.as(companyPartner))
                        .param("fullName", typed)
                        .param("nationality", "CN")
                        .param("sex", "LAKI_LAKI")
                        .param("passportNumber", "")
                        .param("permitType", "ITAS")
                        .param("startDate", "10/05/2026")
                        .param("endDate", "01/05/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"passportNumber-error\"")))
                .andExpect(content().string(containsString("Tanggal selesai sebelum tanggal mulai.")));
        assertThat(count("select count(*) from partner_notice where full_name = ?", typed))
                .isZero();
    }

    @Test
    void aGuestChecksOutOnceAndNotBeforeCheckIn() throws Exception {
        var checkIn = hoursAgo(48);
        NoticeResult stay = notices.recordGuest(user(hotelPartner), hotel, guest("Checking Out", passport(), checkIn));
        String url = "/mitra/pemberitahuan/" + stay.noticeId();
        mvc.perform(post(url + "/check-out")
                        .with(csrf())
                        .with(accounts.as(hotelPartner))
                        .param("version", "0")
                        .param(
                                "checkOutDate",
                                checkIn.minusDays(1)
                                        .toLocalDate()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .param("checkOutTime", "10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check-out sebelum check-in.")));
        assertThat(count("select count(*) from partner_notice where id = ? and check_out_at is null", stay.noticeId()))
                .isOne();
        mvc.perform(post(url + "/check-out")
                        .with(csrf())
                        .with(accounts.as(hotelPartner))
                        .param("version", "0")
                        .param(
                                "checkOutDate",
                                checkIn.plusDays(1)
                                        .toLocalDate()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .param("checkOutTime", "10:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(
                        "select count(*) from partner_notice where id = ? and check_out_at is not null",
                        stay.noticeId()))
                .isOne();
        mvc.perform(get(url).with(accounts.as(hotelPartner)))
                .andExpect(content().string(not(containsString("id=\"checkOutForm\""))));
    }

    @Test
    void theOfficersListCountsThisMonthLastMonthLateAndFindsTheQuietOnes() throws Exception {
        NoticeResult a = notices.recordGuest(user(hotelPartner), hotel, guest("A", passport(), hoursAgo(2)));
        notices.recordGuest(user(hotelPartner), hotel, guest("B", passport(), hoursAgo(40)));
        NoticeResult c = notices.recordGuest(user(hotelPartner), hotel, guest("C", passport(), hoursAgo(3)));
        // one of them was sent last month (moved back in time), the company sent nothing for 40 days
        Instant lastMonth = ZonedDateTime.now(user(officer).zone())
                .withDayOfMonth(1)
                .truncatedTo(ChronoUnit.DAYS)
                .minusDays(3)
                .toInstant();
        jdbc.update("update partner_notice set submitted_at = ? where id = ?", Timestamp.from(lastMonth), c.noticeId());
        NoticeResult old =
                notices.recordWorker(user(companyPartner), company, worker("W", passport(), LocalDate.now()));
        jdbc.update(
                "update partner_notice set submitted_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)),
                old.noticeId());
        long neverNoticed = organisation("KOS", "Kos Sepi " + System.nanoTime(), PALA_PULAU, kanim);

        var rows = queries.partners(
                        user(officer), new PartnerFilter(null, null, false), Instant.now(), PageRequest.of(0, 100))
                .getContent();
        PartnerRow hotelRow =
                rows.stream().filter(r -> r.id() == hotel).findFirst().orElseThrow();
        assertThat(hotelRow.thisMonth()).isEqualTo(2);
        assertThat(hotelRow.lateThisMonth()).isEqualTo(1);
        assertThat(hotelRow.lastMonth()).isEqualTo(1);
        assertThat(hotelRow.lastNoticeAt()).isNotNull();
        assertThat(hotelRow.quiet()).isFalse();
        assertThat(a.late()).isFalse();

        var quiet = queries.partners(
                        user(officer), new PartnerFilter(null, null, true), Instant.now(), PageRequest.of(0, 100))
                .getContent();
        assertThat(quiet)
                .extracting(PartnerRow::id)
                .contains(company, neverNoticed)
                .doesNotContain(hotel);
        assertThat(quiet).allMatch(PartnerRow::quiet);

        mvc.perform(get("/organisasi").param("quiet", "true").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-organisation=\"" + company + "\"")))
                .andExpect(content().string(not(containsString("data-organisation=\"" + hotel + "\""))));
        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        mvc.perform(get("/organisasi").with(accounts.as(bali)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-organisation=\"" + hotel + "\""))));
        mvc.perform(get("/organisasi").with(accounts.as(accounts.create("REPORTER", kanim))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOfficerOfTheJurisdictionSendsANoticeOnTheHotelsBehalfOthersGet404() throws Exception {
        String name = "On Behalf " + System.nanoTime();
        String passport = passport();
        mvc.perform(get("/organisasi/" + hotel + "/tamu/baru").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"onBehalfNote\"")))
                .andExpect(content().string(containsString("mrzReader")));
        mvc.perform(guestForm("/organisasi/" + hotel + "/tamu/baru", name, passport, hoursAgo(1))
                        .with(accounts.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select r.reporter_id from partner_notice n join report r on r.id = n.report_id"
                                + " where n.passport_key = ?",
                        Long.class,
                        passport))
                .isEqualTo(accounts.idOf(officer));
        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        mvc.perform(get("/organisasi/" + hotel + "/tamu/baru").with(accounts.as(bali)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/" + hotel + "/tamu/baru").with(accounts.as(accounts.create("ADMIN"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/" + hotel + "/pekerja/baru").with(accounts.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/" + company + "/pekerja/baru").with(accounts.as(officer)))
                .andExpect(status().isOk());
    }

    @Test
    void theDashboardCountsPartnerReportsBySource() {
        var area = areas.resolve(user(officer), null);
        var period = DashboardPeriod.of(
                PeriodKind.LAST_30_DAYS, null, null, LocalDate.now(user(officer).zone()));
        long apoaBefore = source(dashboard.figures(area, period).sources(), "APOA");
        long sponsorBefore = source(dashboard.figures(area, period).sources(), "PERUSAHAAN_SPONSOR");
        notices.recordGuest(user(hotelPartner), hotel, guest("Dash", passport(), hoursAgo(2)));
        notices.recordWorker(
                user(companyPartner),
                company,
                worker("Dash W", passport(), LocalDate.now().minusDays(1)));
        var after = dashboard.figures(area, period).sources();
        assertThat(source(after, "APOA")).isEqualTo(apoaBefore + 1);
        assertThat(source(after, "PERUSAHAAN_SPONSOR")).isEqualTo(sponsorBefore + 1);
    }

    private static long source(java.util.List<Tally> tallies, String code) {
        return tallies.stream()
                .filter(t -> t.code().equals(code))
                .mapToLong(Tally::count)
                .sum();
    }
}
