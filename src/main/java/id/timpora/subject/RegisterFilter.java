package id.timpora.subject;

import id.timpora.report.PermitType;

/**
 * The register's filters (#15 item 2): permit type, nationality (ISO alpha-2), sponsor text, expiry window and an
 * area (a kabupaten, kecamatan or desa code; it only narrows the viewer's jurisdiction, never widens it).
 */
public record RegisterFilter(
        PermitType permitType, String nationality, String sponsor, ExpiryWindow expiry, String regionCode) {

    public static RegisterFilter none() {
        return new RegisterFilter(null, null, null, null, null);
    }

    /** Words for the audit log: what an export held. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "permit", permitType);
        append(text, "nationality", nationality);
        append(text, "sponsor", sponsor);
        append(text, "expiry", expiry);
        append(text, "region", regionCode);
        return text.isEmpty() ? "no filter" : text.toString().strip();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            text.append(name).append('=').append(value).append(' ');
        }
    }
}
