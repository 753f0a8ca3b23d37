package id.timpora.infrastructure.mail;

/**
 * One mail to one recipient, as the outbox keeps it: a subject, a plain-text part and an optional HTML part, and
 * optionally a calendar part (RFC 6047) with its method, {@code REQUEST} or {@code CANCEL}.
 */
public record MailMessage(
        String recipient, String subject, String text, String html, String calendar, String calendarMethod) {

    public static MailMessage of(String recipient, String subject, String text, String html) {
        return new MailMessage(recipient, subject, text, html, null, null);
    }

    public MailMessage withCalendar(String ics, String method) {
        return new MailMessage(recipient, subject, text, html, ics, method);
    }
}
