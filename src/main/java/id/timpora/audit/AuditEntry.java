package id.timpora.audit;

import java.time.Instant;

/** One row of the audit log as the admin list shows it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String targetType,
        String targetId,
        String clientIp,
        String detail) {}
