package id.timpora.audit.web;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditFilter;
import java.time.LocalDate;

/**
 * The audit list's query parameters. Dates are typed (17/08/2026; ISO in links) and read by the application's
 * formatters: one that cannot be read comes back beside its field as typed, and the list is shown without it.
 */
public class AuditFilterForm {

    private String actor;
    private AuditAction action;
    private String targetType;
    private LocalDate from;
    private LocalDate to;

    AuditFilter toFilter() {
        return new AuditFilter(actor, action, targetType, from, to);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
