package id.timpora.partner;

import id.timpora.account.CurrentUser;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.organisation.Organisation;
import id.timpora.organisation.OrganisationAccess;
import id.timpora.organisation.OrganisationFilter;
import id.timpora.organisation.OrganisationGroup;
import id.timpora.organisation.OrganisationKind;
import id.timpora.organisation.OrganisationQueries;
import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.ReportData;
import id.timpora.report.ReportScopes;
import id.timpora.report.Sex;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of notices: a partner's own organisation's (and nothing else), an officer's within the report scope (the
 * notice's report must be visible to them), and the officers' partner list with its figures. Lists are paged in SQL;
 * a page is one query plus its count.
 */
@Component
public class NoticeQueries {

    /** An organisation with no notice for this long is "quiet". */
    public static final Duration QUIET_AFTER = Duration.ofDays(30);

    private static final String SELECT =
            """
            select n.id, n.organisation_id, o.name as organisation_name, n.kind, n.full_name, n.nationality, n.sex,
                   n.birth_date, n.passport_number, n.passport_expiry, n.permit_type, n.permit_number, n.room,
                   n.check_in_at, n.check_out_at, n.purpose, n.position, n.work_location, n.start_date, n.end_date,
                   n.stay_date, n.late, n.report_id, n.receipt_number, n.submitted_at, u.display_name as submitted_by,
                   n.version""";

    private static final String FROM = " from partner_notice n join organisation o on o.id = n.organisation_id"
            + " join app_user u on u.id = n.submitted_by";

