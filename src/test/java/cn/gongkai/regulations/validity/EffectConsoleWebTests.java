package cn.gongkai.regulations.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.Validity;
import cn.gongkai.requests.RequestsTestConfig;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;

/**
 * The console of effects in a browser's terms (forms with CSRF): a drafter enters an effect and
 * sees the errors beside their fields, a reviewer confirms it with the buttons, in Chinese and in
 * English; the queue lists what awaits review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class EffectConsoleWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Validities validities;

    @Test
    void aDrafterEntersAnEffectWithFieldErrorsFirstAndAReviewerConfirmsItWithTheButtons() {
        String base = "http://127.0.0.1:" + port;
        String id = LibraryFixture.aLaw(jdbc, "控制台效力测试法").articles(3).save();
        String page = "/console/regulations/" + id + "/effects";
        ConsoleSession drafter = ConsoleSession.login(base, "sat-drafter", ApiClient.DEMO_PASSWORD);

        ApiClient.Response bad = drafter.form(page, page, "affectedEid=art_2&type=AMEND&effectiveOn=2024-02-30");
        assertThat(bad.status()).isEqualTo(200);
        Document form = Jsoup.parse(bad.body());
        assertThat(form.select("#error-summary a[href=#effectiveOn]")).hasSize(1);
        assertThat(form.select("#effectiveOn-error").text()).isNotBlank();
        assertThat(form.select("#effectiveOn").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#affectedEid").val()).isEqualTo("art_2");

        ApiClient.Response noText = drafter.form(page, page, "affectedEid=art_2&type=AMEND&effectiveOn=2024-03-01");
        assertThat(Jsoup.parse(noText.body()).select("#newText-error").text()).contains("新的条文");

        ApiClient.Response entered = drafter.form(page, page, "affectedEid=art_2&type=REPEAL&effectiveOn=2024-03-01"
                + "&note=%E7%AC%AC%E4%BA%8C%E6%9D%A1%E5%BA%9F%E6%AD%A2");
        assertThat(entered.status()).isEqualTo(302);
        Document listed = Jsoup.parse(drafter.get(page).body());
        assertThat(listed.select("#notice").text()).contains("待他人审核");
        assertThat(listed.select("#effects tbody tr")).hasSize(1);
        assertThat(listed.select("#effects tbody tr").text()).contains("待审核", "第二条", "第二条废止");
        assertThat(listed.select("#effects button[value=CONFIRM]")).as("no review of one's own").isEmpty();

        ConsoleSession office = ConsoleSession.login(base, "sat-office", ApiClient.DEMO_PASSWORD);
        assertThat(Jsoup.parse(office.get("/console/regulations/effects").body()).select("#waiting a[href=" + page + "]"))
                .isNotEmpty();
        Document review = Jsoup.parse(office.get(page).body());
        String action = review.select("#effects form[action$=/review]").attr("action");
        ApiClient.Response confirmed = office.form(page, action, "decision=CONFIRM&note=ok");
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(validities.provisionsOn(id, LocalDate.of(2024, 3, 1))).containsEntry("art_2", Validity.REPEALED);
        Document after = Jsoup.parse(office.get(page).body());
        assertThat(after.select("#effects tbody tr").text()).contains("已确认", "审核：sat-office");
        assertThat(after.select("#timeline").text()).contains("部分条款废止", "2024-02-29");

        Document english = Jsoup.parse(office.get(page + "?lang=en").body());
        assertThat(english.select("h1").text()).startsWith("Effects:");
        assertThat(english.select("#effects").text()).contains("Confirmed", "Repeal");
        assertThat(english.select("#timeline").text()).contains("Partly repealed");
    }
}
