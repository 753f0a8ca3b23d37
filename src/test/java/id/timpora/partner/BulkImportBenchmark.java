package id.timpora.partner;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.bulk.BulkJob;
import id.timpora.infrastructure.bulk.BulkOutcome;
import id.timpora.infrastructure.bulk.BulkPreview;
import id.timpora.infrastructure.bulk.BulkUploads;
import id.timpora.organisation.Organisation;
import id.timpora.support.IntegrationTest;
import id.timpora.support.TestDatabase;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The bulk-upload benchmark (bench/bulk.sh, {@code -Dtimpora.bench=true}; skipped in the normal build): a 10,000-row
 * guest XLSX checked and imported through the real mechanism and the notice service (each row a report linked to the
 * registry, audited, with its receipt number), and the same rows copied with a plain PostgreSQL {@code COPY} into a
 * table without indexes, in the same run and database.
 */
@EnabledIfSystemProperty(named = "timpora.bench", matches = "true")
@TestPropertySource(properties = "timpora.bulk.batch-size=${timpora.bench.batch:20}")
class BulkImportBenchmark extends IntegrationTest {

    private static final int ROWS = Integer.getInteger("timpora.bench.rows", 10_000);

    @Autowired
    BulkUploads uploads;

    @Autowired
    NoticeUploads noticeUploads;

