package id.timpora.notification;

import java.util.Locale;
import java.util.Set;

/** Somebody to notify, with what they chose: e-mail address, language, which kinds by e-mail, digest or not. */
record Recipient(
        long id, String email, String language, Long agencyId, Set<NotificationKind> emailKinds, boolean digest) {

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    boolean wantsMail(NotificationKind kind) {
        return email != null && !email.isBlank() && emailKinds.contains(kind);
    }
}
