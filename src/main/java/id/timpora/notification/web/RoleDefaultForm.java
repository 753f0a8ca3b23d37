package id.timpora.notification.web;

import id.timpora.notification.NotificationKind;
import java.util.EnumSet;
import java.util.Set;

/** One role's e-mail defaults as the administrators' form sends them. */
public class RoleDefaultForm {

    private Set<NotificationKind> emailKinds = EnumSet.noneOf(NotificationKind.class);
    private boolean digest;

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
