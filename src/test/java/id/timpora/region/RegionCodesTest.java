package id.timpora.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void ancestorsArePrefixesOfTheDottedCodeProvinceFirst() {
        assertThat(RegionCodes.ancestorsOf("61.06.01.2001")).containsExactly("61", "61.06", "61.06.01");
        assertThat(RegionCodes.ancestorsOf("61.06.01")).containsExactly("61", "61.06");
        assertThat(RegionCodes.ancestorsOf("61.06")).containsExactly("61");
        assertThat(RegionCodes.ancestorsOf("61")).isEmpty();
        assertThat(RegionCodes.pathOf("61.06.01")).containsExactly("61", "61.06", "61.06.01");
        assertThat(RegionCodes.parentOf("61.06.01.2001")).contains("61.06.01");
        assertThat(RegionCodes.parentOf("61")).isEmpty();
    }

    @Test
    void malformedCodesHaveNoAncestorsAndNoLevel() {
        for (String bad : new String[] {
            null,
            "",
            "6",
            "610",
            "6106",
            "61.6",
            "61.06.1",
            "61.06.01.201",
            "61-06",
            "x1",
            "61.06.01.20011",
            "61.06.01.2001.01",
            "61%",
            "61.0_"
        }) {
            assertThat(RegionCodes.isValid(bad)).as(bad).isFalse();
            assertThat(RegionCodes.ancestorsOf(bad)).as(bad).isEmpty();
            assertThat(RegionCodes.pathOf(bad)).as(bad).isEmpty();
            assertThat(RegionLevel.ofCode(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void levelFollowsCodeLength() {
        assertThat(RegionLevel.ofCode("61")).contains(RegionLevel.PROVINSI);
        assertThat(RegionLevel.ofCode("61.06")).contains(RegionLevel.KABUPATEN_KOTA);
        assertThat(RegionLevel.ofCode("61.06.01")).contains(RegionLevel.KECAMATAN);
        assertThat(RegionLevel.ofCode("61.06.01.2001")).contains(RegionLevel.DESA);
        assertThat(RegionCodes.atLevel("61.06.01.2001", RegionLevel.KABUPATEN_KOTA))
                .contains("61.06");
        assertThat(RegionCodes.atLevel("61", RegionLevel.KECAMATAN)).isEmpty();
    }

    @Test
    void withinMeansTheAreaItselfOrBelowItNeverASiblingWithTheSameDigits() {
        assertThat(RegionCodes.isWithin("61.06.01.2001", "61.06")).isTrue();
        assertThat(RegionCodes.isWithin("61.06", "61.06")).isTrue();
        assertThat(RegionCodes.isWithin("61.06", "61.06.01")).isFalse();
        assertThat(RegionCodes.isWithin("61.71", "61.7")).isFalse();
        assertThat(RegionCodes.isWithin("16.72", "61")).isFalse();
        assertThat(RegionCodes.isWithinAny("35.26.01", List.of("61", "35.26"))).isTrue();
        assertThat(RegionCodes.isWithinAny("35.26.01", List.of())).isFalse();
    }

    @Test
    void codesTypedAsOnAKtpAreDotted() {
        assertThat(RegionCodes.normalise("6106012001")).contains("61.06.01.2001");
        assertThat(RegionCodes.normalise("6106")).contains("61.06");
        assertThat(RegionCodes.normalise(" 610 ")).contains("61.0");
        assertThat(RegionCodes.normalise("61.06")).contains("61.06");
        assertThat(RegionCodes.normalise("61060120011")).isEmpty();
        assertThat(RegionCodes.normalise("kapuas")).isEmpty();
    }

    @Test
    void labelsCarryTheOfficialDesignations() {
        Region province = region("11", RegionLevel.PROVINSI, null, "Aceh");
        Region regency = region("11.01", RegionLevel.KABUPATEN_KOTA, RegionKind.KABUPATEN, "Kabupaten Aceh Selatan");
        Region district = region("11.01.01", RegionLevel.KECAMATAN, null, "Bakongan");
        Region village = region("11.01.01.2001", RegionLevel.DESA, RegionKind.DESA, "Keude Bakongan");
        assertThat(Region.labelOf(List.of(province, regency, district, village)))
                .isEqualTo("Desa Keude Bakongan, Kec. Bakongan, Kabupaten Aceh Selatan, Provinsi Aceh");
        assertThat(region("91.03.01.3001", RegionLevel.DESA, RegionKind.DESA_ADAT, "Desa Adat Yoboi")
                        .designatedName())
                .isEqualTo("Desa Adat Yoboi");
        assertThat(region("31.71.01.1001", RegionLevel.DESA, RegionKind.KELURAHAN, "Gambir")
                        .designatedName())
                .isEqualTo("Kelurahan Gambir");
    }

    private static Region region(String code, RegionLevel level, RegionKind kind, String name) {
        return new Region(code, null, level, kind, name, code.substring(0, 2), java.time.ZoneId.of("Asia/Jakarta"));
    }
}
