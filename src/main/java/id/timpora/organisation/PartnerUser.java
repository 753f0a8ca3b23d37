package id.timpora.organisation;

import java.time.Instant;

/** A partner account of an organisation, as listed on its page. */
public record PartnerUser(long accountId, String username, String displayName, boolean enabled, Instant lastLoginAt) {}
