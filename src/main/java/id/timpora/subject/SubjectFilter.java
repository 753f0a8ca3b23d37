package id.timpora.subject;

/** Filters of the subject list, every one optional: a name or passport, an ISO nationality code, overstay only. */
public record SubjectFilter(String query, String nationality, boolean overstayOnly) {

    public boolean isEmpty() {
        return (query == null || query.isBlank()) && (nationality == null || nationality.isBlank()) && !overstayOnly;
    }
}
