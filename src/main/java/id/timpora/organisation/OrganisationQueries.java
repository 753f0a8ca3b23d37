package id.timpora.organisation;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of organisations: one record within the viewer's jurisdiction, a page of the list (the scope first, paged in
 * SQL, in name order per jurisdiction level's index), and the partner's own organisation.
 */
@Component
public class OrganisationQueries {

    /** The columns {@link #ROW} reads, for an organisation table {@code o} joined to its agency {@code ag}. */
    public static final String COLUMNS =
            """
            o.id, o.kind, o.name, o.registration_number, o.country_code, o.region_code, o.address, o.contact_name,
            o.contact_phone, o.contact_email, o.registered_by_agency_id, ag.name as agency_name, o.active, o.version,
            o.created_at""";

    public static final RowMapper<Organisation> ROW = (rs, i) -> new Organisation(
            rs.getLong("id"),
            OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("name"),
            rs.getString("registration_number"),
            rs.getString("country_code"),
            rs.getString("region_code"),
            rs.getString("address"),
            rs.getString("contact_name"),
            rs.getString("contact_phone"),
            rs.getString("contact_email"),
            rs.getLong("registered_by_agency_id"),
            rs.getString("agency_name"),
            rs.getBoolean("active"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"));

    private static final String FROM = " from organisation o join agency ag on ag.id = o.registered_by_agency_id";

    private final JdbcClient jdbc;
    private final OrganisationAccess access;

    OrganisationQueries(JdbcClient jdbc, OrganisationAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The organisation, if the user manages organisations and it lies in their jurisdiction. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find(CurrentUser user, long id) {
        return SqlFragment.of("select " + COLUMNS + FROM + " where ")
                .plus(access.scope(user).sql("o"))
                .plus(SqlFragment.of(" and o.id = :org_id", "org_id", id))
                .on(jdbc)
                .query(ROW)
                .optional();
    }

    /**
     * The organisation by id, without a scope: only for code that already checked the reader may see something of it
     * (a notice's receipt, read through the notice's own scope).
     */
    @Transactional(readOnly = true)
    public Optional<Organisation> byId(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where o.id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** The organisation a partner account belongs to (empty for any other account). */
    @Transactional(readOnly = true)
    public Optional<Organisation> ofPartner(long accountId) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + " join partner_account pa on pa.organisation_id = o.id where pa.account_id = :account")
                .param("account", accountId)
                .query(ROW)
                .optional();
    }

    /** A page of the organisations in the user's jurisdiction, by name. */
    @Transactional(readOnly = true)
    public Page<Organisation> page(CurrentUser user, OrganisationFilter filter, Pageable pageable) {
        SqlFragment fromWhere =
                SqlFragment.of(FROM).plus(where(access.scope(user), filter, "o").toWhere());
        return PagedList.of("select " + COLUMNS, fromWhere, " order by lower(o.name), o.id")
                .page(jdbc, ROW, pageable);
    }

    /**
     * The list's conditions over an organisation table alias, the scope first: for the higher rooms that list
     * organisations with their own figures.
     */
    public Conditions where(OrganisationScope scope, OrganisationFilter filter, String alias) {
        String o = alias + ".";
        Conditions where = Conditions.where().and(scope.sql(alias));
        if (filter.text() != null && !filter.text().isBlank()) {
            where.containsAny(
                    List.of("lower(" + o + "name)", "lower(coalesce(" + o + "registration_number, ''))"),
                    "org_text",
                    filter.text().trim());
        }
        if (filter.kind() != null) {
            where.equal(o + "kind", "org_kind", filter.kind().name());
        } else if (filter.group() != null) {
            where.and(SqlFragment.of(
                    o + "kind = any(:org_kinds::varchar[])",
                    "org_kinds",
                    OrganisationKind.of(filter.group()).stream().map(Enum::name).toArray(String[]::new)));
        }
        if (filter.active() != null) {
            where.equal(o + "active", "org_active", filter.active());
        }
        return where;
    }

    /** The partner users of an organisation, by name. */
    @Transactional(readOnly = true)
    public List<PartnerUser> partnerUsers(long organisationId) {
        return jdbc.sql(
                        """
                        select u.id, u.username, u.display_name, u.enabled, u.last_login_at
                          from partner_account pa join app_user u on u.id = pa.account_id
                         where pa.organisation_id = :organisation
                         order by lower(u.display_name), u.id""")
                .param("organisation", organisationId)
                .query((rs, i) -> new PartnerUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled"),
                        Rows.instant(rs, "last_login_at")))
                .list();
    }

    boolean registrationTaken(String country, String registration, Long exceptId) {
        return jdbc.sql(
                                """
                        select count(*) from organisation
                         where coalesce(country_code, 'ID') = :country and upper(registration_number) = :registration
                           and id <> :except""")
                        .param("country", country == null ? "ID" : country.toUpperCase(Locale.ROOT))
                        .param("registration", registration.trim().toUpperCase(Locale.ROOT))
                        .param("except", exceptId == null ? Long.valueOf(-1) : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
