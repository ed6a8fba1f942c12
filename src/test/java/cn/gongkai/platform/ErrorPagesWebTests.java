package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * No Whitelabel page anywhere: unknown addresses and server errors get the site's own page in
 * the site's layout (Chinese by default, English with {@code ?lang=en}), under {@code /console}
 * too, and a problem document under {@code /api/}; {@code /error} asked for directly is a 404.
 */
@WebTest
@Import(ErrorPagesWebTests.Failing.class)
class ErrorPagesWebTests {

    @LocalServerPort
    int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class Failing {

        @Bean
        FailingPages failingPages() {
            return new FailingPages();
        }

        @Bean
        FailingApi failingApi() {
            return new FailingApi();
        }
    }

    @Controller
    static class FailingPages {

        @GetMapping({ "/test-failure", "/console/test-failure" })
        String fail() {
            throw new IllegalStateException("a bug in a page controller");
        }
    }

    @RestController
    static class FailingApi {

        @GetMapping("/api/v1/public/test-failure")
        String fail() {
            throw new IllegalStateException("a bug in an API controller");
        }
    }

    @Test
    void anUnknownAddressIsTheSitesOwnChinesePage() {
        ApiClient.Response r = new ApiClient(port).get("/no-such-page");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertSitePage(r.body());
        assertThat(r.body()).contains("请求的地址不存在").contains("国家税务总局").contains("class=\"site-nav\"");
    }

    @Test
    void anUnknownAddressInEnglishWithLangEn() {
        ApiClient.Response r = new ApiClient(port).get("/no/such/page?lang=en");
        assertThat(r.status()).isEqualTo(404);
        assertSitePage(r.body());
        assertThat(r.body()).contains("The requested address does not exist").contains("lang=\"en\"");
    }

    @Test
    void anUnknownAddressOfAProvincialSiteHasThatSitesLayout() {
        ApiClient.Response r = new ApiClient(port).get("/sites/guangdong/no-such-page");
        assertThat(r.status()).isEqualTo(404);
        assertSitePage(r.body());
        assertThat(r.body()).contains("国家税务总局广东省税务局").contains("/sites/guangdong/records");
    }

    @Test
    void errorAskedForDirectlyIsNotFound() {
        ApiClient.Response r = new ApiClient(port).get("/error");
        assertThat(r.status()).isEqualTo(404);
        assertSitePage(r.body());
        assertThat(r.body()).contains("请求的地址不存在");
    }

    @Test
    void aServerErrorInAPageIsTheSitesOwnPage() {
        ApiClient.Response r = new ApiClient(port).get("/test-failure");
        assertThat(r.status()).isEqualTo(500);
        assertSitePage(r.body());
        assertThat(r.body()).contains("服务器内部错误").doesNotContain("a bug in a page controller")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void unknownAddressesAndServerErrorsInTheConsole() {
        ConsoleSession admin = ConsoleSession.login("http://127.0.0.1:" + port, "admin", ApiClient.DEMO_PASSWORD);
        ApiClient.Response missing = admin.get("/console/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertSitePage(missing.body());
        assertThat(missing.body()).contains("请求的地址不存在");
        ApiClient.Response failed = admin.get("/console/test-failure");
        assertThat(failed.status()).isEqualTo(500);
        assertSitePage(failed.body());
        assertThat(failed.body()).contains("服务器内部错误").doesNotContain("IllegalStateException");
    }

    @Test
    void theApiAnswersProblemDocuments() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response missing = anonymous.get("/api/v1/public/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(missing.json().get("detail").asString()).isEqualTo("请求的地址不存在。");
        ApiClient.Response failed = anonymous.get("/api/v1/public/test-failure");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(failed.body()).doesNotContain("a bug in an API controller").doesNotContain("Whitelabel");
    }

    private static void assertSitePage(String body) {
        assertThat(body).doesNotContain("Whitelabel").doesNotContain("There was an unexpected error")
                .contains("<main id=\"main\"").contains("site-name");
    }
}
