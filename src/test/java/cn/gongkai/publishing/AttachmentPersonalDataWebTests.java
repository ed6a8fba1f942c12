package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.WebTest;

/**
 * Issue 10 B.2: the personal-data gate (Regulations art. 15) reads the text of DOCX, XLSX and PDF
 * attachments; a finding blocks the submission, naming the attachment and the masked finding,
 * until the file is replaced by a redacted one or a reviewer confirms exactly those findings.
 */
@WebTest
class AttachmentPersonalDataWebTests {

    static final String ID = "11010519491231002X";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    long draftWith(String title, String fileName, byte[] file) {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft(title)).id();
        Api.Answer up = api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", fileName, file);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        return id;
    }

    Api.Answer submit(long id) {
        return api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
    }

    @Test
    void anIdNumberInADocxBlocksTheSubmissionNamingTheFileUntilAReviewerConfirms() throws IOException {
        long id = draftWith("附件个人信息：DOCX", "报名名单.docx", docx("报名人员：张三，身份证号" + ID + "。"));
        Api.Answer refused = submit(id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("PERSONAL_DATA_FOUND");
        assertThat(refused.text("detail")).contains("附件“报名名单.docx”", "身份证号", "110***********002X", "第十五条")
                .doesNotContain(ID);
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id).text("state")).isEqualTo("DRAFT");
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id + "/gates").body()).contains("报名名单.docx");
        assertThat(api.post("sat-office", "/api/v1/records/" + id + "/confirm-personal-data", null).status())
                .isEqualTo(200);
        assertThat(submit(id).text("state")).isEqualTo("OFFICE_REVIEW");
    }

    @Test
    void aMobileNumberInAnXlsxCellBlocksUntilTheFileIsReplacedByARedactedOne() throws IOException {
        long id = draftWith("附件个人信息：XLSX", "联系人.xlsx", xlsx("联系电话", "13812345678"));
        Api.Answer refused = submit(id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("附件“联系人.xlsx”", "手机号", "138****5678");
        long attachment = api.get("sat-drafter", "/api/v1/records/" + id).json().get("attachments").get(0).get("id")
                .asLong();
        assertThat(api.delete("sat-drafter", "/api/v1/records/" + id + "/attachments/" + attachment).status())
                .isBetween(200, 204);
        api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", "联系人.xlsx", xlsx("联系电话", "138****5678"));
        assertThat(submit(id).status()).isEqualTo(200);
    }

    @Test
    void aBankCardNumberAndAPersonalEmailInAPdfBlockTheSubmission() throws IOException {
        long id = draftWith("附件个人信息：PDF", "退税账户.pdf",
                pdf("Refund account: 4111 1111 1111 1111, contact li.si@163.com"));
        Api.Answer refused = submit(id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("附件“退税账户.pdf”", "银行卡号", "411*********1111", "电子邮箱",
                "l***@163.com").doesNotContain("li.si@163.com");
    }

    @Test
    void aConfirmationOfTheBodyDoesNotCoverAnAttachmentAddedAfterIt() throws IOException {
        java.util.Map<String, Object> body = Api.draft("附件个人信息：确认之后的新附件");
        body.put("body", "<p>咨询电话13912345678。</p>");
        long id = api.post("sat-drafter", "/api/v1/records", body).id();
        assertThat(api.post("sat-office", "/api/v1/records/" + id + "/confirm-personal-data", null).status())
                .isEqualTo(200);
        api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", "补充.docx", docx("经办人身份证" + ID));
        Api.Answer refused = submit(id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("附件“补充.docx”");
    }

    @Test
    void filesWithoutPersonalDataPass() throws IOException {
        long id = draftWith("附件无个人信息", "办税指南.docx", docx("纳税人可通过电子税务局办理，咨询电话12366。"));
        api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", "统计.xlsx", xlsx("2024年户数", "123456"));
        api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", "说明.pdf", pdf("Tax year 2024, 12366"));
        Api.Answer a = submit(id);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String header, String value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue(header);
            sheet.createRow(1).createCell(0).setCellValue(value);
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
