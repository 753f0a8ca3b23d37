package id.timpora.foreignorg;

import java.time.LocalDate;
import java.util.List;

/**
 * What the foreign organisations register adds to a report's page: the organisations it is linked to, and for a
 * journalist (activity JURNALISTIK) whether a coverage permit was valid on the day and at the place it was seen.
 */
public record ReportForeignPanel(
        long reportId,
        List<Linked> organisations,
        List<Linked> linkable,
        Journalist journalist,
        LocalDate seenOn,
        ForeignOrgView.Permit permit,
        boolean mayLink) {

    public record Linked(long id, String name, String kind) {}

    /** A report's journalist check. Labels under {@code foreignorg.journalist.*}. */
    public enum Journalist {
        /** Not a journalist: nothing to check. */
        NONE,
        /** A journalist not linked to a registry person: no permit can be looked up. */
        UNKNOWN_PERSON,
        /** A permit covers the day and the place. */
        PERMITTED,
        /** No permit covers the day and the place: the flag. */
        WITHOUT_PERMIT
    }

    public boolean flagged() {
        return journalist == Journalist.WITHOUT_PERMIT;
    }
}
