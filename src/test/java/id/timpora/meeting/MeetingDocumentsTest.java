package id.timpora.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar invitation and the two PDFs, read back with a real iCalendar parser and a real PDF reader. */
class MeetingDocumentsTest extends MeetingTestBase {

    static final String TITLE = "Rakor Tim Pora; evaluasi WNA, Kuta & Canggu";
    static final String PLACE = "Aula Kantor Imigrasi Ngurah Rai, Jl. Raya Kuta, Badung";
    long meeting;

    @BeforeEach
    void aHeldMeetingWithEverything() throws Exception {
        meeting = plan(officer, TITLE, "2026-11-23", "09:00", "11:30");
        perform(form(officer, "/rapat/" + meeting + "/ubah")
                .param("teamId", String.valueOf(teamId))
                .param("kind", "RUTIN")
                .param("title", TITLE)
                .param("date", "2026-11-23")
                .param("startTime", "09:00")
                .param("endTime", "11:30")
                .param("place", PLACE)
                .param("agenda", "1. Evaluasi pengawasan orang asing di Kuta\n2. Rencana operasi gabungan Desember")
                .param("version", "0"));
        attend("I Made Sudarsana", kanim, "Kasi Inteldakim");
        attend("Ni Luh Putu Ayu", kesbangpol, "Analis Kewaspadaan");
        String longMinutes = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Paragraf " + i + ": peserta membahas temuan lapangan tentang WNA yang bekerja tanpa"
                        + " izin di vila dan restoran sekitar Kuta, Seminyak dan Canggu, serta tindak lanjutnya.")
                .collect(Collectors.joining("\n\n"));
        perform(form(officer, "/rapat/" + meeting + "/notulen")
                .param(
                        "minutes",
                        "## Pembukaan\n\nDibuka oleh **Kepala Kantor**.\n\n<script>alert('x')</script>\n\n"
                                + longMinutes)
                .param("decisions", "Operasi gabungan pada 5 Desember 2026\nKesbangpol mendata vila di Canggu")
                .param("version", String.valueOf(version())));
        addItem(meeting, kesbangpol, "Pendataan vila yang menampung WNA di Canggu", "2026-12-04");
    }

    private int version() {
        return jdbc.queryForObject("select version from meeting where id = ?", Integer.class, meeting);
    }

    private void attend(String name, long agency, String position) throws Exception {
        perform(form(officer, "/rapat/" + meeting + "/hadir")
                .param("name", name)
                .param("agencyId", String.valueOf(agency))
                .param("position", position));
    }

    @Test
    void theInvitationIsAValidICalendarFileWithTheRightInstantForAWitaMeeting() throws Exception {
        var response = mvc.perform(get("/rapat/" + meeting + ".ics").with(accounts.as(kesbangpolReporter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.startsWith("attachment; filename=\"rapat-" + meeting)))
                .andReturn()
                .getResponse();
        String ics = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets in line %s", line)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(ics)
                .contains("DTSTART;TZID=Asia/Makassar:20261123T090000\r\n")
                .contains("TZOFFSETTO:+0800\r\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
        assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(event.getLocation().getValue()).isEqualTo(PLACE);
        assertThat(event.getDescription().getValue())
                .contains("Evaluasi pengawasan orang asing di Kuta\n2. Rencana")
                .contains("http://localhost/rapat/" + meeting);
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("rapat-" + meeting + "@timpora");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        int sequence = event.getSequence().getSequenceNo();
        assertThat(auditCount("DOWNLOAD", "MEETING", meeting)).isEqualTo(1);

        // Cancelling sends the same event again, cancelled, with a higher sequence.
        perform(form(officer, "/rapat/" + meeting + "/status")
                .param("target", "DIBATALKAN")
                .param("reason", "Ditunda"));
        String cancelled = mvc.perform(get("/rapat/" + meeting + ".ics").with(accounts.as(kesbangpolReporter)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        VEvent again = new CalendarBuilder()
                .build(new StringReader(cancelled))
                .<VEvent>getComponent("VEVENT")
                .orElseThrow();
        assertThat(again.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(again.getSequence().getSequenceNo()).isGreaterThan(sequence);
        assertThat(again.getProperty("UID").orElseThrow().getValue()).isEqualTo("rapat-" + meeting + "@timpora");
    }

    @Test
    void textValuesAreEscapedAndLongLinesFoldedWithoutSplittingACharacter() {
        assertThat(CalendarInvitation.text("a\\b;c,d\r\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }

    @Test
    void theMinutesPdfIsAnA4DocumentWithTheMeetingItsPeopleDecisionsAndPageNumbers() throws Exception {
        byte[] pdf = mvc.perform(get("/rapat/" + meeting + "/notulen.pdf").with(accounts.as(kesbangpolReporter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("NOTULEN RAPAT KOORDINASI")
                    .contains("Rakor Tim Pora; evaluasi WNA, Kuta & Canggu")
                    .contains("Senin, 23 November 2026")
                    .contains("09.00–11.30 WITA")
                    .contains("I Made Sudarsana")
                    .contains("Ni Luh Putu Ayu")
                    .contains("Analis Kewaspadaan")
                    .contains("Operasi gabungan pada 5 Desember 2026")
                    .contains("Kesbangpol mendata vila di Canggu")
                    .contains("Pendataan vila yang menampung WNA di Canggu")
                    .contains("Diundang tetapi tidak hadir: " + agencies.nameOf(polres))
                    .contains("Paragraf 60")
                    .contains("Halaman 1 dari " + document.getNumberOfPages());
            // The script the user typed is printed as text, not run or dropped silently.
            assertThat(text).contains("<script>alert('x')</script>");
            render(document, "meeting-minutes");
        }
        assertThat(auditCount("DOWNLOAD", "MEETING", meeting)).isEqualTo(1);
    }

    @Test
    void theAttendanceListHasTheAttendeesAndEmptyRowsWithASignatureColumn() throws Exception {
        byte[] pdf = mvc.perform(get("/rapat/" + meeting + "/daftar-hadir.pdf").with(accounts.as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap long values onto several lines.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("DAFTAR HADIR RAPAT KOORDINASI")
                    .contains("Tanda tangan")
                    .contains("I Made Sudarsana")
                    .contains("Kasi Inteldakim")
                    .contains("Senin, 23 November 2026")
                    // two attendees and at least five empty rows, each numbered in the signature column too
                    .contains("7.");
            render(document, "meeting-attendance");
        }
    }

    /** Page images to look at (target/screenshots), as a reader would see the document. */
    private static void render(PDDocument document, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        PDFRenderer renderer = new PDFRenderer(document);
        int last = document.getNumberOfPages() - 1;
        for (int page : last == 0 ? new int[] {0} : new int[] {0, last}) {
            BufferedImage image = renderer.renderImageWithDPI(page, 80);
            ImageIO.write(
                    image,
                    "png",
                    folder.resolve(name + "-page" + (page + 1) + ".png").toFile());
        }
    }
}
