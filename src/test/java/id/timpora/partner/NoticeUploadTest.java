package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.timpora.report.mrz.Mrz;
import id.timpora.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Guest lists uploaded in bulk by a hotel's partner and by an officer on its behalf (#13 item 3): the preview names
 * every error kind by row, column and reason; confirming saves only the valid rows as notices and reports; the same
 * stays uploaded again create nothing; only the uploader finds the upload.
 */
class NoticeUploadTest extends IntegrationTest {

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kabupaten Kapuas Hulu

    static final String HEADER = "Nama Lengkap;Kewarganegaraan;Jenis Kelamin;Tanggal Lahir;Nomor Paspor;"
            + "Masa Berlaku Paspor;Jenis Izin Tinggal;Nomor Izin Tinggal;Nomor Kamar;Waktu Check-in;Waktu Check-out;"
            + "Tujuan Kunjungan\n";

    private long kanim;
    private String officer;
    private long hotel;
    private String partner;

    @BeforeEach
    void setUp() throws Exception {
        kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        officer = accounts.create("OFFICER", kanim);
        hotel = organisation("Hotel Uji " + System.nanoTime(), "PENGINAPAN_HOTEL");
        partner = partnerOf(hotel);
    }

    long organisation(String name, String kind) throws Exception {
        MvcResult created = mvc.perform(post("/organisasi/baru")
                        .with(csrf())
                        .with(accounts.as(officer))
                        .param("kind", kind)
                        .param("name", name)
                        .param("regionCode", PALA_PULAU)
                        .param("address", "Jl. Lintas Utara 1")
                        .param("contactName", "Bu Sari")
                        .param("contactPhone", "0812 3456 789"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return Long.parseLong(created.getResponse().getRedirectedUrl().substring("/organisasi/".length()));
    }

    String partnerOf(long organisationId) {
        String username = accounts.create("PARTNER", kanim);
        jdbc.update(
                "insert into partner_account (account_id, organisation_id) values (?, ?)",
                accounts.idOf(username),
                organisationId);
        return username;
    }

    static String passport(String prefix) {
        return prefix + (System.nanoTime() % 10_000_000);
    }

    private String upload(String as, String url, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(csrf())
                        .with(accounts.as(as)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    private long notices(long organisationId) {
        return jdbc.queryForObject(
                "select count(*) from partner_notice where organisation_id = ?", Long.class, organisationId);
    }

    @Test
    void thePreviewNamesEveryErrorKindAndConfirmSavesOnlyTheValidRowsOnce() throws Exception {
        String p1 = passport("A");
        String p2 = passport("B");
        String p3 = passport("C");
        String csv = HEADER
                + "ANNA ERIKSSON;Swedia;P;1974-08-12;" + p1 + ";2031-01-01;Bebas Visa;;101;2026-11-20 14:30;;Wisata\n"
                + "JOHN SMITH;Inggris;L;12/08/1980;" + p2 + ";;ITK;;102;21/11/2026 09.00;;\n"
                + "HANS MÜLLER;DEU;Laki-laki;01-02-1970;" + p3 + ";;Visa on Arrival;;103;2026-11-22 10:00;;Bisnis\n"
                + "NOBODY;Atlantis;L;1970-01-01;XA100001;;ITK;;;2026-11-20 10:00;;\n"
                + "BABY;Jerman;P;2026-11-25;XA100002;;ITK;;;2026-11-20 10:00;;\n"
                + "OLD PASSPORT;Jerman;P;1970-01-01;XA100003;2026-11-01;ITK;;;2026-11-20 10:00;;\n"
                + "NO PASSPORT;Jerman;P;1970-01-01;;;ITK;;;2026-11-20 10:00;;\n"
                + "BAD DATE;Jerman;P;12 Agustus 1970;XA100005;;ITK;;;2026-11-20 10:00;;\n"
                + "=HYPERLINK(\"http://x\");Jerman;P;1970-01-01;XA100006;;ITK;;;2026-11-20 10:00;;\n";
        String location = upload(partner, "/mitra/unggah", "tamu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(location).matches("/mitra/unggah/\\d+");
        assertThat(notices(hotel)).isZero();

        String page = mvc.perform(get(location).with(accounts.as(partner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("3 baris valid, 6 baris dengan kesalahan")
                .contains("Simpan 3 baris valid")
                .contains("Belum ada yang disimpan");
        assertThat(errorRow(page, 5))
                .contains("Kewarganegaraan")
                .contains("Atlantis")
                .contains("tidak dikenal");
        assertThat(errorRow(page, 6)).contains("Tanggal Lahir").contains("sesudah tanggal check-in");
        assertThat(errorRow(page, 7)).contains("Masa Berlaku Paspor").contains("sudah tidak berlaku");
        assertThat(errorRow(page, 8)).contains("Nomor Paspor").contains("Wajib diisi");
        assertThat(errorRow(page, 9))
                .contains("Tanggal Lahir")
                .contains("12 Agustus 1970")
                .contains("tidak dikenali");
        assertThat(errorRow(page, 10)).contains("Nama Lengkap").contains("rumus");

        mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(partner)))
                .andExpect(status().is3xxRedirection());
        assertThat(notices(hotel)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from partner_notice n join report r on r.id = n.report_id"
                                + " where n.organisation_id = ? and r.source = 'APOA' and r.region_code = ?",
                        Long.class,
                        hotel,
                        PALA_PULAU))
                .isEqualTo(3);
        mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(partner)))
                .andExpect(status().is3xxRedirection());
        assertThat(notices(hotel)).isEqualTo(3);
        mvc.perform(get(location).with(accounts.as(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tersimpan: 3 baris baru dari 3 baris valid")))
                .andExpect(content().string(not(containsString("id=\"bulkConfirm\""))))
                .andExpect(content().string(containsString("/tanda-terima.pdf")))
                .andExpect(content().string(containsString("STT/")));

        // a week later: an overlapping list, two stays known and one new
        String p4 = passport("D");
        String later = HEADER
                + "ANNA ERIKSSON;SE;P;1974-08-12;" + p1 + ";2031-01-01;Bebas Visa;;101;20/11/2026 14:30;;Wisata\n"
                + "JOHN SMITH;Inggris;L;1980-08-12;" + p2.toLowerCase() + ";;ITK;;102;2026-11-21 09:00;;\n"
                + "MARIE CURIE;Prancis;P;1967-11-07;" + p4 + ";;ITK;;104;2026-11-27 09:00;;\n";
        String twice = upload(
                partner,
                "/mitra/unggah",
                "tamu-dobel.csv",
                (later + "MARIE CURIE;Prancis;P;1967-11-07;" + p4 + ";;ITK;;104;27/11/2026 18:00;;\n")
                        .getBytes(StandardCharsets.UTF_8));
        String doubled = mvc.perform(get(twice).with(accounts.as(partner)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errorRow(doubled, 5)).contains("Nomor Paspor").contains("sudah ada di baris 4");
        String again = upload(partner, "/mitra/unggah", "tamu-2.csv", later.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(again).with(accounts.as(partner)))
                .andExpect(content().string(containsString("3 baris valid, 0 baris dengan kesalahan")))
                .andExpect(content().string(containsString("2 dari baris valid sudah pernah dilaporkan")));
        mvc.perform(post(again + "/simpan").with(csrf()).with(accounts.as(partner)))
                .andExpect(status().is3xxRedirection());
        assertThat(notices(hotel)).isEqualTo(4);
    }

    /** The table row of the preview's error list for a row of the file. */
    private static String errorRow(String page, int row) {
        int start = page.indexOf("data-row=\"" + row + "\"");
        assertThat(start).as("an error of row %d", row).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void readsAnXlsxWithExcelDatesAndRefusesAFormulaCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Data");
        List<String> headers = List.of(HEADER.strip().split(";"));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        String good = passport("X");
        Object[] first = {"ANNA ERIKSSON", "Swedia", "Perempuan", LocalDate.of(1974, 8, 12), good, null, "ITK"};
        for (int c = 0; c < first.length; c++) {
            if (first[c] instanceof LocalDate date) {
                sheet.value(1, c, date);
                sheet.style(1, c).format("dd/mm/yyyy").set();
            } else if (first[c] != null) {
                sheet.value(1, c, (String) first[c]);
            }
        }
        sheet.value(1, 9, LocalDateTime.of(2026, 11, 28, 15, 0));
        sheet.style(1, 9).format("yyyy-mm-dd hh:mm").set();
        sheet.value(2, 0, "FORMULA GUEST");
        sheet.value(2, 1, "Jerman");
        sheet.value(2, 2, "L");
        sheet.formula(2, 4, "CONCAT(\"P\",\"1\")");
        sheet.value(2, 6, "ITK");
        sheet.value(2, 9, "2026-11-28 15:00");
        sheet.finish();
        workbook.finish();

        String location = upload(partner, "/mitra/unggah", "tamu.xlsx", out.toByteArray());
        String page = mvc.perform(get(location).with(accounts.as(partner)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1 baris valid, 1 baris dengan kesalahan");
        assertThat(errorRow(page, 3)).contains("Nomor Paspor").contains("rumus");
        mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(partner)));
        assertThat(jdbc.queryForObject(
                        "select birth_date from partner_notice where organisation_id = ? and passport_number = ?",
                        LocalDate.class,
                        hotel,
                        good))
                .isEqualTo(LocalDate.of(1974, 8, 12));
    }

    /** A TD3 passport MRZ with right check digits (the ICAO specimen's layout, a valid expiry). */
    static String td3(
            String surname, String given, String number, String nationality, String birth, char sex, String expiry) {
        String line1 =
                ("P<" + nationality + surname + "<<" + given.replace(' ', '<') + "<".repeat(44)).substring(0, 44);
        String doc = (number + "<<<<<<<<<").substring(0, 9);
        String optional = "<".repeat(14);
        String part1 = doc + Mrz.checkDigit(doc);
        String part2 = birth + Mrz.checkDigit(birth);
        String part3 = expiry + Mrz.checkDigit(expiry);
        String part4 = optional + Mrz.checkDigit(optional);
        String composite = part1 + part2 + part3 + part4;
        String line2 = part1 + nationality + part2 + sex + part3 + part4 + Mrz.checkDigit(composite);
        return line1 + "\n" + line2;
    }

    @Test
    void anMrzCellFillsTheEmptyIdentityCellsAndAWrongCheckDigitIsAnError() throws Exception {
        String number = "M" + (System.nanoTime() % 10_000_000);
        String good = td3("ERIKSSON", "ANNA MARIA", number, "SWE", "740812", 'F', "320415");
        String line2 = good.substring(good.indexOf('\n') + 1);
        // the birth date's check digit changed
        char wrong = line2.charAt(19) == '9' ? '0' : (char) (line2.charAt(19) + 1);
        String bad = good.substring(0, good.indexOf('\n') + 1) + line2.substring(0, 19) + wrong + line2.substring(20);
        String csv = "Nama Lengkap;Kewarganegaraan;Jenis Kelamin;Tanggal Lahir;Nomor Paspor;Jenis Izin Tinggal;"
                + "MRZ Paspor;Waktu Check-in\n"
                + ";;;;;ITK;\"" + good + "\";2026-11-20 14:30\n"
                + ";;;;;ITK;\"" + bad + "\";2026-11-20 14:30\n";
        String location = upload(partner, "/mitra/unggah", "mrz.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(get(location).with(accounts.as(partner)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1 baris valid, 1 baris dengan kesalahan");
        assertThat(errorRow(page, 3)).contains("MRZ Paspor").contains("MRZ tidak valid");
        mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(partner)));
        assertThat(jdbc.queryForObject(
                        "select full_name || '|' || nationality || '|' || sex || '|' || birth_date || '|' || passport_expiry"
                                + " from partner_notice where organisation_id = ? and passport_number = ?",
                        String.class,
                        hotel,
                        number))
                .isEqualTo("ANNA MARIA ERIKSSON|SE|PEREMPUAN|1974-08-12|2032-04-15");
    }

    @Test
    void aBadFileComesBackBesideTheFieldAndSavesNothing() throws Exception {
        Long before = jdbc.queryForObject("select count(*) from bulk_upload", Long.class);
        record Bad(String name, byte[] content, String message) {}
        for (Bad bad : List.of(
                new Bad("tamu.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8), "bukan CSV atau XLSX"),
                new Bad("tamu.csv", new byte[0], "Berkas kosong"),
                new Bad("tamu.csv", "Nama;Alamat\nA;B\n".getBytes(StandardCharsets.UTF_8), "bukan judul kolom"),
                new Bad(
                        "tamu.csv",
                        "Nama Lengkap;Waktu Check-in\nA;2026-11-20 10:00\n".getBytes(StandardCharsets.UTF_8),
                        "Kolom wajib tidak ada: Kewarganegaraan"),
                new Bad("tamu.csv", HEADER.getBytes(StandardCharsets.UTF_8), "tidak berisi baris data"),
                new Bad(
                        "tamu.xlsx",
                        "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                        "tidak dapat dibaca"),
                new Bad("tamu.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, ".xls"))) {
            mvc.perform(multipart("/mitra/unggah")
                            .file(new MockMultipartFile("file", bad.name(), "application/octet-stream", bad.content()))
                            .with(csrf())
                            .with(accounts.as(partner)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("is-invalid")))
                    .andExpect(content().string(containsString("error-summary")))
                    .andExpect(content().string(containsString(bad.message())));
        }
        assertThat(jdbc.queryForObject("select count(*) from bulk_upload", Long.class))
                .isEqualTo(before);
    }

    @Test
    void onlyTheUploaderFindsTheUpload() throws Exception {
        String csv = HEADER + "ANNA ERIKSSON;Swedia;P;1974-08-12;" + passport("Q") + ";;ITK;;101;2026-11-20 14:30;;\n";
        String location = upload(partner, "/mitra/unggah", "tamu.csv", csv.getBytes(StandardCharsets.UTF_8));
        String id = location.substring(location.lastIndexOf('/') + 1);

        String colleague = partnerOf(hotel);
        String otherPartner = partnerOf(organisation("Hotel Lain " + System.nanoTime(), "PENGINAPAN_HOTEL"));
        String otherOfficer = accounts.create("OFFICER", kanim);
        String bali = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "51.03"));
        String admin = accounts.create("ADMIN", kanim);
        for (String stranger : List.of(colleague, otherPartner)) {
            mvc.perform(get(location).with(accounts.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(stranger)))
                    .andExpect(status().isNotFound());
        }
        String officerUrl = "/organisasi/" + hotel + "/unggah/" + id;
        for (String stranger : List.of(officer, otherOfficer, bali, admin, partner)) {
            mvc.perform(get(officerUrl).with(accounts.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post(officerUrl + "/simpan").with(csrf()).with(accounts.as(stranger)))
                    .andExpect(status().isNotFound());
        }
        for (String outsider : List.of(bali, admin, partner)) {
            mvc.perform(get("/organisasi/" + hotel + "/unggah").with(accounts.as(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/mitra/unggah").with(accounts.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mitra/unggah/templat.xlsx")).andExpect(status().is3xxRedirection());
        assertThat(notices(hotel)).isZero();
        // the owner still finds it
        mvc.perform(get(location).with(accounts.as(partner))).andExpect(status().isOk());
    }

    @Test
    void anOfficerUploadsOnThePartnersBehalf() throws Exception {
        String csv = HEADER + "ANNA ERIKSSON;Swedia;P;1974-08-12;" + passport("R") + ";;ITK;;101;2026-11-20 14:30;;\n";
        mvc.perform(get("/organisasi/" + hotel + "/unggah").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unggah daftar tamu asing")));
        String location =
                upload(officer, "/organisasi/" + hotel + "/unggah", "tamu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(location).startsWith("/organisasi/" + hotel + "/unggah/");
        mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select submitted_by from partner_notice where organisation_id = ?", Long.class, hotel))
                .isEqualTo(accounts.idOf(officer));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where target_type = 'BULK_UPLOAD' and target_id = ?",
                        Long.class,
                        location.substring(location.lastIndexOf('/') + 1)))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCompanyUploadsItsForeignWorkers() throws Exception {
        long company = organisation("PT Uji " + System.nanoTime(), "PERUSAHAAN");
        String hr = partnerOf(company);
        String worker = passport("W");
        String csv = "Nama Lengkap,Kewarganegaraan,Jenis Kelamin,Nomor Paspor,Jenis Izin Tinggal,Jabatan,"
                + "Tanggal Mulai Kerja,Tanggal Selesai Kerja\n"
                + "LI WEI,Tiongkok,L," + worker + ",ITAS,Teknisi,01/11/2026,31/10/2027\n"
                + "KIM MIN,Korea Selatan,P," + passport("K") + ",ITAS,Insinyur,2026-11-01,2026-10-01\n";
        String location = upload(hr, "/mitra/unggah", "pekerja.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(get(location).with(accounts.as(hr)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1 baris valid, 1 baris dengan kesalahan");
        assertThat(errorRow(page, 3)).contains("Tanggal Selesai Kerja").contains("sebelum tanggal mulai");
        mvc.perform(post(location + "/simpan").with(csrf()).with(accounts.as(hr)));
        assertThat(jdbc.queryForObject(
                        "select kind || ' ' || position || ' ' || start_date from partner_notice"
                                + " where organisation_id = ?",
                        String.class,
                        company))
                .isEqualTo("PEKERJA Teknisi 2026-11-01");
        byte[] xlsx = mvc.perform(get("/mitra/unggah/templat.xlsx").with(accounts.as(hr)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("templat-pekerja-asing.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read().get(0).getCellText(11)).isEqualTo("Tanggal Mulai Kerja *");
        }
    }

    @Test
    void theTemplatesCarryTheHeadersInBahasaIndonesia() throws Exception {
        byte[] xlsx = mvc.perform(get("/mitra/unggah/templat.xlsx").with(accounts.as(partner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("templat-tamu-asing.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("Nama Lengkap *");
            assertThat(header.getCellText(8)).isEqualTo("MRZ Paspor");
            assertThat(header.getCellText(10)).isEqualTo("Waktu Check-in *");
            assertThat(workbook.findSheet("Petunjuk")).isPresent();
        }
        String csv = mvc.perform(get("/mitra/unggah/templat.csv").with(accounts.as(partner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNama Lengkap *;Kewarganegaraan *;Jenis Kelamin *;Tanggal Lahir;");
    }
}
