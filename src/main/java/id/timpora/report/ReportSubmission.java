package id.timpora.report;

import id.timpora.account.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new report and its attachments are saved together or not at all. */
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
        long id = reports.create(user, data);
        attachments.store(user, id, uploads);
        return id;
    }
}
