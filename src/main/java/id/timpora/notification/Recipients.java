package id.timpora.notification;

import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is told of an event, with their preferences, in one query each: enabled accounts of active agencies only, never
 * the person who caused the event, never a partner (#13: partners see only their own notices).
 */
@Component
class Recipients {

    private static final String SELECT =
            """
            select u.id, u.email, u.agency_id, coalesce(p.language, 'id') as language,
                   coalesce(p.email_kinds, d.email_kinds, '{}') as email_kinds, coalesce(p.digest, d.digest, false) as digest
              from app_user u
              join agency a on a.id = u.agency_id and a.active
              left join notification_preference p on p.account_id = u.id
              left join notification_role_default d on d.role = u.role
             where u.enabled and u.role <> 'PARTNER' and u.id <> :actor and\s""";

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** These accounts (the reporter of a report). */
    List<Recipient> accounts(Collection<Long> ids, long actor) {
        return query(SqlFragment.of("u.id = any(:ids::bigint[])", "ids", ids.toArray(Long[]::new)), actor);
    }

    /** The members (not administrators) of these agencies. */
    List<Recipient> members(Collection<Long> agencyIds, long actor) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return query(
                SqlFragment.of(
                        "u.role <> 'ADMIN' and u.agency_id = any(:agencies::bigint[])",
                        "agencies",
                        agencyIds.toArray(Long[]::new)),
                actor);
    }

    /**
     * The officers whose agency's jurisdiction covers the region: a national agency, or one of the region's own
     * province, kabupaten/kota, kecamatan or desa codes among the agency's regions (a jurisdiction region covers every
     * region below it).
     */
    List<Recipient> officersCovering(String regionCode, long actor) {
        return query(
                SqlFragment.of(
                        "u.role = 'OFFICER' and (a.level = 'PUSAT' or exists (select 1 from agency_region ar"
                                + " where ar.agency_id = a.id and ar.region_code = any(:codes::varchar[])))",
                        "codes",
                        ancestors(regionCode)),
                actor);
    }

    /**
     * Who triages a report from the public in this desa (intake's {@code Triage.mayTriage}) and looks after its
     * lodgings' notices (the organisation room's {@code OrganisationAccess}): officers, and reporters of a Kesbangpol,
     * whose agency's jurisdiction covers it.
     */
    List<Recipient> triagersCovering(String regionCode) {
        return query(
                SqlFragment.of(
                        "(u.role = 'OFFICER' or (u.role = 'REPORTER' and a.type = 'KESBANGPOL'))"
                                + " and (a.level = 'PUSAT' or exists (select 1 from agency_region ar"
                                + " where ar.agency_id = a.id and ar.region_code = any(:codes::varchar[])))",
                        "codes",
                        ancestors(regionCode)),
                0);
    }

    /** "61.06.01.2001" → 61, 61.06, 61.06.01, 61.06.01.2001. */
    static String[] ancestors(String code) {
        String[] parts = code.split("\\.");
        String[] codes = new String[parts.length];
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                prefix.append('.');
            }
            prefix.append(parts[i]);
            codes[i] = prefix.toString();
        }
        return codes;
    }

    private List<Recipient> query(SqlFragment condition, long actor) {
        return SqlFragment.of(SELECT)
                .plus(condition)
                .plus(" order by u.id")
                .with("actor", actor)
                .on(jdbc)
                .query((rs, i) -> new Recipient(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("language"),
                        Rows.nullableLong(rs, "agency_id"),
                        Rows.enumSet(rs, "email_kinds", NotificationKind.class),
                        rs.getBoolean("digest")))
                .list();
    }
}
