package id.timpora.demo;

import id.timpora.infrastructure.persistence.Rows;
import id.timpora.meeting.ActionItemDeadline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coordination meetings of some demo teams, dated around today: held ones with attendance, minutes, decisions, reports
 * discussed and action items (done, open, and overdue), and upcoming ones; the Jawa Timur team has none, and the
 * Kalimantan Barat provincial team last met six weeks ago, so both are flagged for not meeting monthly. Runs once: not
 * when the database has meetings already, and only for the demo teams it finds (by their chairs' names).
 */
@Component
@Profile("demo")
class DemoMeetings {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    record Item(String description, String agency, int dueInDays, boolean done) {}

    record Attendee(String name, String agency, String position) {}

    record DemoMeeting(
            String kind,
            String title,
            int inDays,
            int startHour,
            String place,
            String agenda,
            List<Attendee> attendees,
            String minutes,
            String decisions,
            List<Item> items) {

        boolean held() {
            return inDays < 0;
        }
    }

    record DemoTeamMeetings(String chairName, String officer, List<DemoMeeting> meetings) {}

    private static final String MINUTES =
            """
            ## Pembukaan
            Rapat dibuka oleh Ketua Tim Pora. Peserta menyepakati agenda.

            ## Pembahasan
            - Rekapitulasi laporan keberadaan orang asing bulan lalu: sebagian besar **wisatawan**, beberapa \
            tenaga kerja asing di sektor perkebunan dan pariwisata.
            - Kesbangpol melaporkan kegiatan lembaga asing di desa wilayah perbatasan.
            - Kepolisian menyampaikan hasil patroli di penginapan dan tempat kerja.

            ## Penutup
            Tindak lanjut dicatat beserta instansi penanggung jawab dan tenggatnya.""";

    static final List<DemoTeamMeetings> MEETINGS = List.of(
            new DemoTeamMeetings(
                    "Kantor Imigrasi Kelas II TPI Putussibau",
                    "petugas.putussibau",
                    List.of(
                            new DemoMeeting(
                                    "RUTIN",
                                    "Rakor rutin Tim Pora Kapuas Hulu",
                                    -58,
                                    9,
                                    "Aula Kantor Imigrasi Putussibau",
                                    "1. Rekap laporan orang asing\n2. Pengawasan perlintasan Nanga Badau",
                                    List.of(
                                            new Attendee("Agus Setiawan", "kanim-putussibau", "Kasubsi Inteldakim"),
                                            new Attendee("Maria Ulfa", "kesbangpol-kapuashulu", "Analis Politik"),
                                            new Attendee("Bripka Hendra", "polres-kapuashulu", "Kanit Intelkam")),
                                    MINUTES,
                                    "Patroli gabungan di perlintasan Nanga Badau setiap bulan\n"
                                            + "Kesbangpol memutakhirkan data lembaga asing",
                                    List.of(
                                            new Item(
                                                    "Memutakhirkan data lembaga asing di Kapuas Hulu",
                                                    "kesbangpol-kapuashulu",
                                                    -30,
                                                    true),
                                            new Item(
                                                    "Pemeriksaan TKA di perkebunan sawit Putussibau Utara",
                                                    "disnaker-kapuashulu",
                                                    -20,
                                                    false))),
                            new DemoMeeting(
                                    "PERSIAPAN_OPERASI",
                                    "Persiapan operasi gabungan perbatasan",
                                    -19,
                                    13,
                                    "Mapolres Kapuas Hulu",
                                    "Persiapan operasi gabungan di wilayah perbatasan Badau",
                                    List.of(
                                            new Attendee("Agus Setiawan", "kanim-putussibau", "Kasubsi Inteldakim"),
                                            new Attendee("Bripka Hendra", "polres-kapuashulu", "Kanit Intelkam"),
                                            new Attendee(
                                                    "Yohanes Baru", "disnaker-kapuashulu", "Pengawas Ketenagakerjaan")),
                                    MINUTES,
                                    "Operasi gabungan dilaksanakan pada pekan kedua bulan depan\n"
                                            + "Polres menyiapkan dua regu pengamanan",
                                    List.of(
                                            new Item(
                                                    "Laporan hasil pendataan WNA di penginapan Putussibau",
                                                    "kesbangpol-kapuashulu",
                                                    -3,
                                                    false),
                                            new Item(
                                                    "Menyiapkan personel pengamanan operasi",
                                                    "polres-kapuashulu",
                                                    12,
                                                    false))),
                            new DemoMeeting(
                                    "RUTIN",
                                    "Rakor rutin Tim Pora Kapuas Hulu",
                                    6,
                                    9,
                                    "Aula Kantor Imigrasi Putussibau",
                                    "1. Evaluasi tindak lanjut rapat sebelumnya\n2. Rencana operasi gabungan",
                                    List.of(),
                                    null,
                                    null,
                                    List.of()))),
            new DemoTeamMeetings(
                    "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
                    "petugas.ngurahrai",
                    List.of(
                            new DemoMeeting(
                                    "RUTIN",
                                    "Rakor rutin Tim Pora Badung",
                                    -12,
                                    10,
                                    "Ruang Rapat Kantor Imigrasi Ngurah Rai",
                                    "1. WNA bekerja tanpa izin di vila Canggu\n2. Pengawasan jelang akhir tahun",
                                    List.of(
                                            new Attendee("I Made Sudarsana", "kanim-ngurahrai", "Kasi Inteldakim"),
                                            new Attendee("Ni Luh Putu Ayu", "kesbangpol-badung", "Analis Kewaspadaan")),
                                    MINUTES,
                                    "Pendataan vila yang menampung WNA di Canggu\n"
                                            + "Sosialisasi kewajiban pelaporan orang asing kepada pengelola vila",
                                    List.of(
                                            new Item(
                                                    "Pendataan vila yang menampung WNA di Canggu",
                                                    "kesbangpol-badung",
                                                    -2,
                                                    false),
                                            new Item(
                                                    "Sosialisasi pelaporan orang asing kepada pengelola vila",
                                                    "kanim-ngurahrai",
                                                    9,
                                                    false))),
                            new DemoMeeting(
                                    "INSIDENTAL",
                                    "Rapat insidental pengawasan akhir tahun",
                                    10,
                                    14,
                                    "Ruang Rapat Kantor Imigrasi Ngurah Rai",
                                    "Pengawasan orang asing selama libur akhir tahun",
                                    List.of(),
                                    null,
                                    null,
                                    List.of()))),
            new DemoTeamMeetings(
                    "Kantor Wilayah Imigrasi Kalimantan Barat",
                    "petugas.kalbar",
                    List.of(new DemoMeeting(
                            "RUTIN",
                            "Rakor Tim Pora Provinsi Kalimantan Barat",
                            -45,
                            9,
                            "Aula Kanwil Kemenimipas Kalimantan Barat, Pontianak",
                            "Rekap pengawasan orang asing se-Kalimantan Barat",
                            List.of(
                                    new Attendee("Yohanes Sinaga", "kanwil-kalbar", "Kepala Bidang Intelijen"),
                                    new Attendee("Fransiska Lim", "kesbangpol-kalbar", "Kabid Kewaspadaan")),
                            MINUTES,
                            "Rekap bulanan dikirim setiap tanggal 5",
                            List.of(new Item(
                                    "Rekap bulanan laporan orang asing kabupaten/kota",
                                    "kesbangpol-kalbar",
                                    -15,
                                    false))))));

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMeetings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A demo team as found in the database. */
    private record FoundTeam(long id, ZoneId zone, String region) {}

    /** Adds the demo meetings unless there are meetings already; returns how many it added. */
    int seed(Map<String, String> agencyNames) {
        long existing =
                jdbc.sql("select count(*) from meeting").query(Long.class).single();
        if (existing > 0) {
            return 0;
        }
        int added = 0;
        for (DemoTeamMeetings team : MEETINGS) {
            Optional<FoundTeam> found = jdbc.sql(
                            """
                            select t.id, coalesce((select r.time_zone from region r where r.code = t.region_code),
                                                  'Asia/Jakarta') as zone, t.region_code
                              from team t join agency a on a.id = t.chair_agency_id
                             where a.name = :chair order by t.id limit 1""")
                    .param("chair", team.chairName())
                    .query((rs, i) -> new FoundTeam(
                            rs.getLong("id"), ZoneId.of(rs.getString("zone")), rs.getString("region_code")))
                    .optional();
            Optional<Long> author = jdbc.sql("select id from app_user where username = :username")
                    .param("username", team.officer())
                    .query(Long.class)
                    .optional();
            if (found.isEmpty() || author.isEmpty()) {
                log.info("Demo meetings of {} skipped: team or officer not found", team.chairName());
                continue;
            }
            for (DemoMeeting meeting : team.meetings()) {
                insert(found.get(), author.get(), meeting, agencyNames);
                added++;
            }
        }
        return added;
    }

    private void insert(FoundTeam team, long author, DemoMeeting meeting, Map<String, String> names) {
        ZoneId zone = team.zone();
        LocalDate date = LocalDate.now(clock.withZone(zone)).plusDays(meeting.inDays());
        Instant start =
                date.atTime(LocalTime.of(meeting.startHour(), 0)).atZone(zone).toInstant();
        Instant end = date.atTime(LocalTime.of(meeting.startHour() + 2, 30))
                .atZone(zone)
                .toInstant();
        long id = jdbc.sql(
                        """
                        insert into meeting (team_id, kind, title, starts_at, ends_at, time_zone, place, agenda, status,
                                             minutes, decisions, created_by)
                        values (:team, :kind, :title, :starts_at, :ends_at, :zone, :place, :agenda, :status, :minutes,
                                :decisions, :author) returning id""")
                .param("team", team.id())
                .param("kind", meeting.kind())
                .param("title", meeting.title())
                .param("starts_at", Rows.timestamp(start))
                .param("ends_at", Rows.timestamp(end))
                .param("zone", zone.getId())
                .param("place", meeting.place())
                .param("agenda", meeting.agenda())
                .param("status", meeting.held() ? "SELESAI" : "DIRENCANAKAN")
                .param("minutes", meeting.minutes())
                .param("decisions", meeting.decisions())
                .param("author", author)
                .query(Long.class)
                .single();
        jdbc.sql("insert into meeting_invitee (meeting_id, agency_id)"
                        + " select :meeting, agency_id from team_member where team_id = :team")
                .param("meeting", id)
                .param("team", team.id())
                .update();
        for (Attendee attendee : meeting.attendees()) {
            jdbc.sql("insert into meeting_attendee (meeting_id, name, agency_id, position)"
                            + " select :meeting, :name, id, :position from agency where name = :agency")
                    .param("meeting", id)
                    .param("name", attendee.name())
                    .param("position", attendee.position())
                    .param("agency", names.get(attendee.agency()))
                    .update();
        }
        for (Item item : meeting.items()) {
            LocalDate due = date.plusDays(-meeting.inDays()).plusDays(item.dueInDays());
            ResponsibleAgency agency = jdbc.sql(
                            """
                            select a.id, coalesce((select r.time_zone from agency_region ar
                                                     join region r on r.code = ar.region_code
                                                    where ar.agency_id = a.id order by ar.region_code limit 1),
                                                  'Asia/Jakarta') as zone
                              from agency a where a.name = :name""")
                    .param("name", names.get(item.agency()))
                    .query((rs, i) -> new ResponsibleAgency(rs.getLong("id"), ZoneId.of(rs.getString("zone"))))
                    .single();
            jdbc.sql(
                            """
                            insert into meeting_action_item (meeting_id, description, responsible_agency_id, due_date,
                                                             due_at, status, done_note, done_at, done_by, created_by)
                            values (:meeting, :description, :agency, :due_date, :due_at, :status, :done_note,
                                    :done_at, :done_by, :author)""")
                    .param("meeting", id)
                    .param("description", item.description())
                    .param("agency", agency.id())
                    .param("due_date", due)
                    .param("due_at", Rows.timestamp(ActionItemDeadline.of(due, agency.zone())))
                    .param("status", item.done() ? "SELESAI" : "TERBUKA")
                    .param("done_note", item.done() ? "Selesai dan dilaporkan dalam rapat." : null)
                    .param(
                            "done_at",
                            item.done() ? Rows.timestamp(clock.instant().minusSeconds(86_400L * 5)) : null)
                    .param("done_by", item.done() ? author : null)
                    .param("author", author)
                    .update();
        }
        if (meeting.held() && team.region() != null) {
            // A few recent reports of the team's area, found through the region indexes (also at a million reports).
            String column = team.region().length() == 2 ? "province_code" : "regency_code";
            jdbc.sql("insert into meeting_report (meeting_id, report_id) select :meeting, id from report where "
                            + column + " = :region order by observed_at desc limit 3")
                    .param("meeting", id)
                    .param("region", team.region())
                    .update();
        }
    }

    private record ResponsibleAgency(long id, ZoneId zone) {}
}
