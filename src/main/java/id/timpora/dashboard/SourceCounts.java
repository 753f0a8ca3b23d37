package id.timpora.dashboard;

import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.Region;
import id.timpora.region.RegionCodes;
import id.timpora.region.RegionService;
import id.timpora.report.ReportScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public reports (laporan masyarakat) and village reports (laporan desa) of an area and period, per desa when the area
 * lies inside one kabupaten/kota (the kabupaten map's desa table: there are no desa boundaries to draw), otherwise per
 * kabupaten/kota (#14 item 6). Public reports count by the time they were received, village reports by the time they
 * were seen, both in {@code [from, to)}. Only areas with something to count are listed, most first, one page in SQL.
 *
 * <p>The public reports are counted over {@code publicScope} (the jurisdiction of those who triage them, empty for
 * everyone else), the village reports over the area's report scope; both conditions come first.
 */
@Service
@Transactional(readOnly = true)
public class SourceCounts {

    /** What the counts are grouped by. */
    public enum Grouping {
        DESA,
        KABUPATEN
    }

    /**
     * One desa or kabupaten/kota: its public reports received and what became of them, and its village reports.
     *
     * @param parentName the kecamatan of a desa, the province of a kabupaten/kota
     */
    public record Row(
            String code,
            String name,
            String parentName,
            long received,
            long accepted,
            long duplicates,
            long rejected,
            long waiting,
            long village) {}

    private final JdbcClient jdbc;
    private final RegionService regions;

    SourceCounts(JdbcClient jdbc, RegionService regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** Per desa when everything counted lies in one kabupaten/kota, else per kabupaten/kota. */
    public static Grouping groupingOf(DashboardArea area) {
        if (area.everything()) {
            return Grouping.KABUPATEN;
        }
        return RegionCodes.commonArea(area.codes())
                        .filter(code -> code.length() >= 5)
                        .isPresent()
                ? Grouping.DESA
                : Grouping.KABUPATEN;
    }

    public Page<Row> of(DashboardArea area, ReportScope publicScope, Instant from, Instant to, Pageable pageable) {
        if (area.isEmpty()) {
            return Page.empty(pageable);
        }
        Grouping grouping = groupingOf(area);
        String column = grouping == Grouping.DESA ? "region_code" : "regency_code";
        Timestamp since = Timestamp.from(from);
        Timestamp until = Timestamp.from(to);
        SqlFragment publicReports = SqlFragment.of("select p." + column + " as code, count(*) as received,"
                        + " count(*) filter (where p.status = 'DITERIMA') as accepted,"
                        + " count(*) filter (where p.status = 'DUPLIKAT') as duplicates,"
                        + " count(*) filter (where p.status = 'DITOLAK') as rejected,"
                        + " count(*) filter (where p.status = 'MENUNGGU') as waiting"
                        + " from public_report p where ")
                .plus(publicScope.sql("p"))
                .plus(" and ")
                .plus(areaCondition("p", area))
                .plus(SqlFragment.of(
                        " and p.received_at >= :counts_from and p.received_at < :counts_to group by 1",
                        "counts_from",
                        since,
                        "counts_to",
                        until));
        SqlFragment villageReports = SqlFragment.of(
                        "select r." + column + " as code, count(*) as village from report r where ")
                .plus(area.scope().sql("r"))
                .plus(" and ")
                .plus(areaCondition("r", area))
                .plus(SqlFragment.of(
                        " and r.source = 'LAPORAN_DESA' and r.observed_at >= :counts_from"
                                + " and r.observed_at < :counts_to group by 1",
                        "counts_from",
                        since,
                        "counts_to",
                        until));
        SqlFragment fromWhere = SqlFragment.of(" from (select coalesce(p.code, v.code) as code,"
                        + " coalesce(p.received, 0) as received, coalesce(p.accepted, 0) as accepted,"
                        + " coalesce(p.duplicates, 0) as duplicates, coalesce(p.rejected, 0) as rejected,"
                        + " coalesce(p.waiting, 0) as waiting, coalesce(v.village, 0) as village from (")
                .plus(publicReports.withSuffix("p"))
                .plus(") p full join (")
                .plus(villageReports.withSuffix("v"))
                .plus(") v on v.code = p.code) c");
        Page<Row> rows = PagedList.of(
                        "select c.code, c.received, c.accepted, c.duplicates, c.rejected, c.waiting, c.village",
                        fromWhere,
                        " order by c.received + c.village desc, c.code")
                .page(
                        jdbc,
                        (rs, i) -> new Row(
                                rs.getString("code"),
                                null,
                                null,
                                rs.getLong("received"),
                                rs.getLong("accepted"),
                                rs.getLong("duplicates"),
                                rs.getLong("rejected"),
                                rs.getLong("waiting"),
                                rs.getLong("village")),
                        pageable);
        return new PageImpl<>(named(rows.getContent()), pageable, rows.getTotalElements());
    }

    /** The names of a page's areas and of their parents, from one query. */
    private List<Row> named(List<Row> rows) {
        List<String> wanted = new ArrayList<>();
        for (Row row : rows) {
            wanted.add(row.code());
            RegionCodes.parentOf(row.code()).ifPresent(wanted::add);
        }
        Map<String, Region> byCode = new HashMap<>();
        if (!wanted.isEmpty()) {
            regions.findAll(wanted).forEach(region -> byCode.put(region.code(), region));
        }
        return rows.stream()
                .map(row -> {
                    Region region = byCode.get(row.code());
                    Region parent =
                            RegionCodes.parentOf(row.code()).map(byCode::get).orElse(null);
                    return new Row(
                            row.code(),
                            region == null ? row.code() : region.designatedName(),
                            parent == null ? null : parent.designatedName(),
                            row.received(),
                            row.accepted(),
                            row.duplicates(),
                            row.rejected(),
                            row.waiting(),
                            row.village());
                })
                .toList();
    }

    /** The area's regions over the copied ancestor codes (equalities the indexes serve); always true nationally. */
    private static SqlFragment areaCondition(String alias, DashboardArea area) {
        if (area.everything()) {
            return SqlFragment.of("true");
        }
        List<SqlFragment> parts = new ArrayList<>();
        for (int length : new int[] {2, 5, 8, 13}) {
            String[] codes = area.codes().stream()
                    .filter(code -> code.length() == length)
                    .toArray(String[]::new);
            if (codes.length > 0) {
                String column =
                        switch (length) {
                            case 2 -> "province_code";
                            case 5 -> "regency_code";
                            case 8 -> "district_code";
                            default -> "region_code";
                        };
                String name = "counts_area_" + length;
                parts.add(SqlFragment.of(alias + "." + column + " = any(:" + name + "::varchar[])", name, codes));
            }
        }
        return parts.isEmpty()
                ? SqlFragment.of("false")
                : SqlFragment.join(" or ", parts).parenthesised();
    }
}
