package id.timpora.account;

import java.time.Instant;

/** One row of the account list, read in one query. */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        Role role,
        String agencyName,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        Instant lastLoginAt) {}
