package id.timpora.account;

import id.timpora.common.Labelled;

/** What a signed-in user may do; labels live in the message bundles under {@code role.*}. */
public enum Role implements Labelled {
    ADMIN,
    OFFICER,
    REPORTER;

    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
