package id.timpora.intake.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.timpora.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sends public reports the way a browser does: open {@code /lapor} (a session, a CSRF token, a question), answer the
 * question and post. The question's time is moved back past the minimum fill time in the session itself, so tests
 * need not wait; a test of the minimum leaves it as it is.
 */
abstract class PublicIntakeTestBase extends IntegrationTest {

    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    static final String PALA_PULAU = "61.06.01.2004"; // a desa in Kabupaten Kapuas Hulu
    static final String TUBAN_BADUNG = "51.03.01.1001"; // a kelurahan in Badung, Bali
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** A client address of its own for each test, so the per-client limits of one test do not touch another's. */
    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.140." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    /** A form as a person fills it in: a unique description, so that no two tests send "the same report". */
    static Map<String, String> filledIn(String region) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", "Dua orang asing bekerja di kebun sawit tanpa izin " + UUID.randomUUID());
        fields.put("peopleCount", "2");
        fields.put("nationality", "MY");
        fields.put("activity", "BEKERJA");
        fields.put("regionCode", region);
        fields.put("address", "Dusun Sungai Uluk, dekat jembatan");
        fields.put("observedDate", "01/12/2026");
        fields.put("observedTime", "08:30");
        fields.put("reporterName", "");
        fields.put("reporterPhone", "");
        fields.put("consent", "true");
        return fields;
    }

    /** A browser session that has the form open. */
    /** A browser: its session cookie (sessions live in the database), its address and the form it has open. */
    final class Visitor {
        final String client;
        Cookie session;
        Document form;

        Visitor(String client) {
            this.client = client;
        }

        /** The session cookie and the address on a request of this visitor. */
        RequestPostProcessor browser() {
            return request -> {
                request.setRemoteAddr(client);
                if (session != null) {
                    request.setCookies(session);
                }
                return request;
            };
        }

        void keep(MvcResult result) {
            // the session cookie: TIMPORA_SESSION on a server, Spring Session's default name under MockMvc
            for (String name : new String[] {"TIMPORA_SESSION", "SESSION"}) {
                Cookie cookie = result.getResponse().getCookie(name);
                if (cookie != null
                        && cookie.getValue() != null
                        && !cookie.getValue().isEmpty()) {
                    session = new Cookie(name, cookie.getValue());
                }
            }
        }

        Document open() throws Exception {
            MvcResult result = mvc.perform(get("/lapor").with(browser())).andReturn();
            keep(result);
            form = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            return form;
        }

        /** The right answer to the open form's question, and the question made old enough (in the stored session). */
        @SuppressWarnings("unchecked")
        String answer(boolean ageIt) {
            String id = form.select("input[name=challengeId]").val();
            String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
            Session stored = (Session) sessions.findById(sessionId);
            Map<String, FormChallenges.Challenge> open = new LinkedHashMap<>(
                    (Map<String, FormChallenges.Challenge>) stored.getAttribute(FormChallenges.ATTRIBUTE));
            FormChallenges.Challenge challenge = open.get(id);
            if (ageIt) {
                open.put(
                        id,
                        new FormChallenges.Challenge(
                                id,
                                challenge.first(),
                                challenge.second(),
                                challenge.issuedAt().minus(Duration.ofMinutes(1))));
                stored.setAttribute(FormChallenges.ATTRIBUTE, open);
                sessions.save(stored);
            }
            return String.valueOf(challenge.answer());
        }

        MvcResult send(Map<String, String> fields, MockMultipartFile... photos) throws Exception {
            return send(fields, request -> {}, photos);
        }

        /** Opens the form, answers it rightly and sends it with these fields and photos. */
        MvcResult send(
                Map<String, String> fields,
                Consumer<MockMultipartHttpServletRequestBuilder> change,
                MockMultipartFile... photos)
                throws Exception {
            open();
            String answer = answer(true);
            MockMultipartHttpServletRequestBuilder request = multipart("/lapor");
            for (MockMultipartFile photo : photos) {
                request.file(photo);
            }
            request.with(csrf()).with(browser());
            request.param("challengeId", form.select("input[name=challengeId]").val());
            request.param("answer", answer);
            fields.forEach(request::param);
            change.accept(request);
            MvcResult result = mvc.perform(request).andReturn();
            keep(result);
            return result;
        }
    }

    static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 7 + y * 3) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment (APP1) right after its start, carrying a recognisable location text. */
    static byte[] jpegWithExif(String secret) throws IOException {
        byte[] plain = jpeg(32, 24);
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\bGPSLatitude " + secret).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    long publicReportsFrom(String client) {
        return jdbc.queryForObject("select count(*) from public_report where client_key = ?", Long.class, client);
    }
}
