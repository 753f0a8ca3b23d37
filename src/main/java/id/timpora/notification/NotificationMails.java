package id.timpora.notification;

import id.timpora.infrastructure.mail.MailMessage;
import id.timpora.infrastructure.mail.PublicLinks;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the mails in the recipient's language, plain text and HTML ({@code templates/notification/mail.html}). A
 * mail says only what the notification says — a report's number and status, a meeting's title — and links to the
 * record, where the recipient signs in and the record's own checks apply.
 */
@Component
class NotificationMails {

    /** One line of a mail: what happened and the absolute link. */
    record Line(String text, String url) {}

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final PublicLinks links;

    NotificationMails(MessageSource messages, ITemplateEngine templates, PublicLinks links) {
        this.messages = messages;
        this.templates = templates;
        this.links = links;
    }

    String text(MessageSourceResolvable text, Locale locale) {
        return messages.getMessage(text, locale);
    }

    /** A mail of one notification, or a batch or digest of several (then its subject counts them). */
    MailMessage mail(Recipient recipient, List<NotificationRow> rows, boolean digest) {
        Locale locale = recipient.locale();
        List<Line> lines = rows.stream()
                .map(row -> new Line(text(row.text(), locale), links.absolute(row.path())))
                .toList();
        String subject = rows.size() == 1 && !digest
                ? messages.getMessage(
                        "notification.mail.subject", new Object[] {lines.get(0).text()}, locale)
                : messages.getMessage(
                        digest ? "notification.mail.subjectDigest" : "notification.mail.subjectMany",
                        new Object[] {rows.size()},
                        locale);
        String intro =
                messages.getMessage(digest ? "notification.mail.introDigest" : "notification.mail.intro", null, locale);
        String footer = messages.getMessage(
                "notification.mail.footer", new Object[] {links.absolute("/notifikasi/pengaturan")}, locale);
        StringBuilder plain = new StringBuilder(intro).append("\n\n");
        for (Line line : lines) {
            plain.append("- ")
                    .append(line.text())
                    .append("\n  ")
                    .append(line.url())
                    .append("\n");
        }
        plain.append("\n-- \n").append(footer).append("\n");
        Context context = new Context(locale);
        context.setVariable("subject", subject);
        context.setVariable("intro", intro);
        context.setVariable("lines", lines);
        context.setVariable("footer", footer);
        context.setVariable("settingsUrl", links.absolute("/notifikasi/pengaturan"));
        String html = templates.process("notification/mail", context);
        return MailMessage.of(recipient.email(), subject, plain.toString(), html);
    }
}
