package id.timpora.account;

/** What a signed-in user may do; labels live in the message bundles under {@code role.*}. */
public enum Role {
    ADMIN,
    OFFICER,
    REPORTER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
