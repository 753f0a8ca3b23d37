package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and documents of a report. The type is decided by the file's first bytes, never by its name or the browser's
 * claim; the content lives in the database so any app node can serve it, and only to users who may see the report.
 */
@Service
public class ReportAttachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_REPORT = 10;

    /** A file as received, independent of the web layer. */
    public record Upload(String fileName, byte[] content) {}

    public record Download(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final ReportService reports;
    private final AuditLog audit;

    ReportAttachments(JdbcClient jdbc, ReportService reports, AuditLog audit) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.audit = audit;
    }

    /** Checks every upload before storing any, so a bad file stores nothing. */
    private static void check(List<Upload> uploads) {
        check(uploads, 0);
    }

    /**
     * The checks of files chosen for a new report, on their own (the form runs them with its other checks): each file's
     * type by its content and its size, and their number with the files already held for the form.
     */
    public static void check(List<Upload> uploads, int alreadyAttached) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        for (Upload upload : uploads) {
            if (upload.content().length > MAX_BYTES) {
                problems.add("attachments", "report.error.attachmentSize", safeName(upload.fileName()));
            } else if (sniff(upload.content()).isEmpty()) {
                problems.add("attachments", "report.error.attachmentType", safeName(upload.fileName()));
            }
        }
        if (alreadyAttached + uploads.size() > MAX_PER_REPORT) {
            problems.add("attachments", "report.error.attachmentCount", MAX_PER_REPORT);
        }
        problems.throwIfAny();
    }

    /** The content type of a file that may be attached (by its first bytes, within the size limit); empty if not. */
    static Optional<String> acceptedType(Upload upload) {
        return upload.content().length > MAX_BYTES ? Optional.empty() : sniff(upload.content());
    }

    /**
     * Moves files held for the user's refused form ({@link HeldUploads}) into a new report's attachments. Only the
     * user's own held files move; the caller checked they are still there.
     */
    @Transactional
    public void storeHeld(CurrentUser user, long reportId, List<UUID> heldIds) {
        if (heldIds.isEmpty()) {
            return;
        }
        Report report = reports.visible(user, reportId);
        if (!report.editableBy(user.id()) && !user.hasRole(Role.OFFICER)) {
            throw new AccessDeniedException("attachments are added by the reporter while new, or by officers");
        }
        int existing = jdbc.sql("select count(*) from report_attachment where report_id = :report")
                .param("report", reportId)
                .query(Integer.class)
                .single();
        if (existing + heldIds.size() > MAX_PER_REPORT) {
            throw InvalidInput.of("attachments", "report.error.attachmentCount", MAX_PER_REPORT);
        }
        List<Object[]> moved = jdbc.sql(
                        """
                        insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256,
                                                       uploaded_by, content)
                        select :report, file_name, content_type, size_bytes, encode(sha256(content), 'hex'),
                               account_id, content
                          from held_upload
                         where id = any(:ids) and account_id = :by
                        returning id, file_name""")
                .param("report", reportId)
                .param("ids", heldIds.toArray(UUID[]::new))
                .param("by", user.id())
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("file_name")})
                .list();
        jdbc.sql("delete from held_upload where id = any(:ids) and account_id = :by")
                .param("ids", heldIds.toArray(UUID[]::new))
                .param("by", user.id())
                .update();
        for (Object[] row : moved) {
            audit.record(AuditAction.CREATE, "ATTACHMENT", (Long) row[0], "report " + reportId + ": " + row[1]);
        }
    }

    @Transactional
    public void store(CurrentUser user, long reportId, List<Upload> uploads) {
        if (uploads.isEmpty()) {
            return;
        }
        Report report = reports.visible(user, reportId);
        if (!report.editableBy(user.id()) && !user.hasRole(Role.OFFICER)) {
            throw new AccessDeniedException("attachments are added by the reporter while new, or by officers");
        }
        check(uploads);
        int existing = jdbc.sql("select count(*) from report_attachment where report_id = :report")
                .param("report", reportId)
                .query(Integer.class)
                .single();
        if (existing + uploads.size() > MAX_PER_REPORT) {
            throw InvalidInput.of("attachments", "report.error.attachmentCount", MAX_PER_REPORT);
        }
        for (Upload upload : uploads) {
            long id = jdbc.sql(
                            """
                            insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256,
                                                           uploaded_by, content)
                            values (:report, :name, :type, :size, :sha256, :by, :content) returning id""")
                    .param("report", reportId)
                    .param("name", safeName(upload.fileName()))
                    .param("type", sniff(upload.content()).orElseThrow())
                    .param("size", upload.content().length)
                    .param("sha256", sha256(upload.content()))
                    .param("by", user.id())
                    .param("content", upload.content())
                    .query(Long.class)
                    .single();
            audit.record(
                    AuditAction.CREATE, "ATTACHMENT", id, "report " + reportId + ": " + safeName(upload.fileName()));
        }
    }

    @Transactional
    public Download open(CurrentUser user, long reportId, long attachmentId) {
        reports.visible(user, reportId);
        Download download = jdbc.sql("select file_name, content_type, content from report_attachment"
                        + " where id = :id and report_id = :report")
                .param("id", attachmentId)
                .param("report", reportId)
                .query((rs, i) -> new Download(
                        safeName(rs.getString("file_name")), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(NotFoundException::new);
        audit.record(AuditAction.DOWNLOAD, "ATTACHMENT", attachmentId, "report " + reportId);
        return download;
    }

    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only the file's own name, without any path, control characters, quotes or Unicode direction marks and overrides
     * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: {@code foto<U+202E>gpj.exe} shows as
     * {@code fotoexe.jpg}), at most 255 characters. Applied when storing and again when serving, for older rows.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]", "")
                .trim();
        if (name.isEmpty()) {
            name = "lampiran";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
