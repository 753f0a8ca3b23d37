package id.timpora.audit;

import java.time.LocalDate;

/** Filters of the audit list; every field is optional. Dates are days in the viewer's time zone. */
public record AuditFilter(String actor, AuditAction action, String targetType, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
