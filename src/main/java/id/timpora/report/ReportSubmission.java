package id.timpora.report;

import id.timpora.account.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new report and its attachments (new ones and held ones) are saved together or not at all. */
@Service
public class ReportSubmission {

    private final ReportService reports;
    private final ReportAttachments attachments;

    ReportSubmission(ReportService reports, ReportAttachments attachments) {
        this.reports = reports;
        this.attachments = attachments;
    }

    @Transactional
    public long submit(CurrentUser user, ReportData data, List<ReportAttachments.Upload> uploads) {
        return submit(user, data, uploads, List.of());
    }

    /** The same, with files held for the user's earlier, refused attempt ({@link HeldUploads}). */
    @Transactional
    public long submit(CurrentUser user, ReportData data, List<ReportAttachments.Upload> uploads, List<UUID> held) {
        long id = reports.create(user, data);
        attachments.storeHeld(user, id, held);
        attachments.store(user, id, uploads);
        return id;
    }
}
