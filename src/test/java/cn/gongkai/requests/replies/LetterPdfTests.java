package cn.gongkai.requests.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import cn.gongkai.requests.dossier.RequestsSettings;

class LetterPdfTests {

    static RequestsSettings fonts(List<String> fonts) {
        return new RequestsSettings("on", "", 10, Duration.ofMinutes(6), 60, Duration.ofSeconds(1), fonts, 0.5,
                "http://localhost", "noreply@localhost", 30, 366, 365);
    }

    private static final String DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesChineseAndLatinTextThatCanBeReadBackAndWrapsLongParagraphs() throws Exception {
        LetterPdf pdf = new LetterPdf(fonts(List.of(DROID, DEJAVU)), new cn.gongkai.platform.PdfFonts(List.of()));
        String body = "告知书\n\n" + "本机关于2025年1月20日收到您的申请（查询码 7K3M-Q9XD-2F8H-WP4C）。".repeat(30)
                + "\n\n国家税务总局广东省税务局\n2025年3月20日";
        byte[] bytes = pdf.render("告知书", body, List.of(new LetterPdf.Attachment("统计.csv", "text/csv",
                "年度,户数\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        String text = text(bytes).replaceAll("\\s+", "");
        assertThat(text).contains("告知书", "2025年1月20日", "7K3M-Q9XD-2F8H-WP4C", "国家税务总局广东省税务局");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKey("统计.csv");
        }
    }

    @Test
    void withOnlyACjkFontDigitsAreDrawnFullWidthRatherThanLost() throws Exception {
        byte[] bytes = new LetterPdf(fonts(List.of(DROID)), new cn.gongkai.platform.PdfFonts(List.of())).render("t", "标题\n\n2025年\n\n机关", List.of());
        assertThat(text(bytes)).contains("２０２５年");
    }
}
