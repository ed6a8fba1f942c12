package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * The openness guide states the openness office (Regulations art. 12: address, hours, phone, fax,
 * postal address, internet channel) from each organ's configuration, editable in the console, and
 * offers a generated paper application form.
 */
@WebTest
class OpennessGuideWebTests {

    @LocalServerPort
    int port;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    @Test
    void theGuideOfTheDemoOrganStatesItsOpennessOfficeAndOffersThePaperForm() throws Exception {
        Document guide = http.page("/sites/guangdong-guangzhou/openness/guide");
        String office = guide.select("#openness-office").text();
        assertThat(office).contains("国家税务总局广州市税务局办公室", "广州市越秀区解放南路123号", "工作日上午9:00",
                "020-12366100", "传真号码 无", "510120", "在线申请");
        assertThat(guide.text()).contains("第十二条");
        String formUrl = guide.select("#application-form-link").attr("href");
        assertThat(formUrl).isEqualTo("/sites/guangdong-guangzhou/openness/application-form.docx");
        HttpResponse<byte[]> docx = http.bytes(formUrl);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("国家税务总局广州市税务局政府信息公开申请表", "第二十九条", "身份证明文件种类",
                    "护照", "港澳居民来往内地通行证", "外国人永久居留身份证", "统一社会信用代码", "所需政府信息的名称、文号",
                    "获取方式", "签名或者盖章", "广州市越秀区解放南路123号", "510120", "020-12366100");
        }
    }

    @Test
    void theOrgansOfficeReviewerEditsTheOfficeAndTheGuideShowsItAtOnce() {
        http.page("/sites/guangdong/openness/guide");
        ConsoleSession office = ConsoleSession.login(http.base(), "gd-office", "Demo-Passw0rd!");
        String page = "/console/organs/guangdong/openness-office";
        assertThat(office.get("/console/openness-office").raw().headers().firstValue("Location").orElseThrow())
                .endsWith(page);
        Map<String, String> fields = Map.of("officeName", "国家税务总局广东省税务局办公室", "address", "广州市天河区珠江新城珠江西路2号",
                "hours", "工作日9:00—17:00", "phone", "020-88886666", "fax", "", "postalAddress", "广州市天河区珠江西路2号",
                "postcode", "51062", "internet", "网站在线申请");
        ApiClient.Response bad = office.form(page, page, body(fields));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"postcode-error\"", "邮政编码须为6位数字");
        assertThat(http.page("/sites/guangdong/openness/guide").select("#openness-office").text())
                .doesNotContain("020-88886666");
        Map<String, String> good = new java.util.HashMap<>(fields);
        good.put("postcode", "510623");
        assertThat(office.form(page, page, body(good)).status()).isEqualTo(302);
        String shown = http.page("/sites/guangdong/openness/guide").select("#openness-office").text();
        assertThat(shown).contains("020-88886666", "工作日9:00—17:00");
        assertThat(ConsoleSession.login(http.base(), "gd-drafter", "Demo-Passw0rd!").get(page).status()).isEqualTo(403);
        assertThat(ConsoleSession.login(http.base(), "gd-office", "Demo-Passw0rd!")
                .get("/console/organs/sat/openness-office").status()).isEqualTo(404);
    }

    private static String body(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