    @Autowired
    PartnerAccess access;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    private static final String[] COUNTRIES = {
        "Jerman", "Swedia", "Inggris", "Prancis", "Australia", "JPN", "KOR", "CN", "Amerika Serikat", "Belanda"
    };

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "timpora_bench_bulk");
    }

    @Test
    void importsTenThousandRowsAndComparesWithCopy() throws Exception {
        long kanim = agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06");
        long hotel = jdbc.queryForObject(
                """
                insert into organisation (kind, name, region_code, province_code, regency_code, district_code, address,
                                          registered_by_agency_id)
                values ('PENGINAPAN_HOTEL', 'Hotel Benchmark', '61.06.01.2004', '61', '61.06', '61.06.01',
                        'Jl. Lintas Utara 1', ?)
                returning id""",
                Long.class,
                kanim);
        String partner = accounts.create("PARTNER", kanim);
        jdbc.update(
                "insert into partner_account (account_id, organisation_id) values (?, ?)",
                accounts.idOf(partner),
                hotel);
        CurrentUser user = (CurrentUser) users.loadUserByUsername(partner);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        Organisation organisation = access.own(user);

        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path xlsx = dir.resolve("guests-" + ROWS + ".xlsx");
        StringBuilder copyRows = new StringBuilder();
        long built = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            String[] headers = {
                "Nama Lengkap",
                "Kewarganegaraan",
                "Jenis Kelamin",
                "Tanggal Lahir",
                "Nomor Paspor",
                "Masa Berlaku Paspor",
                "Jenis Izin Tinggal",
                "Nomor Kamar",
                "Waktu Check-in",
                "Tujuan Kunjungan"
            };
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            LocalDateTime firstCheckIn = LocalDateTime.of(2026, 6, 1, 14, 0);
            for (int r = 1; r <= ROWS; r++) {
                String name = "TAMU BENCHMARK " + r;
                String country = COUNTRIES[r % COUNTRIES.length];
                LocalDate birth = LocalDate.of(1950 + r % 50, 1 + r % 12, 1 + r % 28);
                String passport = String.format(Locale.ROOT, "BX%07d", r);
                LocalDate expiry = LocalDate.of(2030 + r % 5, 1, 1);
                LocalDateTime checkIn = firstCheckIn.plusMinutes(r * 7L);
                sheet.inlineString(r, 0, name);
                sheet.inlineString(r, 1, country);
                sheet.inlineString(r, 2, r % 2 == 0 ? "L" : "P");
                sheet.value(r, 3, birth);
                sheet.style(r, 3).format("dd/mm/yyyy").set();
                sheet.inlineString(r, 4, passport);
                sheet.value(r, 5, expiry);
                sheet.style(r, 5).format("dd/mm/yyyy").set();
                sheet.inlineString(r, 6, "Bebas Visa");
                sheet.inlineString(r, 7, String.valueOf(100 + r % 300));
                sheet.value(r, 8, checkIn);
                sheet.style(r, 8).format("yyyy-mm-dd hh:mm").set();
                sheet.inlineString(r, 9, "Wisata");
                copyRows.append(name)
                        .append('\t')
                        .append(country)
                        .append('\t')
                        .append(r % 2 == 0 ? "L" : "P")
                        .append('\t')
                        .append(birth)
                        .append('\t')
                        .append(passport)
                        .append('\t')
                        .append(expiry)
                        .append("\tBEBAS_VISA\t")
                        .append(100 + r % 300)
                        .append('\t')
                        .append(checkIn)
                        .append("\tWISATA\n");
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
            workbook.finish();
        }
        double buildSeconds = (System.nanoTime() - built) / 1e9;

        BulkJob job = noticeUploads.job(organisation);
        long start = System.nanoTime();
        long id;
        try (InputStream in = Files.newInputStream(xlsx)) {
            id = uploads.upload(job, user.id(), xlsx.getFileName().toString(), in, noticeUploads.known(organisation));
        }
        long checked = System.nanoTime();
        BulkPreview preview = uploads.preview(job, id, user.id(), PageRequest.of(0, 50));
        long confirmStart = System.nanoTime();
        BulkOutcome outcome = uploads.confirm(job, id, user.id(), noticeUploads.importer(user, organisation));
        BulkPreview after = uploads.preview(job, id, user.id(), PageRequest.of(0, 50));
        while (after.importing()) {
            Thread.sleep(50);
            after = uploads.preview(job, id, user.id(), PageRequest.of(0, 50));
        }
        long done = System.nanoTime();
        System.out.println("confirm: " + outcome + ", then " + after.status());

        double checkSeconds = (checked - start) / 1e9;
        double importSeconds = (done - confirmStart) / 1e9;
        double totalSeconds = checkSeconds + importSeconds;

        double copySeconds;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_copy");
                statement.execute(
                        """
                        create table bench_copy (full_name text, nationality text, sex text, birth_date date,
                               passport_number text, passport_expiry date, permit_type text, room text,
                               check_in_at timestamp, purpose text)""");
            }
            long copyStart = System.nanoTime();
            ((PGConnection) connection.unwrap(PGConnection.class))
                    .getCopyAPI()
                    .copyIn("copy bench_copy from stdin", new StringReader(copyRows.toString()));
            copySeconds = (System.nanoTime() - copyStart) / 1e9;
            try (var statement = connection.createStatement()) {
                statement.execute("drop table bench_copy");
            }
        }

        Long reports =
                jdbc.queryForObject("select count(*) from partner_notice where organisation_id = ?", Long.class, hotel);
        Long linked = jdbc.queryForObject(
                "select count(*) from partner_notice n join report r on r.id = n.report_id"
                        + " where n.organisation_id = ? and r.subject_id is not null",
                Long.class,
                hotel);
        String result = String.format(
                Locale.ROOT,
                """
                bulk import benchmark %s, %d cores, load average %.1f, batch %d rows, database %s
                  XLSX built: %d rows, %.1f MB, %.1f s (not counted)
                  upload + check (store, read, validate, known stays): %.2f s  (%d valid, %d errors)
                  confirm (import as notices + reports + registry links): %.2f s  (%d created, %d notices, %d linked)
                  total: %.2f s = %.0f rows/s
                  COPY of the same rows into an index-free table: %.3f s = %.0f rows/s
                  ratio: the import runs at %.3f %% of COPY's rate
                """,
                java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                uploads.properties().batchSize(),
                System.getenv().getOrDefault("TIMPORA_TEST_DATABASE_URL", "embedded (fsync off)"),
                ROWS,
                Files.size(xlsx) / 1e6,
                buildSeconds,
                checkSeconds,
                preview.validRows(),
                preview.errorRows(),
                importSeconds,
                after.importedRows(),
                reports,
                linked,
                totalSeconds,
                ROWS / totalSeconds,
                copySeconds,
                ROWS / copySeconds,
                100 * copySeconds / totalSeconds);
        System.out.println(result);
        Files.writeString(
                dir.resolve("bulk.txt"),
                result,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        SecurityContextHolder.clearContext();
    }
}
