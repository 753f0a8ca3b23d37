package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.report.ReportScopes;
import id.timpora.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The permit roster (#15 items 1, 2 and 4) against PostgreSQL: an immigration officer's upload upserts people by
 * nationality + passport and keeps their permit history; departed people are marked (row flag, absence from a full
 * export), never deleted; the register, its export and the person page keep to the viewer's jurisdiction (404 outside);
 * reporters see masked passports; expiry windows count from today in the viewer's zone.
 */
class PermitRosterTest extends IntegrationTest {

    static final String HEADER = "Nama Lengkap;Kewarganegaraan;Jenis Kelamin;Tanggal Lahir;Nomor Paspor;"
            + "Jenis Izin Tinggal;Nomor Izin Tinggal;Tanggal Terbit Izin;Tanggal Berakhir Izin;Penjamin;Pekerjaan;"
            + "Alamat;Kode Desa/Kelurahan;Sudah Keluar\n";

    /** Kecamatan of this class only: from an offset no other test uses. */
    private static final AtomicInteger DISTRICTS = new AtomicInteger(600);

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    CappedCount cappedCount;

    @Autowired
    ReportScopes reportScopes;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    String district;
    String desa;
    String otherDesa;
    long kanim;
    String officer;
    long kesbangpol;
    String reporter;

    @BeforeEach
    void office() {
        district = district("Asia/Jakarta");
        List<String> desas = desas(district);
        desa = desas.get(0);
        otherDesa = desas.get(1);
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", district);
        officer = accounts.create("OFFICER", kanim);
        kesbangpol = agencies.create("KESBANGPOL", "KABUPATEN_KOTA", district);
        reporter = accounts.create("REPORTER", kesbangpol);
    }

    String district(String zone) {
        return jdbc.queryForObject(
                "select code from region where level = 'KECAMATAN' and time_zone = ? order by code desc offset ?"
                        + " limit 1",
                String.class,
                zone,
                DISTRICTS.getAndIncrement());
    }

    List<String> desas(String district) {
        return jdbc.queryForList(
                "select code from region where parent_code = ? and length(code) = 13 order by code limit 2",
                String.class,
                district);
    }

    static String passport(String prefix) {
        return prefix + (System.nanoTime() % 100_000_000);
    }

    static String row(
            String name,
            String nationality,
            String passport,
            String type,
            String number,
            LocalDate issued,
            LocalDate expiry,
            String sponsor,
            String desa,
            String departed) {
        return String.join(
                        ";",
                        name,
                        nationality,
                        "L",
                        "1980-02-01",
                        passport,
                        type,
                        number,
                        issued == null ? "" : issued.toString(),
                        expiry == null ? "" : expiry.toString(),
                        sponsor,
                        "Manajer",
                        "Jl. Uji 1",
                        desa,
                        departed)
                + "\n";
    }

    String upload(String as, String csv) throws Exception {
        return mvc.perform(multipart("/orang-asing/daftar-izin")
                        .file(new MockMultipartFile(
                                "file", "izin.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(accounts.as(as)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    void confirm(String as, String location, boolean full) throws Exception {
        var request = post(location + "/simpan").with(csrf()).with(accounts.as(as));
        if (full) {
            request = request.param("lengkap", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    String page(String as, String url) throws Exception {
        return mvc.perform(get(url).with(accounts.as(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    Long subjectOf(String nationality, String passport) {
        return jdbc
                .queryForList(
                        "select id from subject where nationality = ? and passport_number = ?",
                        Long.class,
                        nationality,
                        passport)
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Test
    void aSecondUploadUpdatesThePermitAndAddressKeepsTheHistoryAndNeverDuplicatesAPerson() throws Exception {
        LocalDate today = LocalDate.now();
        String a = passport("RA");
        String b = passport("RB");
        String location = upload(
                officer,
                HEADER
                        + row(
                                "ANNA ERIKSSON",
                                "Swedia",
                                a,
                                "ITAS",
                                "IT-1",
                                today.minusDays(100),
                                today.plusDays(200),
                                "PT Sawit Makmur",
                                desa,
                                "")
                        + row(
                                "JOHN SMITH",
                                "GB",
                                b,
                                "ITK",
                                "IK-1",
                                today.minusDays(10),
                                today.plusDays(20),
                                "",
                                desa,
                                "Tidak"));
        assertThat(location).matches("/orang-asing/daftar-izin/\\d+");
        assertThat(subjectOf("SE", a))
                .as("nothing saved before the confirmation")
                .isNull();
        confirm(officer, location, false);
        long anna = subjectOf("SE", a);

        // the next month's export: Anna's permit renewed, she moved to another desa, a new sponsor
        String second = upload(
                officer,
                HEADER
                        + row(
                                "ANNA ERIKSSON",
                                "SWE",
                                a.substring(0, 2) + " " + a.substring(2),
                                "ITAS",
                                "IT-2",
                                today.minusDays(1),
                                today.plusDays(365),
                                "CV Baru Jaya",
                                otherDesa,
                                "")
                        + row(
                                "JOHN SMITH",
                                "Inggris",
                                b,
                                "ITK",
                                "IK-1",
                                today.minusDays(10),
                                today.plusDays(20),
                                "",
                                desa,
                                ""));
        assertThat(page(officer, second)).contains("bulkKnown");
        confirm(officer, second, false);

        assertThat(jdbc.queryForObject(
                        "select count(*) from subject where nationality = 'SE' and passport_number = ?", Long.class, a))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from subject_permit where subject_id = ?", Long.class, anna))
                .isEqualTo(2);
        assertThat(jdbc.queryForMap(
                        "select region_code, district_code, sponsor_name, permit_number, permit_expiry"
                                + " from subject_residence where subject_id = ?",
                        anna))
                .containsEntry("region_code", otherDesa)
                .containsEntry("district_code", district)
                .containsEntry("sponsor_name", "CV Baru Jaya")
                .containsEntry("permit_number", "IT-2")
                .containsEntry("permit_expiry", java.sql.Date.valueOf(today.plusDays(365)));
        long john = subjectOf("GB", b);
        assertThat(jdbc.queryForObject("select count(*) from subject_permit where subject_id = ?", Long.class, john))
                .as("the same permit twice is one history row")
                .isOne();
        String personPage = page(officer, "/orang-asing/terdaftar/" + anna);
        assertThat(personPage).contains("IT-1").contains("IT-2").contains("CV Baru Jaya");
    }

    @Test
    void aFurtherPassportOfARegistryPersonLeadsToThatPerson() throws Exception {
        String old = passport("PO");
        String renewed = passport("PN");
        long person = jdbc.queryForObject(
                "insert into subject (full_name, nationality, passport_number) values ('HANS MULLER', 'DE', ?)"
                        + " returning id",
                Long.class,
                old);
        jdbc.update(
                "insert into subject_passport (subject_id, nationality, passport_number) values (?, 'DE', ?)",
                person,
                renewed);
        LocalDate today = LocalDate.now();
        confirm(
                officer,
                upload(
                        officer,
                        HEADER
                                + row(
                                        "HANS MULLER",
                                        "Jerman",
                                        renewed,
                                        "ITAP",
                                        "AP-1",
                                        null,
                                        today.plusDays(900),
                                        "",
                                        desa,
                                        "")),
                false);
        assertThat(subjectOf("DE", renewed)).as("no new person").isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_residence where subject_id = ?", Long.class, person))
                .isOne();
    }

    @Test
    void thePreviewNamesEachRowsProblemAndOnlyValidRowsAreImported() throws Exception {
        String outside = desas(district("Asia/Jakarta")).get(0);
        LocalDate today = LocalDate.now();
        String good = passport("OK");
        String location = upload(
                officer,
                HEADER
                        + row("GOOD ROW", "Jepang", good, "ITAS", "G-1", null, today.plusDays(40), "", desa, "")
                        + row(
                                "OUTSIDE",
                                "Jepang",
                                passport("X"),
                                "ITAS",
                                "G-2",
                                null,
                                today.plusDays(40),
                                "",
                                outside,
                                "")
                        + row(
                                "NOWHERE",
                                "Atlantis",
                                passport("Y"),
                                "ITAS",
                                "G-3",
                                null,
                                today.plusDays(40),
                                "",
                                desa,
                                "")
                        + row(
                                "BACKWARDS",
                                "Jepang",
                                passport("Z"),
                                "ITAS",
                                "G-4",
                                today,
                                today.minusDays(1),
                                "",
                                desa,
                                "")
                        + row("NO PASSPORT", "Jepang", "", "ITAS", "G-5", null, today.plusDays(40), "", desa, "")
                        + row(
                                "NO PERMIT",
                                "Jepang",
                                passport("W"),
                                "Bebas Visa",
                                "G-6",
                                null,
                                today.plusDays(40),
                                "",
                                desa,
                                ""));
        String preview = page(officer, location);
        assertThat(preview)
                .contains("di luar wilayah kerja kantor Anda")
                .contains("Tanggal berakhir izin sebelum tanggal terbit")
                .contains("Atlantis");
        assertThat(preview).containsPattern("1\\D+baris valid|1 valid|Valid: 1|1 baris");
        confirm(officer, location, false);
        assertThat(subjectOf("JP", good)).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_residence where district_code = ? and full_name in"
                                + " ('OUTSIDE', 'NOWHERE', 'BACKWARDS', 'NO PASSPORT', 'NO PERMIT')",
                        Long.class,
                        district))
                .isZero();
    }

    @Test
    void departedPeopleAreMarkedByTheirRowAndByAbsenceFromAFullExportNeverDeleted() throws Exception {
        LocalDate today = LocalDate.now();
        String stays = passport("S");
        String leaves = passport("L");
        String absent = passport("A");
        confirm(
                officer,
                upload(
                        officer,
                        HEADER
                                + row(
                                        "STAYS",
                                        "Korea Selatan",
                                        stays,
                                        "ITAS",
                                        "S-1",
                                        null,
                                        today.plusDays(99),
                                        "",
                                        desa,
                                        "")
                                + row(
                                        "LEAVES",
                                        "Korea Selatan",
                                        leaves,
                                        "ITAS",
                                        "L-1",
                                        null,
                                        today.plusDays(99),
                                        "",
                                        desa,
                                        "")
                                + row(
                                        "ABSENT",
                                        "Korea Selatan",
                                        absent,
                                        "ITAS",
                                        "A-1",
                                        null,
                                        today.plusDays(99),
                                        "",
                                        desa,
                                        "")),
                false);
        // someone of another office's area, who must not be touched by this office's full export
        String elsewhereDistrict = district("Asia/Jakarta");
        long otherKanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", elsewhereDistrict);
        String otherOfficer = accounts.create("OFFICER", otherKanim);
        String elsewhere = passport("E");
        confirm(
                otherOfficer,
                upload(
                        otherOfficer,
                        HEADER
                                + row(
                                        "ELSEWHERE",
                                        "Korea Selatan",
                                        elsewhere,
                                        "ITAS",
                                        "E-1",
                                        null,
                                        today.plusDays(99),
                                        "",
                                        desas(elsewhereDistrict).get(0),
                                        "")),
                false);

        confirm(
                officer,
                upload(
                        officer,
                        HEADER
                                + row("STAYS", "KR", stays, "ITAS", "S-1", null, today.plusDays(99), "", desa, "")
                                + row("LEAVES", "KR", leaves, "ITAS", "L-1", null, today.plusDays(99), "", desa, "Ya")),
                true);

        assertThat(departed("KR", stays)).isFalse();
        assertThat(departed("KR", leaves)).isTrue();
        assertThat(departed("KR", absent)).as("absent from the full export").isTrue();
        assertThat(departed("KR", elsewhere)).as("another office's area").isFalse();
        assertThat(subjectOf("KR", absent)).as("never deleted").isNotNull();
        String register = page(reporter, "/orang-asing/terdaftar");
        assertThat(register).contains("STAYS").doesNotContain("LEAVES").doesNotContain("ABSENT");
        assertThat(page(reporter, "/orang-asing/terdaftar/" + subjectOf("KR", absent)))
                .contains("registerDeparted");
    }

    /** A reporter of a fresh kecamatan without roster people. */
    String otherReporterOf() {
        return accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", district("Asia/Makassar")));
    }

    String sponsorSearch(String text) throws Exception {
        return mvc.perform(get("/orang-asing/terdaftar").param("sponsor", text).with(accounts.as(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    boolean departed(String nationality, String passport) {
        return jdbc.queryForObject(
                "select departed_at is not null from subject_residence where subject_id = ?",
                Boolean.class,
                subjectOf(nationality, passport));
    }

    @Test
    void theRegisterItsExportAndThePersonKeepToTheJurisdictionAndReportersSeeMaskedPassports() throws Exception {
        LocalDate today = LocalDate.now();
        String p = "ZX12345678";
        jdbc.update(
                "delete from subject_residence where subject_id in"
                        + " (select id from subject where nationality = 'NL' and passport_number = ?)",
                p);
        confirm(
                officer,
                upload(
                        officer,
                        HEADER
                                + row(
                                        "PIETER DE VRIES",
                                        "Belanda",
                                        p,
                                        "ITAS",
                                        "NL-1",
                                        null,
                                        today.plusDays(10),
                                        "PT Tambang 100%",
                                        desa,
                                        "")),
                false);
        long pieter = subjectOf("NL", p);

        String asReporter = page(reporter, "/orang-asing/terdaftar?wilayah=" + district);
        assertThat(asReporter)
                .contains("PIETER DE VRIES")
                .contains("ZX1•••••78")
                .doesNotContain(p);
        assertThat(page(reporter, "/orang-asing/terdaftar/" + pieter))
                .contains("ZX1•••••78")
                .doesNotContain(p);
        assertThat(page(officer, "/orang-asing/terdaftar/" + pieter)).contains(p);
        // sponsor text is a LIKE with % escaped
        assertThat(sponsorSearch("100%")).contains("PIETER DE VRIES");
        assertThat(sponsorSearch("tambang%x")).doesNotContain("PIETER DE VRIES");
        assertThat(page(reporter, "/orang-asing/terdaftar?expiry=DAYS_30&permitType=ITAS&nationality=NL"))
                .contains("PIETER DE VRIES");
        assertThat(page(reporter, "/orang-asing/terdaftar?expiry=EXPIRED")).doesNotContain("PIETER DE VRIES");
        // the dashboard's permit watch counts him (expiring within 30 days) and links to the register's window
        String dashboard = page(reporter, "/");
        assertThat(dashboard).contains("kpiPermitExpiring").contains("/orang-asing/terdaftar?expiry=DAYS_30");
        assertThat(page(otherReporterOf(), "/")).doesNotContain("kpiPermitExpiring");

        String csv = mvc.perform(
                        get("/orang-asing/terdaftar/ekspor.csv?nationality=NL").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("PIETER DE VRIES").contains(p);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where target_type = 'REGISTER' and action = 'EXPORT'"
                                + " and detail like '%nationality=NL%'",
                        Long.class))
                .isPositive();
        mvc.perform(get("/orang-asing/terdaftar/ekspor.xlsx").with(accounts.as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/orang-asing/terdaftar/ekspor.csv").with(accounts.as(reporter)))
                .andExpect(status().isForbidden());

        // another region's officer and reporter: not in their list, export, nor by URL
        String otherDistrict = district("Asia/Jakarta");
        long otherKanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", otherDistrict);
        String otherOfficer = accounts.create("OFFICER", otherKanim);
        String otherReporter =
                accounts.create("REPORTER", agencies.create("KESBANGPOL", "KABUPATEN_KOTA", otherDistrict));
        assertThat(page(otherReporter, "/orang-asing/terdaftar")).doesNotContain("PIETER DE VRIES");
        mvc.perform(get("/orang-asing/terdaftar/" + pieter).with(accounts.as(otherOfficer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orang-asing/terdaftar/" + pieter).with(accounts.as(otherReporter)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/orang-asing/terdaftar/ekspor.csv").with(accounts.as(otherOfficer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("PIETER DE VRIES");

        // partner, administrator, anonymous
        String partner = accounts.create("PARTNER", kanim);
        String admin = accounts.create("ADMIN", kanim);
        for (String who : List.of(partner, admin)) {
            int list = mvc.perform(get("/orang-asing/terdaftar").with(accounts.as(who)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(list).isIn(403, 404);
            int person = mvc.perform(get("/orang-asing/terdaftar/" + pieter).with(accounts.as(who)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(person).isIn(403, 404);
            int upload = mvc.perform(get("/orang-asing/daftar-izin").with(accounts.as(who)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(upload).isIn(403, 404);
        }
        assertThat(mvc.perform(get("/orang-asing/terdaftar"))
                        .andExpect(status().is3xxRedirection())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
    }

    @Test
    void onlyImmigrationOfficersUploadRosters() throws Exception {
        mvc.perform(get("/orang-asing/daftar-izin").with(accounts.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/orang-asing/daftar-izin/templat.xlsx").with(accounts.as(officer)))
                .andExpect(status().isOk());
        String template = mvc.perform(
                        get("/orang-asing/daftar-izin/templat.csv").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(template)
                .contains("Nama Lengkap *")
                .contains("Jenis Izin Tinggal *")
                .contains("Tanggal Berakhir Izin *")
                .contains("Kode Desa/Kelurahan *")
                .contains("Sudah Keluar");
        mvc.perform(get("/orang-asing/daftar-izin").with(accounts.as(reporter))).andExpect(status().isForbidden());
        // an officer account of a non-immigration agency (the admin pages refuse to make one): not found
        String oddOfficer = accounts.create("OFFICER", kesbangpol);
        mvc.perform(get("/orang-asing/daftar-izin").with(accounts.as(oddOfficer)))
                .andExpect(status().isNotFound());
        // somebody else's upload is not found
        String location = upload(
                officer,
                HEADER
                        + row(
                                "X",
                                "Jepang",
                                passport("Q"),
                                "ITAS",
                                "Q-1",
                                null,
                                LocalDate.now().plusDays(9),
                                "",
                                desa,
                                ""));
        String colleague = accounts.create("OFFICER", kanim);
        mvc.perform(get(location).with(accounts.as(colleague))).andExpect(status().isNotFound());
    }

    @Test
    void expiryWindowsCountFromTodayInTheViewersZone() throws Exception {
        // 16:30 UTC on 1 December: 23:30 in WIB (Kalimantan Barat), already 01:30 on 2 December in WIT (Papua)
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T16:30:00Z"), ZoneOffset.UTC);
        RegisterQueries queries = new RegisterQueries(jdbcClient, cappedCount, reportScopes, clock);
        LocalDate first = LocalDate.parse("2026-12-01");

        String papuaDistrict = district("Asia/Jayapura");
        long papuaKanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", papuaDistrict);
        String papuaOfficer = accounts.create("OFFICER", papuaKanim);
        String wibPassport = passport("W");
        String witPassport = passport("T");
        confirm(
                officer,
                upload(
                        officer,
                        HEADER + row("WIB PERSON", "Australia", wibPassport, "ITAS", "W-1", null, first, "", desa, "")),
                false);
        confirm(
                papuaOfficer,
                upload(
                        papuaOfficer,
                        HEADER
                                + row(
                                        "WIT PERSON",
                                        "Australia",
                                        witPassport,
                                        "ITAS",
                                        "T-1",
                                        null,
                                        first,
                                        "",
                                        desas(papuaDistrict).get(0),
                                        "")),
                false);

        CurrentUser wib = (CurrentUser) users.loadUserByUsername(officer);
        CurrentUser wit = (CurrentUser) users.loadUserByUsername(papuaOfficer);
        assertThat(queries.today(wib)).isEqualTo(first);
        assertThat(queries.today(wit)).isEqualTo(first.plusDays(1));
        RegisterFilter expired = new RegisterFilter(null, "AU", null, ExpiryWindow.EXPIRED, null);
        RegisterFilter soon = new RegisterFilter(null, "AU", null, ExpiryWindow.DAYS_30, null);
        assertThat(names(queries, expired, wib)).doesNotContain("WIB PERSON");
        assertThat(names(queries, soon, wib)).contains("WIB PERSON");
        assertThat(names(queries, expired, wit)).contains("WIT PERSON");
        assertThat(names(queries, soon, wit)).doesNotContain("WIT PERSON");
        var witWatch = transactions.execute(status -> queries.watch(wit));
        var wibWatch = transactions.execute(status -> queries.watch(wib));
        // other tests' people of these zones may count too: compare with the same figures a day earlier/later
        assertThat(witWatch.expired()).isPositive();
        assertThat(wibWatch.expiringIn30Days()).isPositive();
    }

    @Test
    void aMergeGivesTheKeptPersonTheAbsorbedOnesPermitsAndNewerResidence() throws Exception {
        LocalDate today = LocalDate.now();
        String first = passport("M1");
        String second = passport("M2");
        confirm(
                officer,
                upload(
                        officer,
                        HEADER
                                + row(
                                        "OLAF NORDMANN",
                                        "Norwegia",
                                        first,
                                        "ITAS",
                                        "N-1",
                                        null,
                                        today.plusDays(50),
                                        "",
                                        desa,
                                        "")
                                + row(
                                        "OLAF NORDMAN",
                                        "Norwegia",
                                        second,
                                        "ITAS",
                                        "N-2",
                                        null,
                                        today.plusDays(400),
                                        "PT Baru",
                                        otherDesa,
                                        "")),
                false);
        long kept = subjectOf("NO", first);
        long absorbed = subjectOf("NO", second);
        jdbc.update(
                "update subject_residence set updated_at = now() + interval '1 minute' where subject_id = ?", absorbed);
        for (long person : List.of(kept, absorbed)) {
            reports.by(officer, desa)
                    .set("nationality", "NO")
                    .set("subject_id", person)
                    .insert();
        }
        mvc.perform(post("/orang-asing/" + kept + "/gabung")
                        .param("otherId", String.valueOf(absorbed))
                        .with(csrf())
                        .with(accounts.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from subject where id = ?", Long.class, absorbed))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select permit_number from subject_permit where subject_id = ? order by permit_number",
                        String.class,
                        kept))
                .containsExactly("N-1", "N-2");
        assertThat(jdbc.queryForObject(
                        "select permit_number from subject_residence where subject_id = ?", String.class, kept))
                .isEqualTo("N-2");
    }

    List<String> names(RegisterQueries queries, RegisterFilter filter, CurrentUser user) {
        return transactions.execute(status -> queries.list(filter, user, PageRequest.of(0, 50))).getContent().stream()
                .map(RegisterEntry::fullName)
                .toList();
    }
}
