package id.timpora.agency;

/**
 * An agency was deactivated: its users lose access at once (the account feature ends their sessions), published inside
 * the deactivating transaction.
 */
public record AgencyDeactivated(long agencyId) {}
