package id.timpora.account;

/** Filters of the account list; every field optional. */
public record AccountFilter(String query, Long agencyId, Role role, Boolean enabled) {}
