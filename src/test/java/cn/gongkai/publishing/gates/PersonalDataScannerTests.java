package cn.gongkai.publishing.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.publishing.gates.PersonalDataFinding.Kind;

class PersonalDataScannerTests {

    // GB 11643-1999 sample number with a valid check digit
    static final String ID = "11010519491231002X";

    @Test
    void findsAResidentIdWithAValidCheckDigitAndItsPosition() {
        String text = "申请人身份证号" + ID + "，住址略。";
        List<PersonalDataFinding> found = PersonalDataScanner.scan("body", text);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RESIDENT_ID);
            assertThat(f.start()).isEqualTo(7);
            assertThat(f.end()).isEqualTo(25);
            assertThat(f.masked()).isEqualTo("110***********002X");
        });
    }

    @Test
    void ignoresAnIdNumberWithAWrongCheckDigitOrImpossibleBirthDate() {
        assertThat(PersonalDataScanner.scan("body", "号码110105194912310021")).isEmpty();
        assertThat(PersonalDataScanner.scan("body", "号码110105194913310028")).isEmpty();
    }

    @Test
    void findsMobileNumbersAlsoGrouped() {
        assertThat(PersonalDataScanner.scan("body", "联系电话13812345678。")).extracting(PersonalDataFinding::kind)
                .containsExactly(Kind.MOBILE);
        assertThat(PersonalDataScanner.scan("body", "电话 138 1234 5678")).extracting(PersonalDataFinding::kind)
                .containsExactly(Kind.MOBILE);
        assertThat(PersonalDataScanner.scan("body", "纳税服务热线12366，编号213812345678")).isEmpty();
    }

    @Test
    void findsBankCardsPassingLuhnOnly() {
        assertThat(PersonalDataScanner.scan("body", "卡号4111111111111111，另 4111 1111 1111 1111"))
                .extracting(PersonalDataFinding::kind).containsExactly(Kind.BANK_CARD, Kind.BANK_CARD);
        assertThat(PersonalDataScanner.scan("body", "卡号4111111111111112")).isEmpty();
    }

    @Test
    void leavesDatesDocumentNumbersAndIndexNumbersAlone() {
        assertThat(PersonalDataScanner.scan("body",
                "2017-04-27 税总发〔2017〕44号 索引号000014349/2017-00110 统一社会信用代码111000000000143498")).isEmpty();
    }

    @Test
    void luhnAndCheckDigitArithmetic() {
        assertThat(PersonalDataScanner.luhn("79927398713")).isTrue();
        assertThat(PersonalDataScanner.luhn("79927398710")).isFalse();
        assertThat(PersonalDataScanner.isResidentId(ID)).isTrue();
        assertThat(PersonalDataScanner.isResidentId("110105194912310020")).isFalse();
    }

    // issue 10 B.2: personal e-mail addresses are personal data; an organ's published .gov.cn contact is not
    @Test
    void findsPersonalEmailAddressesButNotGovernmentContacts() {
        List<PersonalDataFinding> found = PersonalDataScanner.scan("body",
                "联系人邮箱zhang.san@qq.com，公开办邮箱gongkai@chinatax.gov.cn。");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.EMAIL);
            assertThat(f.value()).isEqualTo("zhang.san@qq.com");
            assertThat(f.start()).isEqualTo(5);
            assertThat(f.masked()).isEqualTo("z***@qq.com");
        });
        assertThat(PersonalDataScanner.scan("body", "见 https://www.chinatax.gov.cn 与 @某账号")).isEmpty();
    }
}
