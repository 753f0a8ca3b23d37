package id.timpora.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's link to the person it is about, a subject of the foreign-national registry. The report feature owns
 * the column and writes it; the registry decides which subject and asks here, inside its own transaction (it holds the
 * locks and checks the jurisdiction). The link is no part of what the reporter edits, so it leaves the report's
 * version alone: linking never makes an open edit form conflict.
 */
@Service
public class ReportSubjects {

    private final JdbcClient jdbc;

    ReportSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void link(long reportId, long subjectId) {
        set(reportId, subjectId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void unlink(long reportId) {
        set(reportId, null);
    }

    /** Every report of one subject moves to another (a merge of two subjects); returns how many moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int move(long fromSubjectId, long toSubjectId) {
        return jdbc.sql("update report set subject_id = :to where subject_id = :from")
                .param("to", toSubjectId)
                .param("from", fromSubjectId)
                .update();
    }

    private void set(long reportId, Long subjectId) {
        jdbc.sql("update report set subject_id = :subject where id = :id")
                .param("subject", subjectId)
                .param("id", reportId)
                .update();
    }
}
