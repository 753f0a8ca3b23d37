package id.timpora.notification.web;

import id.timpora.notification.NotificationKind;
import id.timpora.notification.NotificationPreferences;
import java.util.EnumSet;
import java.util.Set;

/** The notification settings form: mail language, kinds by e-mail, digest. */
public class PreferencesForm {

    private String language = "id";
    private Set<NotificationKind> emailKinds = EnumSet.noneOf(NotificationKind.class);
    private boolean digest;

    static PreferencesForm of(NotificationPreferences.Preferences preferences) {
        PreferencesForm form = new PreferencesForm();
        form.language = preferences.language();
        form.emailKinds = preferences.emailKinds().isEmpty()
                ? EnumSet.noneOf(NotificationKind.class)
                : EnumSet.copyOf(preferences.emailKinds());
        form.digest = preferences.digest();
        return form;
    }

    NotificationPreferences.Preferences toData() {
        return new NotificationPreferences.Preferences(language, emailKinds == null ? Set.of() : emailKinds, digest);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<NotificationKind> getEmailKinds() {
        return emailKinds;
    }

    public void setEmailKinds(Set<NotificationKind> emailKinds) {
        this.emailKinds = emailKinds;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }
}
