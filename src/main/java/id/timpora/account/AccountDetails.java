package id.timpora.account;

import java.time.Instant;

/** An account as the admin's edit page shows it. */
public record AccountDetails(
        long id,
        AccountData data,
        String agencyName,
        boolean enabled,
        boolean locked,
        Instant lockedUntil,
        boolean mustChangePassword,
        Instant lastLoginAt,
        Instant createdAt,
        int version) {}