    private static final RowMapper<NoticeView> ROW = (rs, i) -> new NoticeView(
            rs.getLong("id"),
            rs.getLong("organisation_id"),
            rs.getString("organisation_name"),
            NoticeKind.valueOf(rs.getString("kind")),
            rs.getString("full_name"),
            rs.getString("nationality"),
            Sex.valueOf(rs.getString("sex")),
            Rows.localDate(rs, "birth_date"),
            rs.getString("passport_number"),
            Rows.localDate(rs, "passport_expiry"),
            PermitType.valueOf(rs.getString("permit_type")),
            rs.getString("permit_number"),
            rs.getString("room"),
            Rows.instant(rs, "check_in_at"),
            Rows.instant(rs, "check_out_at"),
            rs.getString("purpose") == null ? null : Activity.valueOf(rs.getString("purpose")),
            rs.getString("position"),
            rs.getString("work_location"),
            Rows.localDate(rs, "start_date"),
            Rows.localDate(rs, "end_date"),
            Rows.localDate(rs, "stay_date"),
            rs.getBoolean("late"),
            rs.getLong("report_id"),
            rs.getString("receipt_number"),
            Rows.instant(rs, "submitted_at"),
            rs.getString("submitted_by"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final PartnerAccess partners;
    private final ReportScopes reportScopes;
    private final OrganisationAccess organisationAccess;
    private final OrganisationQueries organisations;

    NoticeQueries(
            JdbcClient jdbc,
            PartnerAccess partners,
            ReportScopes reportScopes,
            OrganisationAccess organisationAccess,
            OrganisationQueries organisations) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.reportScopes = reportScopes;
        this.organisationAccess = organisationAccess;
        this.organisations = organisations;
    }

    /** The partner's own organisation's notices, newest first; text finds a name or a passport number. */
    @Transactional(readOnly = true)
    public Page<NoticeView> own(CurrentUser partner, String text, Pageable pageable) {
        Organisation organisation = partners.own(partner);
        Conditions where = Conditions.where().equal("n.organisation_id", "own_organisation", organisation.id());
        search(where, text);
        return PagedList.of(
                        SELECT, SqlFragment.of(FROM).plus(where.toWhere()), " order by n.submitted_at desc, n.id desc")
                .page(jdbc, ROW, pageable);
    }

    /** One of the partner's own organisation's notices. */
    @Transactional(readOnly = true)
    public Optional<NoticeView> ownNotice(CurrentUser partner, long id) {
        Organisation organisation = partners.own(partner);
        return SqlFragment.of(SELECT + FROM + " where n.id = :notice and n.organisation_id = :own_organisation")
                .with("notice", id)
                .with("own_organisation", organisation.id())
                .on(jdbc)
                .query(ROW)
                .optional();
    }

    /** A notice whose report the officer may see (404 otherwise: administrators and partners see none here). */
    @Transactional(readOnly = true)
    public Optional<NoticeView> visible(CurrentUser user, long id) {
        return SqlFragment.of(SELECT + FROM + " join report r on r.id = n.report_id where ")
                .plus(reportScopes.of(user).sql("r"))
                .plus(SqlFragment.of(" and n.id = :notice", "notice", id))
                .on(jdbc)
                .query(ROW)
                .optional();
    }

    /** An organisation's guests or workers whose reports the officer may see, newest first. */
    @Transactional(readOnly = true)
    public Page<NoticeView> ofOrganisation(CurrentUser user, long organisationId, String text, Pageable pageable) {
        Conditions where = Conditions.where()
                .and(reportScopes.of(user).sql("r"))
                .equal("n.organisation_id", "of_organisation", organisationId);
        search(where, text);
        return PagedList.of(
                        SELECT,
                        SqlFragment.of(FROM + " join report r on r.id = n.report_id")
                                .plus(where.toWhere()),
                        " order by n.submitted_at desc, n.id desc")
                .page(jdbc, ROW, pageable);
    }

    /**
     * The lodgings, companies and sponsors in the user's jurisdiction, by name, each with its last notice, its notices
     * this month and last month (late ones among them) in the user's zone, and whether it has gone quiet. The figures
     * are read for the page's rows only, from the (organisation_id, submitted_at) index.
     */
    @Transactional(readOnly = true)
    public Page<PartnerRow> partners(CurrentUser user, PartnerFilter filter, Instant now, Pageable pageable) {
        ZoneId zone = user.zone();
        ZonedDateTime monthStart =
                now.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
        Timestamp thisMonth = Timestamp.from(monthStart.toInstant());
        Timestamp lastMonth = Timestamp.from(monthStart.minusMonths(1).toInstant());
        Timestamp quietSince = Timestamp.from(now.minus(QUIET_AFTER));
        Conditions where = organisations.where(
                organisationAccess.scope(user), new OrganisationFilter(filter.text(), filter.group(), null, null), "o");
        if (filter.group() == null) {
            where.and(SqlFragment.of(
                    "o.kind <> all(:foreign_kinds::varchar[])",
                    "foreign_kinds",
                    OrganisationKind.of(OrganisationGroup.ASING).stream()
                            .map(Enum::name)
                            .toArray(String[]::new)));
        }
        if (filter.quiet()) {
            where.and("o.active")
                    .and(SqlFragment.of(
                            "not exists (select 1 from partner_notice q where q.organisation_id = o.id"
                                    + " and q.submitted_at >= :quiet_since)",
                            "quiet_since",
                            quietSince));
        }
        String select =
                """
                select o.id, o.kind, o.name, o.region_code, o.active,
                       (select max(l.submitted_at) from partner_notice l where l.organisation_id = o.id) as last_at,
                       f.this_month, f.late_this_month, f.last_month, f.late_last_month""";
        SqlFragment fromWhere = SqlFragment.of(
                        " "
                                + """
                         from organisation o
                         cross join lateral (
                             select count(*) filter (where m.submitted_at >= :this_month) as this_month,
                                    count(*) filter (where m.submitted_at >= :this_month and m.late) as late_this_month,
                                    count(*) filter (where m.submitted_at < :this_month) as last_month,
                                    count(*) filter (where m.submitted_at < :this_month and m.late) as late_last_month
                               from partner_notice m
                              where m.organisation_id = o.id and m.submitted_at >= :last_month) f""")
                .with("this_month", thisMonth)
                .with("last_month", lastMonth)
                .plus(where.toWhere());
        Instant quietBoundary = quietSince.toInstant();
        // the count needs no figures: counting the organisations alone keeps it an index scan
        long total = SqlFragment.of("select count(*) from organisation o")
                .plus(where.toWhere())
                .on(jdbc)
                .query(Long.class)
                .single();
        return PagedList.of(select, fromWhere, " order by lower(o.name), o.id")
                .page(
                        jdbc,
                        (rs, i) -> {
                            Instant last = Rows.instant(rs, "last_at");
                            return new PartnerRow(
                                    rs.getLong("id"),
                                    OrganisationKind.valueOf(rs.getString("kind")),
                                    rs.getString("name"),
                                    rs.getString("region_code"),
                                    rs.getBoolean("active"),
                                    last,
                                    rs.getLong("this_month"),
                                    rs.getLong("late_this_month"),
                                    rs.getLong("last_month"),
                                    rs.getLong("late_last_month"),
                                    last == null || last.isBefore(quietBoundary));
                        },
                        pageable,
                        total);
    }

    private static void search(Conditions where, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String passport = ReportData.normalisePassport(text);
        where.and(SqlFragment.of(
                        "(lower(n.full_name) like :notice_text or n.passport_key = :notice_passport)",
                        "notice_text",
                        Conditions.containsPattern(text.trim()))
                .with("notice_passport", passport == null ? "" : passport));
    }
}
