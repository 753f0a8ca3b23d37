package id.timpora.report;

import java.util.List;
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

    /**
     * Every report of one subject moves to another (a merge of two subjects); returns the ids of those that moved, so
     * that the registry can undo the merge.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> moveAll(long fromSubjectId, long toSubjectId) {
        return jdbc.sql("update report set subject_id = :to where subject_id = :from returning id")
                .param("to", toSubjectId)
                .param("from", fromSubjectId)
                .query(Long.class)
                .list();
    }

    /**
     * These reports, as long as they still belong to subject {@code from}, move to subject {@code to} (a merge
     * undone); returns how many moved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveSome(List<Long> reportIds, long fromSubjectId, long toSubjectId) {
        if (reportIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update report set subject_id = :to where id = any(:ids) and subject_id = :from")
                .param("to", toSubjectId)
                .param("from", fromSubjectId)
                .param("ids", reportIds.toArray(Long[]::new))
                .update();
    }

    private void set(long reportId, Long subjectId) {
        jdbc.sql("update report set subject_id = :subject where id = :id")
                .param("subject", subjectId)
                .param("id", reportId)
                .update();
    }
}
