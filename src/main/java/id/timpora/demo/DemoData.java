package id.timpora.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code demo} profile fills an empty database with synthetic but realistic agencies, Tim Pora teams and accounts
 * in six provinces, so a newcomer sees a living system. It never runs without the profile, and never on a database
 * that already has agencies. Every demo account has the password {@link #PASSWORD} (README, demo section only).
 */
@Component
@Profile("demo")
@Order(0) // before BootstrapAdmin: with demo accounts present no random admin is created
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-TIMPORA-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoAgency(String key, String name, String type, String level, List<String> regions) {}

    record DemoTeam(String level, String region, String chair, List<String> members, String decree) {}

    record DemoAccount(String username, String name, String role, String agency, String position) {}

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("ditjen", "Direktorat Jenderal Imigrasi", "IMIGRASI", "PUSAT", List.of()),
            new DemoAgency(
                    "polpum", "Ditjen Politik dan Pemerintahan Umum Kemendagri", "KESBANGPOL", "PUSAT", List.of()),
            // Kalimantan Barat
            new DemoAgency(
                    "kanwil-kalbar", "Kantor Wilayah Imigrasi Kalimantan Barat", "IMIGRASI", "PROVINSI", List.of("61")),
            new DemoAgency(
                    "kanim-pontianak",
                    "Kantor Imigrasi Kelas I TPI Pontianak",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("61.71", "61.12", "61.02", "61.08")),
            new DemoAgency(
                    "kanim-putussibau",
                    "Kantor Imigrasi Kelas II TPI Putussibau",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("61.06")),
            new DemoAgency(
                    "kanim-sintang",
                    "Kantor Imigrasi Kelas II Non TPI Sintang",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("61.05", "61.10", "61.09")),
            new DemoAgency(
                    "kesbangpol-kalbar",
                    "Badan Kesbangpol Provinsi Kalimantan Barat",
                    "KESBANGPOL",
                    "PROVINSI",
                    List.of("61")),
            new DemoAgency(
                    "kesbangpol-kapuashulu",
                    "Kesbangpol Kabupaten Kapuas Hulu",
                    "KESBANGPOL",
                    "KABUPATEN_KOTA",
                    List.of("61.06")),
            new DemoAgency("polda-kalbar", "Polda Kalimantan Barat", "POLRI", "PROVINSI", List.of("61")),
            new DemoAgency("polres-kapuashulu", "Polres Kapuas Hulu", "POLRI", "KABUPATEN_KOTA", List.of("61.06")),
            new DemoAgency(
                    "disnaker-kapuashulu",
                    "Disnakertrans Kabupaten Kapuas Hulu",
                    "DISNAKER",
                    "KABUPATEN_KOTA",
                    List.of("61.06")),
            new DemoAgency("binda-kalbar", "BINDA Kalimantan Barat", "BIN", "PROVINSI", List.of("61")),
            // Kalimantan Tengah
            new DemoAgency(
                    "kanwil-kalteng",
                    "Kantor Wilayah Imigrasi Kalimantan Tengah",
                    "IMIGRASI",
                    "PROVINSI",
                    List.of("62")),
            new DemoAgency(
                    "kanim-palangkaraya",
                    "Kantor Imigrasi Kelas I TPI Palangka Raya",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("62.71", "62.11", "62.10", "62.03", "62.13")),
            new DemoAgency(
                    "kanim-sampit",
                    "Kantor Imigrasi Kelas II TPI Sampit",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("62.02", "62.06", "62.07")),
            new DemoAgency(
                    "kesbangpol-kalteng",
                    "Badan Kesbangpol Provinsi Kalimantan Tengah",
                    "KESBANGPOL",
                    "PROVINSI",
                    List.of("62")),
            new DemoAgency(
                    "kesbangpol-bartim",
                    "Kesbangpol Kabupaten Barito Timur",
                    "KESBANGPOL",
                    "KABUPATEN_KOTA",
                    List.of("62.13")),
            new DemoAgency("polda-kalteng", "Polda Kalimantan Tengah", "POLRI", "PROVINSI", List.of("62")),
            // Jawa Timur
            new DemoAgency("kanwil-jatim", "Kantor Wilayah Imigrasi Jawa Timur", "IMIGRASI", "PROVINSI", List.of("35")),
            new DemoAgency(
                    "kanim-surabaya",
                    "Kantor Imigrasi Kelas I Khusus TPI Surabaya",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("35.78", "35.15", "35.26", "35.25")),
            new DemoAgency(
                    "kanim-malang",
                    "Kantor Imigrasi Kelas I TPI Malang",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("35.73", "35.07", "35.79")),
            new DemoAgency(
                    "kesbangpol-jatim", "Bakesbangpol Provinsi Jawa Timur", "KESBANGPOL", "PROVINSI", List.of("35")),
            new DemoAgency(
                    "kesbangpol-bangkalan",
                    "Bakesbangpol Kabupaten Bangkalan",
                    "KESBANGPOL",
                    "KABUPATEN_KOTA",
                    List.of("35.26")),
            new DemoAgency("polda-jatim", "Polda Jawa Timur", "POLRI", "PROVINSI", List.of("35")),
            new DemoAgency(
                    "disnaker-jatim", "Disnakertrans Provinsi Jawa Timur", "DISNAKER", "PROVINSI", List.of("35")),
            // DKI Jakarta
            new DemoAgency("kanwil-dki", "Kantor Wilayah Imigrasi DKI Jakarta", "IMIGRASI", "PROVINSI", List.of("31")),
            new DemoAgency(
                    "kanim-jakut",
                    "Kantor Imigrasi Kelas I Khusus TPI Jakarta Utara",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("31.72", "31.01")),
            new DemoAgency(
                    "kanim-jaksel",
                    "Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Selatan",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("31.74")),
            new DemoAgency(
                    "kesbangpol-dki", "Badan Kesbangpol Provinsi DKI Jakarta", "KESBANGPOL", "PROVINSI", List.of("31")),
            new DemoAgency("polda-metro", "Polda Metro Jaya", "POLRI", "PROVINSI", List.of("31")),
            // Sumatera Selatan
            new DemoAgency(
                    "kanwil-sumsel", "Kantor Wilayah Imigrasi Sumatera Selatan", "IMIGRASI", "PROVINSI", List.of("16")),
            new DemoAgency(
                    "kanim-palembang",
                    "Kantor Imigrasi Kelas I TPI Palembang",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("16.71", "16.07", "16.10", "16.06", "16.72")),
            new DemoAgency(
                    "kesbangpol-sumsel",
                    "Badan Kesbangpol Provinsi Sumatera Selatan",
                    "KESBANGPOL",
                    "PROVINSI",
                    List.of("16")),
            new DemoAgency(
                    "kesbangpol-pagaralam",
                    "Kesbangpol Kota Pagar Alam",
                    "KESBANGPOL",
                    "KABUPATEN_KOTA",
                    List.of("16.72")),
            // Bali
            new DemoAgency("kanwil-bali", "Kantor Wilayah Imigrasi Bali", "IMIGRASI", "PROVINSI", List.of("51")),
            new DemoAgency(
                    "kanim-ngurahrai",
                    "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("51.03", "51.02", "51.01")),
            new DemoAgency(
                    "kanim-denpasar",
                    "Kantor Imigrasi Kelas I TPI Denpasar",
                    "IMIGRASI",
                    "KABUPATEN_KOTA",
                    List.of("51.71", "51.04", "51.05", "51.06", "51.07", "51.08")),
            new DemoAgency(
                    "kesbangpol-bali", "Badan Kesbangpol Provinsi Bali", "KESBANGPOL", "PROVINSI", List.of("51")),
            new DemoAgency(
                    "kesbangpol-badung",
                    "Kesbangpol Kabupaten Badung",
                    "KESBANGPOL",
                    "KABUPATEN_KOTA",
                    List.of("51.03")),
            new DemoAgency("polda-bali", "Polda Bali", "POLRI", "PROVINSI", List.of("51")),
            new DemoAgency(
                    "disnaker-bali",
                    "Dinas Tenaga Kerja dan ESDM Provinsi Bali",
                    "DISNAKER",
                    "PROVINSI",
                    List.of("51")));

    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("PUSAT", null, "ditjen", List.of("polpum"), "M.IP-01.GR.01.01 Tahun 2025"),
            new DemoTeam(
                    "PROVINSI",
                    "61",
                    "kanwil-kalbar",
                    List.of("kesbangpol-kalbar", "polda-kalbar", "binda-kalbar"),
                    "W.17-UM.01.01-0123 Tahun 2025"),
            new DemoTeam(
                    "KABUPATEN_KOTA",
                    "61.06",
                    "kanim-putussibau",
                    List.of("kesbangpol-kapuashulu", "polres-kapuashulu", "disnaker-kapuashulu"),
                    "W.17.IMI.4-UM.01.01-0045 Tahun 2025"),
            new DemoTeam("PROVINSI", "62", "kanwil-kalteng", List.of("kesbangpol-kalteng", "polda-kalteng"), null),
            new DemoTeam("KABUPATEN_KOTA", "62.13", "kanim-palangkaraya", List.of("kesbangpol-bartim"), null),
            new DemoTeam(
                    "PROVINSI",
                    "35",
                    "kanwil-jatim",
                    List.of("kesbangpol-jatim", "polda-jatim", "disnaker-jatim"),
                    "W.15-UM.01.01-0301 Tahun 2025"),
            new DemoTeam("KABUPATEN_KOTA", "35.26", "kanim-surabaya", List.of("kesbangpol-bangkalan"), null),
            new DemoTeam("PROVINSI", "31", "kanwil-dki", List.of("kesbangpol-dki", "polda-metro"), null),
            new DemoTeam("PROVINSI", "16", "kanwil-sumsel", List.of("kesbangpol-sumsel"), null),
            new DemoTeam("KABUPATEN_KOTA", "16.72", "kanim-palembang", List.of("kesbangpol-pagaralam"), null),
            new DemoTeam(
                    "PROVINSI",
                    "51",
                    "kanwil-bali",
                    List.of("kesbangpol-bali", "polda-bali", "disnaker-bali"),
                    "W.20-UM.01.01-0088 Tahun 2025"),
            new DemoTeam("KABUPATEN_KOTA", "51.03", "kanim-ngurahrai", List.of("kesbangpol-badung"), null));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin.demo", "Admin Demo TIMPORA", "ADMIN", "ditjen", "Pranata Komputer"),
            new DemoAccount("petugas.pusat", "Rudi Hartono", "OFFICER", "ditjen", "Analis Keimigrasian"),
            new DemoAccount("petugas.kalbar", "Yohanes Sinaga", "OFFICER", "kanwil-kalbar", "Kepala Bidang Intelijen"),
            new DemoAccount("petugas.pontianak", "Dewi Anggraini", "OFFICER", "kanim-pontianak", "Kasi Inteldakim"),
            new DemoAccount("petugas.putussibau", "Agus Setiawan", "OFFICER", "kanim-putussibau", "Kasubsi Inteldakim"),
            new DemoAccount("pelapor.kapuashulu", "Maria Ulfa", "REPORTER", "kesbangpol-kapuashulu", "Analis Politik"),
            new DemoAccount("pelapor.polreskh", "Bripka Hendra", "REPORTER", "polres-kapuashulu", "Kanit Intelkam"),
            new DemoAccount("pelapor.kalbar", "Fransiska Lim", "REPORTER", "kesbangpol-kalbar", "Kabid Kewaspadaan"),
            new DemoAccount(
                    "petugas.palangkaraya", "Rahmat Hidayat", "OFFICER", "kanim-palangkaraya", "Kasi Inteldakim"),
            new DemoAccount("pelapor.bartim", "Yuliana Sari", "REPORTER", "kesbangpol-bartim", "Analis Kebijakan"),
            new DemoAccount("petugas.surabaya", "Bambang Sutrisno", "OFFICER", "kanim-surabaya", "Kasi Inteldakim"),
            new DemoAccount("pelapor.bangkalan", "Moh. Syafii", "REPORTER", "kesbangpol-bangkalan", "Kabid Poldagri"),
            new DemoAccount("pelapor.jatim", "Ratna Wulandari", "REPORTER", "kesbangpol-jatim", "Analis Kewaspadaan"),
            new DemoAccount("petugas.jakut", "Teguh Prasetyo", "OFFICER", "kanim-jakut", "Kasi Inteldakim"),
            new DemoAccount("pelapor.dki", "Nur Aisyah", "REPORTER", "kesbangpol-dki", "Analis Kewaspadaan"),
            new DemoAccount("petugas.palembang", "Andi Saputra", "OFFICER", "kanim-palembang", "Kasi Inteldakim"),
            new DemoAccount("pelapor.pagaralam", "Rina Marlina", "REPORTER", "kesbangpol-pagaralam", "Analis Politik"),
            new DemoAccount("petugas.ngurahrai", "I Made Sudarsana", "OFFICER", "kanim-ngurahrai", "Kasi Inteldakim"),
            new DemoAccount("pelapor.badung", "Ni Luh Putu Ayu", "REPORTER", "kesbangpol-badung", "Analis Kewaspadaan"),
            new DemoAccount(
                    "pelapor.bali", "I Gusti Ngurah Rai Putra", "REPORTER", "kesbangpol-bali", "Kabid Kewaspadaan"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ReportGenerator reports;
    private final DemoMeetings meetings;
    private final int reportCount;

    DemoData(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            ReportGenerator reports,
            DemoMeetings meetings,
            @Value("${timpora.demo.reports:3000}") int reportCount) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.reports = reports;
        this.meetings = meetings;
        this.reportCount = reportCount;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('timpora.demo-data'))")
                .query()
                .singleValue();
        long agencies =
                jdbc.sql("select count(*) from agency").query(Long.class).single();
        if (agencies > 0) {
            log.info("Demo data skipped: the database already has agencies");
            // A demo database from before the meeting feature gets its meetings once.
            meetings.seed(agencyNames());
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (DemoAgency agency : AGENCIES) {
            long id = jdbc.sql("insert into agency (name, type, level, address, phone, email)"
                            + " values (:name, :type, :level, :address, :phone, :email) returning id")
                    .param("name", agency.name())
                    .param("type", agency.type())
                    .param("level", agency.level())
                    .param("address", "Jl. Contoh No. " + (ids.size() + 1))
                    .param("phone", "(021) 555-" + String.format("%04d", ids.size() + 1))
                    .param("email", agency.key() + "@demo.timpora.id")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into agency_region (agency_id, region_code) select :agency, unnest(:codes::varchar[])")
                    .param("agency", id)
                    .param("codes", agency.regions().toArray(String[]::new))
                    .update();
            ids.put(agency.key(), id);
        }
        for (DemoTeam team : TEAMS) {
            String name = team.region() == null
                    ? "Tim Pora Pusat"
                    : "Tim Pora "
                            + jdbc.sql("select name from region where code = :code")
                                    .param("code", team.region())
                                    .query(String.class)
                                    .single();
            long id = jdbc.sql(
                            "insert into team (name, level, region_code, chair_agency_id, decree_number, decree_date)"
                                    + " values (:name, :level, :region, :chair, :decree, :decree_date) returning id")
                    .param("name", name)
                    .param("level", team.level())
                    .param("region", team.region())
                    .param("chair", ids.get(team.chair()))
                    .param("decree", team.decree())
                    .param("decree_date", team.decree() == null ? null : java.sql.Date.valueOf("2025-01-15"))
                    .query(Long.class)
                    .single();
            // The chair first, then the members: the order the team's page lists them in.
            Long[] members = Stream.concat(Stream.of(team.chair()), team.members().stream())
                    .map(ids::get)
                    .toArray(Long[]::new);
            jdbc.sql("insert into team_member (team_id, agency_id) select :team, unnest(:agencies::bigint[])")
                    .param("team", id)
                    .param("agencies", members)
                    .update();
        }
        String hash = passwordEncoder.encode(PASSWORD);
        for (DemoAccount account : ACCOUNTS) {
            jdbc.sql("insert into app_user (username, display_name, password_hash, role, agency_id, position,"
                            + " must_change_password) values (:username, :name, :hash, :role, :agency, :position, false)"
                            + " on conflict do nothing")
                    .param("username", account.username())
                    .param("name", account.name())
                    .param("hash", hash)
                    .param("role", account.role())
                    .param("agency", ids.get(account.agency()))
                    .param("position", account.position())
                    .update();
        }
        int generated = reports.generate(reportCount);
        int meetingCount = meetings.seed(agencyNames());
        log.warn(
                "Demo data loaded: {} agencies, {} teams, {} accounts, {} reports, {} meetings"
                        + " (password: see README, demo profile)",
                AGENCIES.size(),
                TEAMS.size(),
                ACCOUNTS.size(),
                generated,
                meetingCount);
    }

    private static Map<String, String> agencyNames() {
        Map<String, String> names = new HashMap<>();
        AGENCIES.forEach(agency -> names.put(agency.key(), agency.name()));
        return names;
    }
}
