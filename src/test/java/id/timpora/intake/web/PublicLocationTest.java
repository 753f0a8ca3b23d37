package id.timpora.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The optional location of a public report (#14 item 1): from the phone only when the sender pressed the button (the
 * server checks both numbers and that they lie in Indonesia), from a photo's GPS only when they ticked "share the
 * photo's location"; the photo itself keeps no EXIF and is turned upright by its orientation.
 */
class PublicLocationTest extends PublicIntakeTestBase {

    Map<String, Object> stored(Map<String, String> fields) {
        return jdbc.queryForMap(
                "select latitude, longitude, location_source from public_report where description = ?",
                fields.get("description"));
    }

    @Test
    void theFormOffersTheButtonAndSendsNoLocationUnlessItWasGiven() throws Exception {
        Visitor visitor = new Visitor(newClient());
        Document form = visitor.open();
        assertThat(form.select("#locateButton").text()).isEqualTo("Gunakan lokasi saya sekarang");
        assertThat(form.select("input[name=latitude]").val()).isEmpty();
        assertThat(form.select("input[name=longitude]").val()).isEmpty();
        assertThat(form.select("input[name=sharePhotoLocation]").hasAttr("checked"))
                .isFalse();

        Map<String, String> fields = filledIn(PALA_PULAU);
        assertThat(visitor.send(fields).getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        assertThat(stored(fields).get("latitude")).isNull();
        assertThat(stored(fields).get("location_source")).isNull();
    }

    @Test
    void thePhonesLocationIsKeptWhenGivenAndCheckedOnTheServer() throws Exception {
        Map<String, String> fields = filledIn(PALA_PULAU);
        fields.put("latitude", "0.851234");
        fields.put("longitude", "112.927712");
        assertThat(new Visitor(newClient()).send(fields).getResponse().getRedirectedUrl())
                .isEqualTo("/lapor/terkirim");
        Map<String, Object> row = stored(fields);
        assertThat(row.get("latitude").toString()).isEqualTo("0.851234");
        assertThat(row.get("longitude").toString()).isEqualTo("112.927712");
        assertThat(row.get("location_source")).isEqualTo("PERANGKAT");

        // outside Indonesia, only one of the two, not a number: beside the field, as typed, nothing saved
        Visitor other = new Visitor(newClient());
        Map<String, String> paris = filledIn(PALA_PULAU);
        paris.put("latitude", "48.8566");
        paris.put("longitude", "2.3522");
        Document refused = html(other.send(paris));
        assertThat(refused.select("#latitude-error").text()).isNotBlank();
        assertThat(refused.select("#longitude-error").text()).isNotBlank();
        assertThat(refused.select("input[name=latitude]").val()).isEqualTo("48.8566");
        Map<String, String> half = filledIn(PALA_PULAU);
        half.put("latitude", "0.85");
        Document onlyOne = html(other.send(half));
        assertThat(onlyOne.select("#longitude-error").text()).contains("keduanya");
        Map<String, String> text = filledIn(PALA_PULAU);
        text.put("latitude", "utara");
        text.put("longitude", "112.9");
        Document notANumber = html(other.send(text));
        assertThat(notANumber.select("#latitude-error").text()).isNotBlank();
        assertThat(notANumber.select("input[name=latitude]").val()).isEqualTo("utara");
        assertThat(publicReportsFrom(other.client)).isZero();
    }

    @Test
    void aPhotosGpsIsKeptOnlyWhenSharedAndThePhotoIsTurnedUprightWithoutExif() throws Exception {
        byte[] photo = jpegWithGpsTurned(32, 24);
        Map<String, String> notShared = filledIn(PALA_PULAU);
        MvcResult sent = new Visitor(newClient())
                .send(notShared, new MockMultipartFile("photos", "IMG_1.jpg", "image/jpeg", photo));
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/lapor/terkirim");
        assertThat(stored(notShared).get("latitude")).isNull();
        byte[] kept = storedPhoto(notShared);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(kept));
        // stored 32×24 with orientation 6 (turn 90° clockwise): upright it is 24×32
        assertThat(upright.getWidth()).isEqualTo(24);
        assertThat(upright.getHeight()).isEqualTo(32);
        // the red corner, top-left as stored, is top-right once turned clockwise
        assertThat(new java.awt.Color(upright.getRGB(22, 1)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(upright.getRGB(1, 1)).getRed()).isLessThan(80);

        Map<String, String> shared = filledIn(PALA_PULAU);
        shared.put("sharePhotoLocation", "true");
        new Visitor(newClient()).send(shared, new MockMultipartFile("photos", "IMG_2.jpg", "image/jpeg", photo));
        Map<String, Object> row = stored(shared);
        assertThat(row.get("latitude").toString()).isEqualTo("0.851200");
        assertThat(row.get("longitude").toString()).isEqualTo("112.927700");
        assertThat(row.get("location_source")).isEqualTo("FOTO");
        assertThat(new String(storedPhoto(shared), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain("MM\0*");
    }

    @Test
    void anAcceptedReportKeepsTheCoordinatesAndTheTriagePageShowsThem() throws Exception {
        String officer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06"));
        Map<String, String> fields = filledIn(PALA_PULAU);
        fields.put("latitude", "0.9");
        fields.put("longitude", "112.95");
        new Visitor(newClient()).send(fields);
        long id = jdbc.queryForObject(
                "select id from public_report where description = ?", Long.class, fields.get("description"));
        Document detail =
                Jsoup.parse(mvc.perform(get("/laporan-masyarakat/" + id).with(accounts.as(officer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(detail.select("#publicLocation").text()).isEqualTo("0.900000, 112.950000");
        mvc.perform(post("/laporan-masyarakat/" + id + "/terima")
                .with(accounts.as(officer))
                .with(csrf())
                .param("version", "0")
                .param("fullName", "Tidak diketahui")
                .param("nationality", "MY")
                .param("sex", "LAKI_LAKI")
                .param("permitType", "TIDAK_DIKETAHUI")
                .param("placeType", "TEMPAT_KERJA")
                .param("activities", "BEKERJA"));
        Long report = jdbc.queryForObject("select accepted_report_id from public_report where id = ?", Long.class, id);
        assertThat(report).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select latitude || ',' || longitude from report where id = ?", String.class, report))
                .isEqualTo("0.900000,112.950000");
    }

    @Test
    void theExifOfALittleEndianPhotoIsReadToo() throws Exception {
        byte[] photo = jpegWithGpsTurned(32, 24, java.nio.ByteOrder.LITTLE_ENDIAN);
        Map<String, String> shared = filledIn(PALA_PULAU);
        shared.put("sharePhotoLocation", "true");
        new Visitor(newClient()).send(shared, new MockMultipartFile("photos", "IMG_3.jpg", "image/jpeg", photo));
        assertThat(stored(shared).get("latitude").toString()).isEqualTo("0.851200");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(storedPhoto(shared)));
        assertThat(upright.getWidth()).isEqualTo(24);
    }

    byte[] storedPhoto(Map<String, String> fields) {
        return jdbc.queryForObject(
                "select f.content from public_report_photo f join public_report p on p.id = f.public_report_id"
                        + " where p.description = ?",
                byte[].class,
                fields.get("description"));
    }

    /**
     * A w×h JPEG, red in its top-left corner, with an EXIF segment as a phone writes it: orientation 6 and a GPS
     * position of 0°51'4.32" N, 112°55'39.72" E (0.8512, 112.9277).
     */
    static byte[] jpegWithGpsTurned(int w, int h) throws Exception {
        return jpegWithGpsTurned(w, h, java.nio.ByteOrder.BIG_ENDIAN);
    }

    static byte[] jpegWithGpsTurned(int w, int h, java.nio.ByteOrder order) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, x < 6 && y < 6 ? 0xff0000 : 0x0000ff);
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        ByteBuffer tiff = ByteBuffer.allocate(140).order(order);
        byte mark = order == java.nio.ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I';
        tiff.put(mark).put(mark).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 4); // GPS IFD at 38
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116);
        tiff.putInt(0);
        for (int[] rational : new int[][] {{0, 1}, {51, 1}, {432, 100}, {112, 1}, {55, 1}, {3972, 100}}) {
            tiff.putInt(rational[0]).putInt(rational[1]);
        }
        byte[] payload = new byte[6 + 140];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, payload, 0, 6);
        System.arraycopy(tiff.array(), 0, payload, 6, 140);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
