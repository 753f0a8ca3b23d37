package id.timpora.intake;

import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.Region;
import id.timpora.region.RegionCodes;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The triage queue: public reports waiting in the viewer's jurisdiction, longest waiting first, one page in SQL (the
 * partial indexes on {@code status = 'MENUNGGU'} per jurisdiction level serve it). The scope comes first.
 */
@Component
public class PublicReportQueries {

    private static final String SELECT =
            """
            select p.id, p.status, p.description, p.people_count, p.nationality, p.region_code, p.observed_at,
                   p.received_at,
                   (select count(*) from public_report_photo f where f.public_report_id = p.id) as photos""";

    private final JdbcClient jdbc;
    private final RegionService regions;

    PublicReportQueries(JdbcClient jdbc, RegionService regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public Page<PublicReportItem> waiting(ReportScope scope, Pageable pageable) {
        SqlFragment fromWhere = SqlFragment.of(" from public_report p")
                .plus(Conditions.where()
                        .and(scope.sql("p"))
                        .and("p.status = 'MENUNGGU'")
                        .toWhere());
        RowMapper<Row> mapper = (rs, i) -> new Row(
                rs.getLong("id"),
                PublicReportStatus.valueOf(rs.getString("status")),
                rs.getString("description"),
                rs.getInt("people_count"),
                rs.getString("nationality"),
                rs.getString("region_code"),
                rs.getTimestamp("observed_at").toInstant(),
                rs.getTimestamp("received_at").toInstant(),
                rs.getInt("photos"));
        Page<Row> rows =
                PagedList.of(SELECT, fromWhere, " order by p.received_at, p.id").page(jdbc, mapper, pageable);
        Map<String, String> labels =
                labels(rows.getContent().stream().map(Row::regionCode).toList());
        List<PublicReportItem> items = rows.getContent().stream()
                .map(row -> new PublicReportItem(
                        row.id(),
                        row.status(),
                        row.description(),
                        row.peopleCount(),
                        row.nationality(),
                        row.regionCode(),
                        labels.getOrDefault(row.regionCode(), row.regionCode()),
                        row.observedAt(),
                        row.receivedAt(),
                        row.photos()))
                .toList();
        return new PageImpl<>(items, pageable, rows.getTotalElements());
    }

    /** How many wait in the jurisdiction, and how many of them longer than 24 hours. */
    public long[] waitingCounts(ReportScope scope, java.time.Instant now) {
        SqlFragment sql = SqlFragment.of(
                        "select count(*) as waiting, count(*) filter (where p.received_at < :overdue) as overdue"
                                + " from public_report p",
                        "overdue",
                        java.sql.Timestamp.from(now.minus(PublicReportItem.OVERDUE_AFTER)))
                .plus(Conditions.where()
                        .and(scope.sql("p"))
                        .and("p.status = 'MENUNGGU'")
                        .toWhere());
        return sql.on(jdbc)
                .query((rs, i) -> new long[] {rs.getLong("waiting"), rs.getLong("overdue")})
                .single();
    }

    /**
     * The public reports received in {@code [from, to)} in the scope and, when given, inside one region (a province,
     * kabupaten/kota, kecamatan or desa code), by what became of them.
     */
    public PublicReportTally tally(ReportScope scope, String regionCode, java.time.Instant from, java.time.Instant to) {
        Conditions where = Conditions.where()
                .and(scope.sql("p"))
                .atLeast("p.received_at", "tally_from", java.sql.Timestamp.from(from))
                .before("p.received_at", "tally_to", java.sql.Timestamp.from(to));
        if (regionCode != null && id.timpora.region.RegionCodes.isValid(regionCode)) {
            String column =
                    switch (regionCode.length()) {
                        case 2 -> "p.province_code";
                        case 5 -> "p.regency_code";
                        case 8 -> "p.district_code";
                        default -> "p.region_code";
                    };
            where.equal(column, "tally_region", regionCode);
        }
        return SqlFragment.of(
                        """
                        select count(*) as received,
                               count(*) filter (where p.status = 'DITERIMA') as accepted,
                               count(*) filter (where p.status = 'DUPLIKAT') as duplicates,
                               count(*) filter (where p.status = 'DITOLAK') as rejected,
                               count(*) filter (where p.status = 'MENUNGGU') as waiting,
                               count(*) filter (where p.status = 'MENUNGGU' and p.received_at < :tally_overdue)
                                   as overdue
                          from public_report p\s""",
                        "tally_overdue",
                        java.sql.Timestamp.from(java.time.Instant.now().minus(PublicReportItem.OVERDUE_AFTER)))
                .plus(where.toWhere())
                .on(jdbc)
                .query((rs, i) -> new PublicReportTally(
                        rs.getLong("received"),
                        rs.getLong("accepted"),
                        rs.getLong("duplicates"),
                        rs.getLong("rejected"),
                        rs.getLong("waiting"),
                        rs.getLong("overdue")))
                .single();
    }

    /** Full labels of desa codes, from one query for all of them and their ancestors. */
    Map<String, String> labels(List<String> codes) {
        Set<String> wanted = new LinkedHashSet<>();
        codes.forEach(code -> wanted.addAll(RegionCodes.pathOf(code)));
        Map<String, Region> byCode = new HashMap<>();
        if (!wanted.isEmpty()) {
            regions.findAll(wanted).forEach(region -> byCode.put(region.code(), region));
        }
        Map<String, String> labels = new HashMap<>();
        for (String code : codes) {
            List<Region> path = RegionCodes.pathOf(code).stream()
                    .map(byCode::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            labels.put(code, path.isEmpty() ? code : Region.labelOf(path));
        }
        return labels;
    }

    private record Row(
            long id,
            PublicReportStatus status,
            String description,
            int peopleCount,
            String nationality,
            String regionCode,
            java.time.Instant observedAt,
            java.time.Instant receivedAt,
            int photos) {}
}
