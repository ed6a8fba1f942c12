package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;
import cn.gongkai.requests.clock.DailySweep;
import cn.gongkai.requests.intake.IdentityNumbers;

/**
 * Letters through real HTTP, read back with PDFBox: the remedies of the 2023 Administrative
 * Reconsideration Law (reconsideration first for 不予公开, the reconsideration organ from the organ
 * tree, the periods), seal place, closure letters, the written fee notice, and no personal data
 * in the public letter (issue 10 B.1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class ReplyLetterWebTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    DailySweep sweep;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
        today("2025-04-01");
    }

    void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    String apply(String organ, String description) {
        HttpResponse<String> r = http.postJson("/api/v1/public/requests",
                RequestApplicationWebTests.application(organ, description), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RequestsHttp.json(r).get("trackingCode").asString();
    }

    long idOf(String code, String token) {
        for (JsonNode row : RequestsHttp.json(http.get("/api/v1/requests?state=ALL", token)).get("rows")) {
            if (row.get("trackingCode").asString().equals(code)) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("not in queue: " + code);
    }

    /** The text of a PDF, NFKC-folded (full-width digits count as digits) and without white space. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC).replaceAll("\\s+", "");
        }
    }

    String publicLetter(String code) throws Exception {
        JsonNode view = RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null));
        assertThat(view.get("letterUrl").isNull()).as(view.toString()).isFalse();
        HttpResponse<byte[]> pdf = http.getBytes(view.get("letterUrl").asString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdfText(pdf.body());
    }

    @Test
    void theReplyLetterNeverCarriesThePersonalDataStaffTypedIntoIt() throws Exception {
        String code = apply("guangdong", "2024年广东省个人所得税汇算清缴退税统计");
        String token = http.token("gd-office");
        long id = idOf(code, token);
        String typed = "经核实，申请人" + RequestApplicationWebTests.NAME + "（身份证号" + RequestApplicationWebTests.ID
                + "，电话" + RequestApplicationWebTests.PHONE + "，邮箱" + RequestApplicationWebTests.EMAIL + "，住址"
                + RequestApplicationWebTests.ADDRESS + "）所需统计表见附件说明。";
        HttpResponse<String> replied = http.postJson("/api/v1/requests/" + id + "/reply",
                Map.of("replyClass", "DISCLOSED", "replyText", typed), token);
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        String text = publicLetter(code);
        assertThat(text).contains("经核实,申请人***", "所需统计表见附件说明");
        assertThat(text).doesNotContain(RequestApplicationWebTests.NAME, RequestApplicationWebTests.ID,
                RequestApplicationWebTests.PHONE, RequestApplicationWebTests.EMAIL, RequestApplicationWebTests.ADDRESS,
                "珠江新城");
    }

    @Test
    void aRefusalOfTheProvincialBureauNamesTheSatAndRequiresReconsiderationFirst() throws Exception {
        String code = apply("guangdong", "广东省税务局2024年内部绩效考核细则");
        today("2025-04-10");
        String token = http.token("gd-office");
        long id = idOf(code, token);
        assertThat(http.postJson("/api/v1/requests/" + id + "/reply", Map.of("replyClass", "NOT_DISCLOSED",
                "replyReason", "INTERNAL_AFFAIRS"), token).statusCode()).isEqualTo(200);
        String text = publicLetter(code);
        // art. 23(1)(4): reconsideration first, then litigation; no direct suit offered
        assertThat(text).contains("应当先申请行政复议", "第二十三条第一款第(四)项", "六十日", "第二十条第一款",
                "向国家税务总局申请行政复议", "第二十七条", "十五日", "第四十五条", "第二十二条");
        assertThat(text).doesNotContain("六个月", "直接向人民法院");
        assertThat(text).contains("国家税务总局广东省税务局(盖章处)2025年4月10日");
    }

    @Test
    void aReplyOfACountyBureauNamesTheMunicipalBureauAndLetsTheApplicantSueDirectly() throws Exception {
        String code = apply("guangdong-guangzhou-tianhe", "天河区税务局2024年办税服务厅排队时长统计");
        String token = http.token("sat-office");
        long id = idOf(code, token);
        assertThat(http.postJson("/api/v1/requests/" + id + "/reply", Map.of("replyClass", "UNABLE_TO_PROVIDE",
                "replyReason", "NOT_HELD"), token).statusCode()).isEqualTo(200);
        String text = publicLetter(code);
        assertThat(text).contains("向国家税务总局广州市税务局申请行政复议", "第二十七条", "六十日", "十五日",
                "也可以自收到本告知书之日起六个月内", "第四十六条第一款", "直接向人民法院提起行政诉讼", "盖章处",
                "国家税务总局广州市天河区税务局");
        assertThat(text).doesNotContain("应当先申请行政复议", "国务院申请裁决");
    }

    @Test
    void theSatsOwnRefusalNamesTheSatItselfAndTheStateCouncilRuling() throws Exception {
        String code = apply("sat", "国家税务总局2024年内部会议纪要");
        String token = http.token("sat-handler");
        long id = idOf(code, token);
        assertThat(http.postJson("/api/v1/requests/" + id + "/reply", Map.of("replyClass", "NOT_DISCLOSED",
                "replyReason", "PROCESS_INFORMATION"), token).statusCode()).isEqualTo(200);
        String text = publicLetter(code);
        assertThat(text).contains("应当先申请行政复议", "向国家税务总局申请行政复议", "第二十五条第(一)项", "国务院申请裁决",
                "第二十六条");
        assertThat(text).doesNotContain("第二十七条");
    }

    @Test
    void aRequestClosedForNoCorrectionGetsALetterWithItsDatesAndRemedies() throws Exception {
        today("2025-03-03");
        String code = apply("guangdong", "某某税务所的内部考核办法");
        String token = http.token("gd-office");
        long id = idOf(code, token);
        http.postJson("/api/v1/requests/" + id + "/correction-notice", Map.of("items", "请写明税务所名称", "days", 5),
                token);
        today("2025-03-11");
        sweep.closeLapsed();
        String text = publicLetter(code);
        assertThat(text).contains("2025年3月3日告知您补正申请", "补正期限至2025年3月10日届满", "视为放弃申请",
                "不再处理", "向国家税务总局申请行政复议", "六个月", "盖章处", "2025年3月11日");
    }

    @Test
    void aWrittenFeeNoticeStatesBasisCalculationAmountAndHowToPay() throws Exception {
        today("2025-05-06");
        String code = apply("guangdong", "广东省2020年至2024年全部税务行政处罚决定书");
        String token = http.token("gd-office");
        long id = idOf(code, token);
        JsonNode noticed = RequestsHttp.json(http.postJson("/api/v1/requests/" + id + "/fee-notice",
                Map.of("basis", "PER_PAGE", "pages", 150), token));
        String payBy = noticed.get("fee").get("payBy").asString();
        LocalDate pay = LocalDate.parse(payBy);
        JsonNode view = RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null));
        assertThat(view.get("feeNoticeUrl").asString()).endsWith("/fee-notice.pdf");
        HttpResponse<byte[]> pdf = http.getBytes(view.get("feeNoticeUrl").asString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text).contains("收费通知", "第四十二条", "国办函〔2020〕109号", "第三条、第五条", "按量", "共150页",
                "第31—100页共70页×10元/页=700元", "第101—200页共50页×20元/页=1000元", "1700元",
                "请于" + pay.getYear() + "年" + pay.getMonthValue() + "月" + pay.getDayOfMonth() + "日前", "非税收入",
                "视为放弃申请", "盖章处", "2025年5月6日");
        assertThat(text).doesNotContain(RequestApplicationWebTests.NAME, RequestApplicationWebTests.ID);
        // staff fetch the same notice from the request's files
        JsonNode staffView = RequestsHttp.json(http.get("/api/v1/requests/" + id, token));
        long fileId = 0;
        for (JsonNode f : staffView.get("files")) {
            if (f.get("purpose").asString().equals("FEE_NOTICE")) {
                fileId = f.get("id").asLong();
            }
        }
        HttpResponse<String> staffPdf = http.get("/api/v1/requests/" + id + "/files/" + fileId, token);
        assertThat(staffPdf.statusCode()).isEqualTo(200);
        assertThat(staffPdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(http.get("/api/v1/requests/" + id + "/files/" + fileId, http.token("sat-handler")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPerApplicationFeeNoticeNamesTheBandAndTheCountOfTheMonth() throws Exception {
        today("2025-06-09");
        Map<String, Object> app = RequestApplicationWebTests.application("guangdong", "某项统计数据");
        app.put("idNumber", "44010619900101002" + IdentityNumbers.residentIdCheck("44010619900101002"));
        String code = null;
        for (int i = 1; i <= 11; i++) {
            app.put("description", "第" + i + "项：2024年某税种入库统计");
            code = RequestsHttp.json(http.postJson("/api/v1/public/requests", app, null)).get("trackingCode").asString();
        }
        String token = http.token("gd-office");
        long id = idOf(code, token);
        http.postJson("/api/v1/requests/" + id + "/fee-notice", Map.of("basis", "PER_APPLICATION"), token);
        String text = pdfText(http.getBytes(RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null))
                .get("feeNoticeUrl").asString()).body());
        assertThat(text).contains("第三条、第四条", "按件", "2025年6月", "第11件", "11—30件(含30件)的部分:100元/件", "计100元",
                "合计人民币100元");
    }
}
