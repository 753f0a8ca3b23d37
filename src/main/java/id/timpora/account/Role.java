package id.timpora.account;

import id.timpora.common.Labelled;

/** What a signed-in user may do; labels live in the message bundles under {@code role.*}. */
public enum Role implements Labelled {
    ADMIN,
    OFFICER,
    REPORTER,
    /** Staff of a lodging, employer or sponsor (#13): sends notices for their own organisation, sees nothing else. */
    PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles an administrator picks on the account form: partner accounts are made on their organisation's page. */
    public static java.util.List<Role> assignable() {
        return java.util.List.of(ADMIN, OFFICER, REPORTER);
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
