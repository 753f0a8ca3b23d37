package id.timpora.partner;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.timpora.account.CurrentUser;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import id.timpora.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A Kanim covering Kabupaten Kapuas Hulu, a hotel and a company there, and a partner user of each. */
abstract class PartnerTestBase extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kapuas Hulu (WIB)
    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Badung, Bali (WITA)
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final AtomicInteger PASSPORTS = new AtomicInteger();

    @Autowired
    NoticeService notices;

    @Autowired
    UserDetailsService userDetails;

    long kanim;
    String officer;
    long hotel;
    String hotelPartner;
    long company;
    String companyPartner;

    void setUpPartners() {
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        officer = accounts.create("OFFICER", kanim);
        hotel = organisation("PENGINAPAN_HOTEL", "Hotel Uji " + System.nanoTime(), PALA_PULAU, kanim);
        hotelPartner = partner(hotel, kanim);
        company = organisation("PERUSAHAAN", "PT Uji " + System.nanoTime(), PALA_PULAU, kanim);
        companyPartner = partner(company, kanim);
    }

    long organisation(String kind, String name, String desa, long agency) {
        return jdbc.queryForObject(
                "insert into organisation (kind, name, region_code, province_code, regency_code, district_code,"
                        + " address, registered_by_agency_id) values (?, ?, ?, ?, ?, ?, 'Jl. Uji 1', ?) returning id",
                Long.class,
                kind,
                name,
                desa,
                desa.substring(0, 2),
                desa.substring(0, 5),
                desa.substring(0, 8),
                agency);
    }

    String partner(long organisation, long agency) {
        String username = accounts.create("PARTNER", agency);
        jdbc.update(
                "insert into partner_account (account_id, organisation_id) values (?, ?)",
                accounts.idOf(username),
                organisation);
        return username;
    }

    CurrentUser user(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    static String passport() {
        return "X" + (System.nanoTime() % 10_000_000) + PASSPORTS.incrementAndGet();
    }

    static GuestNoticeData guest(String name, String passport, LocalDateTime checkIn) {
        return new GuestNoticeData(
                name,
                "AU",
                Sex.PEREMPUAN,
                LocalDate.of(1990, 5, 17),
                passport,
                LocalDate.now().plusYears(3),
                PermitType.VISA_ON_ARRIVAL,
                null,
                "204",
                checkIn,
                null,
                Activity.WISATA);
    }

    static WorkerNoticeData worker(String name, String passport, LocalDate start) {
        return new WorkerNoticeData(
                name,
                "CN",
                Sex.LAKI_LAKI,
                LocalDate.of(1985, 1, 2),
                passport,
                LocalDate.now().plusYears(2),
                PermitType.ITAS,
                "ITAS-123",
                "Teknisi",
                null,
                start,
                null);
    }

    static LocalDateTime hoursAgo(long hours) {
        return LocalDateTime.now(WIB).minusHours(hours).withSecond(0).withNano(0);
    }

    MockHttpServletRequestBuilder guestForm(String name, String passport, LocalDateTime checkIn) {
        return guestForm("/mitra/tamu/baru", name, passport, checkIn);
    }

    MockHttpServletRequestBuilder guestForm(String url, String name, String passport, LocalDateTime checkIn) {
        return post(url)
                .with(csrf())
                .param("fullName", name)
                .param("nationality", "AU")
                .param("sex", "PEREMPUAN")
                .param("birthDate", "17/05/1990")
                .param("passportNumber", passport)
                .param("permitType", "VISA_ON_ARRIVAL")
                .param("room", "12")
                .param(
                        "checkInDate",
                        String.format(
                                "%02d/%02d/%d", checkIn.getDayOfMonth(), checkIn.getMonthValue(), checkIn.getYear()))
                .param("checkInTime", String.format("%02d:%02d", checkIn.getHour(), checkIn.getMinute()))
                .param("purpose", "WISATA");
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
