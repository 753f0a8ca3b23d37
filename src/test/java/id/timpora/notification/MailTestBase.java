package id.timpora.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.timpora.infrastructure.mail.OutboxSender;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) on a free port, started once per test JVM, and the application configured to send to
 * it. The scheduled runs are off: each test runs the sender and the batch itself, so it knows when mail goes.
 */
abstract class MailTestBase extends NotificationTestBase {

    static final int PORT = freePort();
    private static GreenMail smtp = startSmtp();

    @Autowired
    OutboxSender sender;

    @Autowired
    PendingMails pendingMails;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "2000");
        registry.add("timpora.mail.first-send-after", () -> "PT24H");
        registry.add("timpora.notification.batch-cron", () -> "-");
        registry.add("timpora.notification.digest-cron", () -> "-");
    }

    /** Nothing left over from other tests: no mail waiting, none received. */
    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        smtpUp();
        jdbc.update("update mail_outbox set status = 'SENT' where status = 'PENDING'");
        jdbc.update("update notification set mail_state = null where mail_state is not null");
        jdbc.update("update saved_search set watched = false where watched"); // other tests' watches send no mail here
        smtp.purgeEmailFromAllMailboxes();
    }

    static synchronized void smtpDown() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    static synchronized void smtpUp() {
        if (smtp == null) {
            smtp = startSmtp();
        }
    }

    static List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    static List<MimeMessage> receivedBy(String username) {
        return received().stream()
                .filter(message -> recipients(message).contains(mailOf(username)))
                .toList();
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every leaf part of a message by its content type (without parameters), as text. */
    static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(part, parts, new ArrayList<>());
        return parts;
    }

    /** The full content types of every leaf part, parameters included ("text/calendar; charset=UTF-8; method=…"). */
    static List<String> contentTypes(Part part) throws Exception {
        List<String> types = new ArrayList<>();
        collect(part, new LinkedHashMap<>(), types);
        return types;
    }

    private static void collect(Part part, Map<String, String> parts, List<String> types) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts, types);
            }
            return;
        }
        String type = part.getContentType().toLowerCase().split(";")[0].trim();
        types.add(part.getContentType().replaceAll("\\s+", " "));
        String text = content instanceof InputStream stream
                ? new String(stream.readAllBytes(), StandardCharsets.UTF_8)
                : content.toString();
        parts.putIfAbsent(type, text);
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
