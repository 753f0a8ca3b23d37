package id.timpora.infrastructure.security;

/**
 * Whether a signed-in administrator has national reach (no agency, or a national agency), for features that may not
 * depend on the agency feature (the audit log).
 */
public interface NationalAdministrators {

    boolean isNational(UserIdentity user);
}
