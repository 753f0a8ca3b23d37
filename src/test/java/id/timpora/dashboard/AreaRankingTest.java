package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.region.Region;
import id.timpora.region.RegionLevel;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drill-down ranks the regions with reports by count and folds those without. */
class AreaRankingTest {

    @Test
    void regionsWithReportsComeMostFirstAndTheEmptyOnesAreSetApartByName() {
        AreaCount.Ranking ranking = AreaCount.rank(List.of(
                count("11", "Aceh", 0),
                count("61", "Kalimantan Barat", 12),
                count("12", "Sumatera Utara", 0),
                count("62", "Kalimantan Tengah", 40),
                count("51", "Bali", 12)));

        assertThat(ranking.counted().stream().map(row -> row.region().code())).containsExactly("62", "51", "61");
        assertThat(ranking.zeros().stream().map(row -> row.region().code())).containsExactly("11", "12");
        assertThat(ranking.largest()).isEqualTo(40);
        assertThat(AreaCount.rank(List.of(count("11", "Aceh", 0))).largest()).isEqualTo(1);
    }

    private static AreaCount count(String code, String name, long n) {
        return new AreaCount(
                new Region(code, null, RegionLevel.PROVINSI, null, name, code, ZoneId.of("Asia/Jakarta")), n);
    }
}
