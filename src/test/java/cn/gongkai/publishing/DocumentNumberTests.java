package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumberTests {

    @Test
    void keepsACanonicalNumberWithoutWarnings() {
        DocumentNumber.Parsed p = DocumentNumber.parse("税总发〔2017〕44号");
        assertThat(p.number()).get().hasToString("税总发〔2017〕44号");
        assertThat(p.number().get().form()).isEqualTo(DocumentNumber.Form.STANDARD);
        assertThat(p.number().get().year()).isEqualTo(2017);
        assertThat(p.number().get().serial()).isEqualTo(44);
        assertThat(p.warnings()).isEmpty();
    }

    // GB/T 9704-2012 7.2.4: the year is enclosed in hexagonal brackets 〔〕
    @Test
    void normalizesSquareLenticularAndRoundBracketsWithAWarning() {
        for (String variant : new String[] { "税总发[2017]44号", "税总发【2017】44号", "税总发(2017)44号", "税总发（2017）44号" }) {
            DocumentNumber.Parsed p = DocumentNumber.parse(variant);
            assertThat(p.number()).as(variant).get().hasToString("税总发〔2017〕44号");
            assertThat(p.warnings()).as(variant).extracting(DocumentNumber.Warning::messageKey)
                    .containsExactly("publishing.documentNumber.brackets");
        }
    }

    @Test
    void dropsLeadingZerosAndAStrayDiWithWarnings() {
        DocumentNumber.Parsed p = DocumentNumber.parse(" 税总函〔2018〕第 007号 ");
        assertThat(p.number()).get().hasToString("税总函〔2018〕7号");
        assertThat(p.warnings()).extracting(DocumentNumber.Warning::messageKey)
                .containsExactly("publishing.documentNumber.di", "publishing.documentNumber.leadingZeros");
    }

    @Test
    void understandsTheAnnouncementForm() {
        DocumentNumber.Parsed p = DocumentNumber.parse("国家税务总局公告2018年第31号");
        assertThat(p.number()).get().hasToString("国家税务总局公告2018年第31号");
        assertThat(p.number().get().form()).isEqualTo(DocumentNumber.Form.ANNOUNCEMENT);
        assertThat(p.number().get().issuer()).isEqualTo("国家税务总局公告");
        assertThat(DocumentNumber.parse("财政部 税务总局公告2019年第39号").number()).get()
                .hasToString("财政部 税务总局公告2019年第39号");
    }

    @Test
    void understandsOrdersAndFullWidthDigits() {
        assertThat(DocumentNumber.parse("国家税务总局令第44号").number()).get().hasToString("国家税务总局令第44号");
        assertThat(DocumentNumber.parse("税总发〔２０１７〕４４号").number()).get().hasToString("税总发〔2017〕44号");
    }

    @Test
    void refusesTextThatIsNoDocumentNumber() {
        assertThat(DocumentNumber.parse("44号文件").number()).isEmpty();
        assertThat(DocumentNumber.parse("税总发〔17〕44号").number()).isEmpty();
        assertThat(DocumentNumber.parse("税总发〔2017〕0号").number()).isEmpty();
        assertThat(DocumentNumber.parse("<script>").number()).isEmpty();
        assertThat(DocumentNumber.parse("  ").number()).isEmpty();
    }
}
