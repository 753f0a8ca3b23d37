package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.common.FileSize;
import id.timpora.common.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files chosen in a report form that was refused, held on the server so the form comes back with them attached (a
 * browser cannot refill a file input). A held file belongs to the account that uploaded it: nobody else can see it,
 * use it or even learn that it exists. It passed the same content checks as an attachment, and it is kept for
 * {@link #KEEP}; saving the report moves it into the report's attachments ({@link ReportAttachments#storeHeld}).
 */
@Service
public class HeldUploads {

    /** How long a held file waits for its form to be sent again. */
    public static final Duration KEEP = Duration.ofHours(2);

    public record HeldFile(UUID id, String fileName, String contentType, int sizeBytes) {

        public boolean image() {
            return contentType.startsWith("image/");
        }

        public String sizeLabel(Locale locale) {
            return FileSize.label(sizeBytes, locale);
        }
    }

    public record Content(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    HeldUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Holds the files that pass the attachment checks (type by content, size) for the user; the others are left out,
     * and the form names them. Files held longer than {@link #KEEP}, by anyone, are deleted on the way.
     */
    @Transactional
    public List<HeldFile> hold(CurrentUser user, List<ReportAttachments.Upload> uploads) {
        Instant now = clock.instant();
        jdbc.sql("delete from held_upload where held_at < :expired")
                .param("expired", Timestamp.from(now.minus(KEEP)))
                .update();
        List<HeldFile> held = new ArrayList<>();
        for (ReportAttachments.Upload upload : uploads) {
            String type = ReportAttachments.acceptedType(upload).orElse(null);
            if (type == null) {
                continue;
            }
            HeldFile file = new HeldFile(
                    UUID.randomUUID(), ReportAttachments.safeName(upload.fileName()), type, upload.content().length);
            jdbc.sql(
                            """
                            insert into held_upload (id, account_id, file_name, content_type, size_bytes, held_at,
                                                     content)
                            values (:id, :account, :name, :type, :size, :at, :content)""")
                    .param("id", file.id())
                    .param("account", user.id())
                    .param("name", file.fileName())
                    .param("type", file.contentType())
                    .param("size", file.sizeBytes())
                    .param("at", Timestamp.from(now))
                    .param("content", upload.content())
                    .update();
            held.add(file);
        }
        return held;
    }

    /** The user's own held files among these ids that have not expired, in the order asked for. */
    @Transactional(readOnly = true)
    public List<HeldFile> of(CurrentUser user, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> wanted = ids.stream().distinct().toList();
        List<HeldFile> found = jdbc.sql(
                        """
                        select id, file_name, content_type, size_bytes from held_upload
                         where id = any(:ids) and account_id = :account and held_at >= :fresh""")
                .param("ids", wanted.toArray(UUID[]::new))
                .param("account", user.id())
                .param("fresh", Timestamp.from(clock.instant().minus(KEEP)))
                .query((rs, i) -> new HeldFile(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes")))
                .list();
        return wanted.stream()
                .flatMap(id -> found.stream().filter(file -> file.id().equals(id)))
                .toList();
    }

    /** A held file's content, for its thumbnail in the form; anyone else's, or an expired one, is not found. */
    @Transactional(readOnly = true)
    public Content open(CurrentUser user, UUID id) {
        return jdbc.sql(
                        """
                        select file_name, content_type, content from held_upload
                         where id = :id and account_id = :account and held_at >= :fresh""")
                .param("id", id)
                .param("account", user.id())
                .param("fresh", Timestamp.from(clock.instant().minus(KEEP)))
                .query((rs, i) ->
                        new Content(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }
}
