package cn.gongkai.registers.rows;

import static cn.gongkai.registers.rows.RowFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/** The public register pages (masked values only, phone layout, cache invalidated by changes) and the staff console. */
@WebTest
class RegisterPagesWebTests {

    private static int numbers = 5000;

    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String number() {
        return "粤税许准字〔2026〕页" + (++numbers) + "号";
    }

    private long published(Map<String, String> values) {
        ApiClient.Response r = new ApiClient(port).as("gd-publisher").post("/api/v1/registers/licensing-decisions/rows",
                body(Map.of("values", values, "publish", true)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theIndexListsTheRegistersAndThePortalMenuLinksIt() {
        Document page = new ApiClient(port).page("/registers");
        assertThat(page.select("h1").text()).isEqualTo("公开事项");
        assertThat(page.select("a[href=/registers/licensing-decisions]").text()).isEqualTo("行政许可决定公示");
        assertThat(page.select("nav.site-nav a[href=/registers]")).isNotEmpty();
        assertThat(new ApiClient(port).get("/api/v1/public/registers").json().get("items").findValuesAsString("code"))
                .contains("licensing-decisions");
    }

    @Test
    void aRegisterListShowsMaskedRowsAndFindsThemByTextAndOrgan() {
        Map<String, String> values = RowFixture.licence(number(), "2026-11-03", "guangdong");
        long id = published(values);
        ApiClient anonymous = new ApiClient(port);
        String path = "/registers/licensing-decisions?q=" + enc(values.get("documentNumber"));
        String html = anonymous.text(path);
        assertThat(html).doesNotContain("张三丰", values.get("idNumber"), "13812345678");
        Document page = Jsoup.parse(html);
        assertThat(page.select("table.responsive tbody tr")).hasSize(1);
        assertThat(page.select("table.responsive td[data-label=行政相对人名称]").text()).startsWith("张").doesNotContain("三丰");
        assertThat(page.select("a[href=/registers/licensing-decisions/rows/" + id + "]")).hasSize(1);
        assertThat(anonymous.page(path + "&organ=guangdong").select("table.responsive tbody tr")).hasSize(1);
        assertThat(anonymous.page(path + "&organ=beijing").select("table.responsive tbody tr")).isEmpty();
        assertThat(anonymous.status("/registers/licensing-decisions?organ=no-such-organ")).isEqualTo(400);
        assertThat(anonymous.status("/registers/no-such-register")).isEqualTo(404);
    }

    @Test
    void aRowPageShowsThePublicFieldsAndItsCorrectionsWithReasons() {
        Map<String, String> values = RowFixture.companyLicence(number(), "2026-11-03", "guangdong");
        long id = published(values);
        values.put("content", "准予最高开票限额一千万元");
        assertThat(new ApiClient(port).as("gd-office").put("/api/v1/registers/licensing-decisions/rows/" + id,
                body(Map.of("values", values, "reason", "限额录入错误"))).status()).isEqualTo(200);
        Document page = new ApiClient(port).page("/registers/licensing-decisions/rows/" + id);
        assertThat(page.select("dl.facts").text()).contains("准予最高开票限额一千万元", "广州市云山贸易有限公司",
                values.get("creditCode"), "国家税务总局广东省税务局");
        assertThat(page.select("dl.facts").text()).doesNotContain("13812345678");
        // headed by what names the row (a licensing decision: its number), not by a database id
        assertThat(page.select("h1").text()).isEqualTo(values.get("documentNumber"));
        assertThat(page.title()).startsWith(values.get("documentNumber"));
        assertThat(page.select("ol.history").text()).contains("更正", "限额录入错误");
        assertThat(new ApiClient(port).status("/registers/licensing-decisions/rows/99999999")).isEqualTo(404);
    }

    @Test
    void aKeptListPageIsForgottenWhenARowIsPublished() {
        String path = "/registers/licensing-decisions?q=" + enc("缓存测试");
        ApiClient anonymous = new ApiClient(port);
        HttpResponse<byte[]> first = anonymous.bytes(path);
        assertThat(first.headers().firstValue("ETag")).isPresent();
        assertThat(anonymous.bytes(path).headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        Map<String, String> values = RowFixture.companyLicence("缓存测试" + number(), "2026-11-03", "guangdong");
        published(values);
        assertThat(Jsoup.parse(anonymous.text(path)).select("table.responsive tbody tr")).hasSize(1);
        // the taxpayer query is rate-limited and personal: never kept
        assertThat(anonymous.bytes("/registers/query").headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void theConsoleEntersARowFromTheGeneratedFormAndKeepsWhatWasTypedWhenRefused() {
        ConsoleSession office = ConsoleSession.login(base(), "gd-office", ApiClient.DEMO_PASSWORD);
        assertThat(office.get("/console/registers").body()).contains("行政许可决定公示");
        String form = "/console/registers/licensing-decisions";
        Document page = Jsoup.parse(office.get(form).body());
        assertThat(page.select("form input[name=v.documentNumber], form select[name=v.counterpartType]")).hasSize(2);

        String typed = "organId=26&v.documentNumber=" + enc(number()) + "&v.itemName=" + enc("发票限额审批")
                + "&v.content=" + enc("准予") + "&v.counterpartType=LEGAL_PERSON&v.counterpart=" + enc("某某公司")
                + "&v.decidedOn=2026-11-04&v.organ=guangdong";
        ApiClient.Response refused = office.form(form, form + "/rows", typed + "&v.creditCode=91440101MA5C111110");
        assertThat(refused.status()).isEqualTo(422);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select("[role=alert]").text()).contains("统一社会信用代码");
        assertThat(again.select("input[name=v.itemName]").val()).isEqualTo("发票限额审批");
        assertThat(again.select("input[name=v.creditCode]").val()).isEqualTo("91440101MA5C111110");

        ApiClient.Response saved = office.form(form, form + "/rows", typed + "&publish=true");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String rowPath = saved.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(rowPath).startsWith("/console/registers/licensing-decisions/rows/");
        Document row = Jsoup.parse(office.get(rowPath).body());
        assertThat(row.select("dl.facts").text()).contains("已发布", "发票限额审批");
        assertThat(row.select("ol.history").text()).contains("录入", "gd-office");
    }
}
