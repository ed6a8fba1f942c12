package cn.gongkai.registers.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 and GB 11643-1999 check characters. */
class CheckDigitsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void acceptsRealWorldCreditCodes() {
        // published codes of well-known companies (business licences shown on their websites)
        assertThat(CreditCode.flaw("914403001922038216")).isNull();
        assertThat(CreditCode.flaw("9144030071526726XG")).isNull();
        assertThat(CreditCode.flaw("91330100799655058B")).isNull();
    }

    @Test
    void checkCharacterThirtyOneIsWrittenAsZero() {
        // find a 17-character body whose weighted sum is ≡ 0 mod 31: its check character is '0'
        String body = "91440101MA5" + "00000";
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            if (CreditCode.checkCharacter(body + c) == '0') {
                assertThat(CreditCode.isValid(body + c + "0")).isTrue();
                return;
            }
        }
        throw new AssertionError("no body with check character 0");
    }

    @Test
    void refusesAChangedCharacterOrTheExcludedLetters() {
        assertThat(CreditCode.flaw("914403001922038217")).isEqualTo(CreditCode.Flaw.CHECK_DIGIT);
        assertThat(CreditCode.flaw("914403001922038261")).isEqualTo(CreditCode.Flaw.CHECK_DIGIT);
        assertThat(CreditCode.flaw("9144030071526726XI")).isEqualTo(CreditCode.Flaw.FORMAT);
        assertThat(CreditCode.flaw("9144030O71526726XG")).isEqualTo(CreditCode.Flaw.FORMAT);
        assertThat(CreditCode.flaw("91A403001922038216")).isEqualTo(CreditCode.Flaw.FORMAT);
        assertThat(CreditCode.flaw("91440300192203821")).isEqualTo(CreditCode.Flaw.FORMAT);
        assertThat(CreditCode.normalize(" ９１４４０３００１９２２０３８２１６ ")).isEqualTo("914403001922038216");
    }

    @Test
    void acceptsTheStandardsExampleIdNumber() {
        // GB 11643-1999 annex: 11010519491231002X
        assertThat(ResidentIdNumber.flaw("11010519491231002X", TODAY)).isNull();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void refusesWrongCheckBirthDateAndLegacyNumbers() {
        assertThat(ResidentIdNumber.flaw("110105194912310021", TODAY)).isEqualTo(ResidentIdNumber.Flaw.CHECK_DIGIT);
        assertThat(ResidentIdNumber.flaw("110105194902300020", TODAY)).isEqualTo(ResidentIdNumber.Flaw.BIRTH_DATE);
        assertThat(ResidentIdNumber.flaw("110105203001010020", TODAY)).isEqualTo(ResidentIdNumber.Flaw.BIRTH_DATE);
        assertThat(ResidentIdNumber.flaw("110105491231002", TODAY)).isEqualTo(ResidentIdNumber.Flaw.LEGACY_15);
        assertThat(ResidentIdNumber.flaw("11010519491231002Y", TODAY)).isEqualTo(ResidentIdNumber.Flaw.FORMAT);
    }
}
