package id.timpora.notification;

/** A report-list filter saved under a name; {@code query} is the list's query string of the filter. */
public record SavedSearch(long id, String name, String query, boolean watched) {

    /** The report list with this filter, below the context path. */
    public String path() {
        return query.isEmpty() ? "/laporan" : "/laporan?" + query;
    }
}
