package id.timpora.subject;

import java.util.List;

/**
 * What the report page shows about the person of a report: the linked subject, or (for officers, while the report is
 * unlinked) the subjects it may belong to.
 */
public record ReportSubjectPanel(long reportId, SubjectDetails subject, List<SubjectSuggestion> suggestions) {

    public boolean linked() {
        return subject != null;
    }
}
