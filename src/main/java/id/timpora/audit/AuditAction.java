package id.timpora.audit;

/** What was done. Labels live in the message bundles under {@code audit.action.*}. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    ACCESS_DENIED,
    ACCOUNT_LOCKED,
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
    DOWNLOAD
}
