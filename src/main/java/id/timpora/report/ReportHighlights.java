package id.timpora.report;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.util.Optional;

/**
 * A mark a higher room puts on the rows of the report list, computed in the list's own SQL so a page stays one query
 * (#19: the watch periods mark the reports that match an active watch the viewer can see). The report room knows only
 * this interface; the watch room implements it.
 */
public interface ReportHighlights {

    /**
     * An SQL expression over the report alias {@code r} that yields a short text (shown as a badge) or null, with
     * parameter names of its own; empty when nothing is marked for this user.
     */
    Optional<SqlFragment> highlight(CurrentUser user);
}
