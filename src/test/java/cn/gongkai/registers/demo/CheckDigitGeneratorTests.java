package cn.gongkai.registers.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The demo's generator reproduces published identifiers and the standards' own examples. */
class CheckDigitGeneratorTests {

    @Test
    void creditCodesOfWellKnownCompaniesAreReproducedFromTheirFirstSeventeenCharacters() {
        // 华为技术有限公司 and 深圳市腾讯计算机系统有限公司, as printed on their business licences
        assertThat(CheckDigits.creditCode("91440300192203821")).isEqualTo("914403001922038216");
        assertThat(CheckDigits.creditCode("91440300708461136")).isEqualTo("91440300708461136T");
    }

    @Test
    void theOrganizationCodeInsideACreditCodeGetsItsGb11714CheckCharacter() {
        assertThat(CheckDigits.organizationCode("19220382")).isEqualTo("192203821");
        assertThat(CheckDigits.organizationCode("70846113")).isEqualTo("708461136");
    }

    @Test
    void idNumbersGetTheGb11643CheckCharacterIncludingX() {
        // the examples of GB 11643-1999 itself
        assertThat(CheckDigits.idNumber("11010519491231002")).isEqualTo("11010519491231002X");
        assertThat(CheckDigits.idNumber("44052418800101001")).isEqualTo("440524188001010014");
    }

    @Test
    void charactersOutsideTheCreditCodeAlphabetAreRefused() {
        assertThatThrownBy(() -> CheckDigits.creditCode("9144030019220382I")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckDigits.idNumber("4405241880010100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedPeopleAndCompaniesAreDistinctAndDeterministic() {
        DemoPeople a = new DemoPeople();
        DemoPeople b = new DemoPeople();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            DemoPeople.Company x = a.company(a.district(i));
            codes.add(x.creditCode());
            assertThat(b.company(b.district(i))).isEqualTo(x);
            assertThat(x.creditCode()).matches("9144\\d{4}MA5[0-9A-HJ-NP-RTUW-Y]{7}");
            assertThat(x.legalRep().idNumber()).startsWith(a.district(i).division()).hasSize(18);
            assertThat(x.address()).startsWith("广东省" + a.district(i).place());
        }
        assertThat(codes).as("forty different companies").hasSize(40);
    }
}
