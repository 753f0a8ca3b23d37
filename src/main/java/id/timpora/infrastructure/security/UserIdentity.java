package id.timpora.infrastructure.security;

/** What cross-cutting code (audit, logging) may know of the signed-in user without depending on the account feature. */
public interface UserIdentity {

    long id();

    String getUsername();

    /** The time zone of the user's agency (WIB, WITA or WIT); times are shown in it. */
    java.time.ZoneId zone();

    /** The user's agency, or null for an account without one (the bootstrap administrator). */
    Long agencyId();
}
