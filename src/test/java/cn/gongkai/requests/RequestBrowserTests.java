package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.support.Browser;
import cn.gongkai.support.MutableClock;

/**
 * A citizen applies, gets a tracking code, is asked to correct, corrects; staff extend with the
 * openness office's approval and reply with a partial disclosure; the citizen downloads the letter,
 * whose text (read back with PDFBox) holds the reply and the right dates. National Day 2025 inside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class RequestBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    ChromeDriver citizen;
    ChromeDriver staff;

    @AfterEach
    void stop() {
        if (citizen != null) {
            citizen.quit();
        }
        if (staff != null) {
            staff.quit();
        }
    }

    void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aCitizenAppliesCorrectsAndDownloadsAPartialDisclosureLetter() throws Exception {
        today("2025-09-24");
        citizen = Browser.start();
        citizen.get(base() + "/sites/guangdong/requests/new");
        assertThat(citizen.findElement(By.tagName("h1")).getText()).isEqualTo("政府信息公开申请");
        citizen.findElement(By.id("name")).sendKeys("李四");
        citizen.findElement(By.id("idNumber")).sendKeys("440106199003071231");
        citizen.findElement(By.id("phone")).sendKeys("13912345678");
        citizen.findElement(By.id("description")).sendKeys("某企业2024年度税收优惠备案资料");
        citizen.findElement(By.id("submit-application")).click();
        Browser.awaitText(citizen, By.tagName("h1"), "申请已受理");
        String code = citizen.findElement(By.id("tracking-code")).getText();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(citizen.findElement(By.id("received-on")).getText()).isEqualTo("2025-09-24");
        assertThat(citizen.findElement(By.id("due-on")).getText()).isEqualTo("2025-10-28");
        Browser.screenshot(citizen, "requests-receipt");

        staff = Browser.start();
        Browser.logIn(staff, base(), "gd-office");
        staff.get(base() + "/console/requests?organ=guangdong");
        staff.findElement(By.linkText(code)).click();
        new WebDriverWait(staff, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/console/requests/\\d+$"));
        String requestPage = staff.getCurrentUrl();
        assertThat(staff.getPageSource()).contains("李四", "440106199003071231");
        staff.findElement(By.id("correctionItems")).sendKeys("请写明企业名称以外可识别的特征，例如备案的优惠项目和年度");
        WebElement days = staff.findElement(By.id("correctionDays"));
        days.clear();
        days.sendKeys("10");
        staff.findElement(By.id("ask-correction")).click();
        Browser.awaitText(staff, "state", "待补正");

        today("2025-09-26");
        citizen.get(base() + "/requests/track/" + code);
        assertThat(citizen.findElement(By.id("state")).getText()).isEqualTo("待补正");
        assertThat(citizen.getPageSource()).contains("请写明企业名称以外可识别的特征").doesNotContain("李四", "13912345678");
        citizen.findElement(By.id("description")).sendKeys("2024年度研发费用加计扣除优惠备案的汇总统计");
        citizen.findElement(By.id("submit-correction")).click();
        Browser.awaitText(citizen, "state", "办理中");
        // restart from Fri 09-26: 28 (Sun make-up), 29, 30, [10-01..08], 09, 10, 11 (Sat make-up), 13..17, 20..24,
        // 27..30 → 2025-10-30
        assertThat(citizen.findElement(By.id("due-on")).getText()).isEqualTo("2025-10-30");

        today("2025-10-20");
        staff.get(requestPage);
        WebElement extension = staff.findElement(By.id("extensionDays"));
        extension.clear();
        extension.sendKeys("10");
        staff.findElement(By.id("extensionReason")).sendKeys("需向第三方核实并汇总多个部门的数据");
        staff.findElement(By.id("propose-extension")).click();
        new WebDriverWait(staff, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id("approve-extension"))).click();
        // 10 more working days: 10-31, 11-03..07, 10..13 → 2025-11-13
        Browser.awaitText(staff, "due-on", "2025-11-13");

        today("2025-11-05");
        staff.get(requestPage);
        new Select(staff.findElement(By.id("replyClass"))).selectByValue("PARTIALLY_DISCLOSED");
        new Select(staff.findElement(By.id("replyReason"))).selectByValue("THIRD_PARTY_RIGHTS");
        staff.findElement(By.id("replyText")).sendKeys("汇总统计见附件；涉及个别企业的明细属于第三方商业秘密，不予公开。");
        Path file = Files.createTempFile("统计", ".csv");
        Files.writeString(file, "年度,户数\n2024,1234\n");
        staff.findElement(By.id("attachments")).sendKeys(file.toAbsolutePath().toString());
        staff.findElement(By.id("send-reply")).click();
        Browser.awaitText(staff, "state", "已答复");

        citizen.get(base() + "/requests/track/" + code);
        assertThat(citizen.findElement(By.id("state")).getText()).isEqualTo("已答复");
        assertThat(citizen.findElement(By.id("reply-class")).getText()).isEqualTo("部分公开");
        Browser.screenshot(citizen, "requests-track-replied");
        String letter = citizen.findElement(By.id("letter-link")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(letter)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("政府信息公开申请答复告知书", "2025年9月24日", "2025年11月5日", "区分处理",
                    "保护第三方合法权益", "汇总统计见附件", "延长10个工作日", "国家税务总局广东省税务局",
                    code);
            assertThat(text).doesNotContain("李四", "440106199003071231");
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).hasSize(1);
        }
    }

    @Test
    void theFormIsReadableAtThreeHundredSeventyFivePixels() {
        citizen = Browser.start(375, 800);
        citizen.get(base() + "/requests/new");
        Object overflow = citizen.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).isEqualTo(false);
        assertThat(citizen.findElement(By.cssSelector("label[for=description]")).isDisplayed()).isTrue();
        Browser.screenshot(citizen, "requests-form-375");
    }
}
