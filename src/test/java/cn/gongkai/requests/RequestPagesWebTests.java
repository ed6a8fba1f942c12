package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import cn.gongkai.support.WebTest;

/**
 * What an applicant sees (SPEC M5, issue 10 C.1/C.2): every error beside its field and linked to it,
 * every required field marked (in words and for assistive technology), the receipt and the
 * tracking page repeating what was asked for (never the applicant's own data), and the form and
 * the tracking page reachable from the home page and the openness column.
 */
@WebTest
@Import(RequestsTestConfig.class)
class RequestPagesWebTests {

    @LocalServerPort
    int port;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
    }

    @Test
    void anEmptyApplicationShowsEachErrorBesideItsFieldAndLinksItForAssistiveTechnology() {
        Map<String, String> fields = new HashMap<>();
        fields.put("applicantType", "NATURAL_PERSON");
        fields.put("email", "not-an-address");
        fields.put("delivery", "EMAIL");
        HttpResponse<String> refused = http.postForm("/requests/new", "/sites/sat/requests", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        for (String field : List.of("name", "idNumber", "phone", "email", "description", "form")) {
            Element error = page.getElementById(field + "-error");
            assertThat(error).as(field + ": the error beside the field").isNotNull();
            assertThat(error.text()).as(field + ": the error beside the field").isNotBlank();
            assertThat(page.select("#error-summary a[href='#" + field + "']")).as(field + " in the summary").hasSize(1);
        }
        for (String field : List.of("name", "idNumber", "phone", "email", "description")) {
            Element input = page.getElementById(field);
            assertThat(input.attr("aria-describedby")).as(field).contains(field + "-error");
            assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
        }
        assertThat(page.getElementById("email-error").text()).contains("电子邮箱格式不正确");
        assertThat(page.select("fieldset.choices").get(1).attr("aria-describedby")).isEqualTo("form-error");
    }

    @Test
    void everyRequiredFieldIsMarkedInWordsAndForAssistiveTechnology() {
        Document page = Jsoup.parse(http.get("/requests/new", null).body());
        for (String field : List.of("name", "idNumber", "phone", "description")) {
            Element input = page.getElementById(field);
            assertThat(input.hasAttr("required")).as(field).isTrue();
            assertThat(input.attr("aria-required")).as(field).isEqualTo("true");
            assertThat(page.select("label[for=" + field + "] .required").text()).as(field).startsWith("*");
        }
        for (String field : List.of("email", "address", "creditCode")) {
            assertThat(page.getElementById(field).hasAttr("required")).as(field + " is not required for this choice").isFalse();
            assertThat(page.select("label[for=" + field + "] .required").text()).as(field).contains("必填");
        }
        for (Element group : page.select("fieldset.choices")) {
            assertThat(group.attr("aria-required")).isEqualTo("true");
            assertThat(group.select("legend .required").text()).startsWith("*");
        }
    }

    @Test
    void theReceiptAndTheTrackingPageRepeatWhatWasAskedForWithoutTheApplicantsData() {
        Map<String, Object> app = RequestApplicationWebTests.application("sat",
                "请提供王小明所在行业2025年度增值税留抵退税政策执行情况的统计表");
        app.put("form", "PAPER");
        app.put("delivery", "POST");
        HttpResponse<String> applied = http.postJson("/api/v1/public/requests", app, null);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String code = RequestsHttp.json(applied).get("trackingCode").asString().replace("-", "");
        for (String path : List.of("/requests/receipt/" + code, "/requests/track/" + code)) {
            Document page = Jsoup.parse(http.get(path, null).body());
            assertThat(page.getElementById("requested-description").text()).as(path)
                    .isEqualTo("请提供***所在行业2025年度增值税留抵退税政策执行情况的统计表");
            assertThat(page.getElementById("requested-form").text()).as(path).isEqualTo("纸质");
            assertThat(page.getElementById("requested-delivery").text()).as(path).isEqualTo("邮寄");
            assertThat(page.body().text()).as(path).doesNotContain(RequestApplicationWebTests.NAME,
                    RequestApplicationWebTests.ID, RequestApplicationWebTests.PHONE, RequestApplicationWebTests.ADDRESS);
        }
    }

    @Test
    void theHomePageAndTheOpennessColumnLinkToTheFormAndTheTrackingPage() {
        for (String path : List.of("/", "/openness")) {
            Document page = Jsoup.parse(http.get(path, null).body());
            assertThat(page.select("main a[href='/requests/new']")).as(path).isNotEmpty();
            assertThat(page.select("main a[href='/requests/track']")).as(path).isNotEmpty();
        }
        for (String path : List.of("/sites/guangdong/", "/sites/guangdong/openness")) {
            Document page = Jsoup.parse(http.get(path, null).body());
            assertThat(page.select("main a[href='/sites/guangdong/requests/new']")).as(path).isNotEmpty();
            assertThat(page.select("main a[href='/requests/track']")).as(path).isNotEmpty();
        }
    }
}
