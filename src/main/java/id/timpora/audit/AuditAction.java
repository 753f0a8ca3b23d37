package id.timpora.audit;

import id.timpora.common.Labelled;

/** What was done. Labels live in the message bundles under {@code audit.action.*}. */
public enum AuditAction implements Labelled {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    ACCESS_DENIED,
    ACCOUNT_LOCKED,
    LOGIN_THROTTLED,
    CLIENT_BLOCKED,
    PASSWORD_CHANGE,
    CREATE,
    UPDATE,
    DEACTIVATE,
    ACTIVATE,
    UNLOCK,
    PASSWORD_RESET,
    STATUS_CHANGE,
    VIEW,
    EXPORT,
    DOWNLOAD,
    LINK,
    UNLINK,
    MERGE,
    UNMERGE,
    JUDGE;

    @Override
    public String messageKey() {
        return "audit.action." + name();
    }
}
