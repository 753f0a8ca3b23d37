package id.timpora.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.support.IntegrationTest;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionDataTest extends IntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    @Autowired
    RegionService regions;

    @Test
    void theWholeHierarchyOfKepmendagri2430IsLoaded() {
        assertThat(countBy("level"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "PROVINSI", 38L,
                        "KABUPATEN_KOTA", 514L,
                        "KECAMATAN", 7_285L,
                        "DESA", 83_762L));
        assertThat(countBy("kind"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "KABUPATEN", 416L,
                        "KOTA", 98L,
                        "KELURAHAN", 8_496L,
                        "DESA", 75_252L,
                        "DESA_ADAT", 14L));
        assertThat(jdbc.queryForObject(
                        "select count(*) from region where kind = 'DESA_ADAT' and (parent_code not like '91.03.%'"
                                + " or name not like 'Desa Adat %')",
                        Long.class))
                .isZero();
    }

    @Test
    void namesWithCommasSurvivedTheCsvQuoting() {
        assertThat(regions.find("12.07.28.1007")).map(Region::name).contains("Lubuk Pakam I,II");
        assertThat(regions.find("14.02.09.2010")).map(Region::name).contains("Lambang Sari I, II, III");
    }

    @Test
    void spotChecksAgainstTheDecree() {
        Region kapuasHulu = regions.find("61.06").orElseThrow();
        assertThat(kapuasHulu.name()).isEqualTo("Kabupaten Kapuas Hulu");
        assertThat(kapuasHulu.parentCode()).isEqualTo("61");
        assertThat(kapuasHulu.level()).isEqualTo(RegionLevel.KABUPATEN_KOTA);
        assertThat(kapuasHulu.kind()).isEqualTo(RegionKind.KABUPATEN);
        assertThat(regions.find("61")).map(Region::name).contains("Kalimantan Barat");
        assertThat(regions.find("62.13")).map(Region::name).contains("Kabupaten Barito Timur");
        assertThat(regions.find("62.12")).map(Region::name).contains("Kabupaten Murung Raya");
        assertThat(regions.find("35.26")).map(Region::name).contains("Kabupaten Bangkalan");
        Region jakartaUtara = regions.find("31.72").orElseThrow();
        assertThat(jakartaUtara.name()).isEqualTo("Kota Administrasi Jakarta Utara");
        assertThat(jakartaUtara.kind()).isEqualTo(RegionKind.KOTA);
        assertThat(regions.find("96")).map(Region::name).contains("Papua Barat Daya");
    }

    @Test
    void everyRowCarriesItsProvincesTimeZone() {
        assertThat(regions.timeZoneOf("31")).contains(WIB);
        assertThat(regions.timeZoneOf("62")).contains(WIB);
        assertThat(regions.timeZoneOf("61.06.01.2005")).contains(WIB);
        assertThat(regions.timeZoneOf("51")).contains(WITA);
        assertThat(regions.timeZoneOf("65")).contains(WITA);
        assertThat(regions.timeZoneOf("91")).contains(WIT);
        assertThat(regions.timeZoneOf("96")).contains(WIT);
        assertThat(regions.timeZoneOf("99")).isEmpty();
        assertThat(regions.timeZoneOf("nonsense")).isEmpty();

        assertThat(jdbc.queryForObject(
                        "select count(*) from region r join region p on p.code = r.province_code"
                                + " where r.time_zone <> p.time_zone",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select time_zone || ':' || count(*) from region where level = 'PROVINSI'"
                                + " group by time_zone order by 1",
                        String.class))
                .containsExactly("Asia/Jakarta:18", "Asia/Jayapura:8", "Asia/Makassar:12");
    }

    @Test
    void childrenAreOrderedByNameAndProvincesAreAllThere() {
        List<Region> districts = regions.children("61.06");
        assertThat(districts).hasSize(23).allSatisfy(district -> {
            assertThat(district.parentCode()).isEqualTo("61.06");
            assertThat(district.level()).isEqualTo(RegionLevel.KECAMATAN);
        });
        assertThat(districts).extracting(Region::name).isSorted();
        assertThat(regions.provinces()).hasSize(38).extracting(Region::name).isSorted();
        assertThat(regions.children("61.06.01.2005")).isEmpty();
        assertThat(regions.children("99.99")).isEmpty();
        assertThat(regions.children("'; drop table region; --")).isEmpty();
    }

    @Test
    void pathRunsFromTheProvinceDownAndMakesTheLabel() {
        assertThat(regions.path("61.06.04.2005"))
                .extracting(Region::code)
                .containsExactly("61", "61.06", "61.06.04", "61.06.04.2005");
        assertThat(regions.label("61.06.04.2005"))
                .contains("Desa Saujung Giling Manik, Kec. Embaloh Hulu, Kabupaten Kapuas Hulu,"
                        + " Provinsi Kalimantan Barat");
        assertThat(regions.label("31.72"))
                .contains("Kota Administrasi Jakarta Utara, Provinsi Daerah Khusus Ibukota" + " Jakarta");
        assertThat(regions.path("61.06.99")).isEmpty();
        assertThat(regions.path(null)).isEmpty();
        assertThat(regions.find("61.06.99")).isEmpty();
        assertThat(regions.exists("61.06")).isTrue();
        assertThat(regions.exists("61.99")).isFalse();
    }

    @Test
    void theDatabaseRefusesInconsistentRows() {
        for (String insert : new String[] {
            "insert into region (code, parent_code, level, name, province_code, time_zone)"
                    + " values ('61.06.99', '61.07', 'KECAMATAN', 'x', '61', 'Asia/Jakarta')",
            "insert into region (code, parent_code, level, kind, name, province_code, time_zone)"
                    + " values ('61.69', '61', 'KABUPATEN_KOTA', 'KOTA', 'x', '61', 'Asia/Jakarta')",
            "insert into region (code, parent_code, level, name, province_code, time_zone)"
                    + " values ('61.06.99', '61.06', 'KECAMATAN', 'x', '61', 'Asia/Pontianak')",
            "insert into region (code, parent_code, level, name, province_code, time_zone)"
                    + " values ('97.01.01', '97.01', 'KECAMATAN', 'x', '97', 'Asia/Jakarta')"
        }) {
            assertThat(attempt(insert)).as(insert).isFalse();
        }
    }

    @Test
    void migrationTimeIsRecorded() {
        var times = jdbc.queryForList(
                "select version, execution_time from flyway_schema_history where version in ('2', '3', '4') order by 1");
        System.out.println("Region migrations (version, ms): " + times);
        assertThat(times).hasSize(3);
        int total = times.stream()
                .mapToInt(row -> ((Number) row.get("execution_time")).intValue())
                .sum();
        assertThat(total).as("V2 + V3 + V4 in ms").isLessThan(30_000);
    }

    private boolean attempt(String sql) {
        try {
            jdbc.update(sql);
            jdbc.update("delete from region where name = 'x'");
            return true;
        } catch (org.springframework.dao.DataAccessException expected) {
            return false;
        }
    }

    private Map<String, Long> countBy(String column) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query(
                "select " + column + " as k, count(*) as n from region where " + column + " is not null group by 1",
                rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }
}
