package id.timpora.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.ReportScope;
import id.timpora.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class JurisdictionServiceTest extends IntegrationTest {

    @Autowired
    JurisdictionService jurisdictions;

    @Autowired
    JdbcClient jdbcClient;

    @Test
    void aProvinceAgencySeesTheWholeProvinceAndNothingElse() {
        Jurisdiction kalbar = jurisdictions.ofAgency(agencies.create("KESBANGPOL", "PROVINSI", "61"));

        assertThat(kalbar.covers("61")).isTrue();
        assertThat(kalbar.covers("61.06")).isTrue();
        assertThat(kalbar.covers("61.06.01.2001")).isTrue();
        assertThat(kalbar.covers("62.13")).isFalse();
        assertThat(kalbar.covers("16.72")).isFalse();
        assertThat(villagesIn(kalbar)).isEqualTo(villagesUnder("61"));
    }

    @Test
    void aKabupatenAgencySeesOnlyItsKabupaten() {
        Jurisdiction kapuasHulu = jurisdictions.ofAgency(agencies.create("POLRI", "KABUPATEN_KOTA", "61.06"));

        assertThat(kapuasHulu.covers("61.06.01")).isTrue();
        assertThat(kapuasHulu.covers("61.07.01")).isFalse();
        assertThat(kapuasHulu.covers("61")).isFalse();
        assertThat(villagesIn(kapuasHulu)).isEqualTo(villagesUnder("61.06")).isPositive();
    }

    @Test
    void aKantorImigrasiCoveringSeveralKabupatenSeesAllOfThem() {
        Jurisdiction kanim = jurisdictions.ofAgency(agencies.create("IMIGRASI", "KABUPATEN_KOTA", "61.06", "61.05"));

        assertThat(kanim.covers("61.06.02.2003")).isTrue();
        assertThat(kanim.covers("61.05.01")).isTrue();
        assertThat(kanim.covers("61.71")).isFalse();
        assertThat(kanim.codesOfLength(5)).containsExactly("61.05", "61.06");
        assertThat(villagesIn(kanim)).isEqualTo(villagesUnder("61.06") + villagesUnder("61.05"));
    }

    @Test
    void aNationalAgencySeesEverything() {
        Jurisdiction pusat = jurisdictions.ofAgency(agencies.create("IMIGRASI", "PUSAT"));

        assertThat(pusat.national()).isTrue();
        assertThat(pusat.covers("96.01.01.2001")).isTrue();
        assertThat(villagesIn(pusat)).isEqualTo(83_762);
    }

    @Test
    void noAgencyOrAnInactiveOneSeesNothing() {
        long agency = agencies.create("KESBANGPOL", "PROVINSI", "35");
        jdbc.update("update agency set active = false where id = ?", agency);

        assertThat(jurisdictions.ofAgency(agency).isEmpty()).isTrue();
        assertThat(jurisdictions.ofAgency(null).covers("35")).isFalse();
        assertThat(villagesIn(jurisdictions.ofAgency(agency))).isZero();
    }

    @Test
    void aPrefixNeverMatchesASibling() {
        Jurisdiction district = new Jurisdiction(false, java.util.Set.of("61.06.01"));

        assertThat(district.covers("61.06.01.2001")).isTrue();
        assertThat(district.covers("61.06.010")).isFalse();
        assertThat(district.covers("61.06.11")).isFalse();
    }

    /**
     * The SQL form of the jurisdiction (the condition every report query uses) must select exactly what covers()
     * accepts; villages stand in for reports, with their ancestor codes derived as the report table stores them.
     */
    private int villagesIn(Jurisdiction jurisdiction) {
        return SqlFragment.of("select count(*) from (select province_code, substr(code, 1, 5) as regency_code,"
                        + " substr(code, 1, 8) as district_code from region where level = 'DESA') v where ")
                .plus(ReportScope.of(jurisdiction).sql("v"))
                .on(jdbcClient)
                .query(Integer.class)
                .single();
    }

    private int villagesUnder(String code) {
        return jdbc.queryForObject(
                "select count(*) from region where level = 'DESA' and code like ?", Integer.class, code + ".%");
    }
}
