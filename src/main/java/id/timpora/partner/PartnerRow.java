package id.timpora.partner;

import id.timpora.organisation.OrganisationKind;
import java.time.Instant;

/** One organisation on the officers' partner list, with its notice figures. */
public record PartnerRow(
        long id,
        OrganisationKind kind,
        String name,
        String regionCode,
        boolean active,
        Instant lastNoticeAt,
        long thisMonth,
        long lateThisMonth,
        long lastMonth,
        long lateLastMonth,
        boolean quiet) {}
