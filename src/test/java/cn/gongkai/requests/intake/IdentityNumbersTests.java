package cn.gongkai.requests.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentityNumbersTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void acceptsTheStandardsExampleResidentIdNumber() {
        // GB 11643-1999 appendix example: check character X from ISO 7064 MOD 11-2
        assertThat(IdentityNumbers.isResidentIdNumber("11010519491231002X", TODAY)).isTrue();
        assertThat(IdentityNumbers.isResidentIdNumber("440106199003071231", TODAY)).isTrue();
    }

    @Test
    void refusesAResidentIdNumberWithAWrongCheckDigit() {
        assertThat(IdentityNumbers.isResidentIdNumber("110105194912310021", TODAY)).isFalse();
        assertThat(IdentityNumbers.isResidentIdNumber("440106199003071232", TODAY)).isFalse();
    }

    @Test
    void refusesAResidentIdNumberWithAnImpossibleOrFutureBirthDate() {
        String feb30 = "4401061990023012";
        assertThat(IdentityNumbers.isResidentIdNumber(feb30 + "3" + IdentityNumbers.residentIdCheck(feb30 + "3"),
                TODAY)).isFalse();
        String future = "4401062030010112";
        assertThat(IdentityNumbers.isResidentIdNumber(future + "3" + IdentityNumbers.residentIdCheck(future + "3"),
                TODAY)).isFalse();
    }

    @Test
    void refusesResidentIdNumbersOfTheWrongShape() {
        assertThat(IdentityNumbers.isResidentIdNumber("1101051949123100", TODAY)).isFalse();
        assertThat(IdentityNumbers.isResidentIdNumber("11010519491231002Y", TODAY)).isFalse();
        assertThat(IdentityNumbers.isResidentIdNumber(null, TODAY)).isFalse();
    }

    @Test
    void acceptsValidUnifiedSocialCreditCodes() {
        // GB 32100-2015: check = 31 - (Σ w·v mod 31), over the 31 characters without I, O, Z, S, V
        assertThat(IdentityNumbers.isCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdentityNumbers.isCreditCode("12100000400000624D")).isTrue();
    }

    @Test
    void refusesCreditCodesWithAWrongCheckCharacterOrForbiddenLetters() {
        assertThat(IdentityNumbers.isCreditCode("91350100M000100Y44")).isFalse();
        assertThat(IdentityNumbers.isCreditCode("91350100M0001O0Y43")).isFalse();
        assertThat(IdentityNumbers.isCreditCode("9135010")).isFalse();
    }

    @Test
    void normalizesCaseSpacesAndFullWidthCharacters() {
        assertThat(IdentityNumbers.normalize(" １１０１０５１９４９１２３１００２ｘ ")).isEqualTo("11010519491231002X");
    }
}
