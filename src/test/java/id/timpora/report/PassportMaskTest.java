package id.timpora.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassportMaskTest {

    @Test
    void keepsTheFirstThreeAndLastTwoCharactersOfAUsualNumber() {
        assertThat(PassportMask.mask("A12345689")).isEqualTo("A12••••89");
        assertThat(PassportMask.mask("E12345678")).isEqualTo("E12••••78");
        assertThat(PassportMask.mask("AB1234567890")).isEqualTo("AB1•••••••90");
    }

    @Test
    void showsLessOfShortNumbersAndNothingOfVeryShortOnes() {
        assertThat(PassportMask.mask("1234567")).isEqualTo("1•••••7");
        assertThat(PassportMask.mask("1234")).isEqualTo("••••");
        assertThat(PassportMask.mask(null)).isNull();
        assertThat(PassportMask.mask("")).isEmpty();
    }
}
