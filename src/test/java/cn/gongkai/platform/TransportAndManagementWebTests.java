package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * Over TLS (here: a trusted proxy's {@code X-Forwarded-Proto: https}) cookies are Secure and HSTS
 * is sent; over plain HTTP neither. The actuator tells anyone only whether the site is UP; details
 * and metrics are for administrators.
 */
@WebTest
class TransportAndManagementWebTests {

    @LocalServerPort
    int port;

    ApiClient.Response get(String path, String... headers) {
        ApiClient client = new ApiClient(port);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(client.base() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b);
    }

    static List<String> cookies(ApiClient.Response r) {
        return r.raw().headers().allValues("Set-Cookie");
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() {
        ApiClient.Response tls = get("/login?lang=en", "X-Forwarded-Proto", "https");
        assertThat(tls.status()).isEqualTo(200);
        assertThat(tls.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(cookies(tls)).anyMatch(c -> c.startsWith("JSESSIONID=")).anyMatch(c -> c.startsWith("gongkai-lang="))
                .allMatch(c -> c.contains("; Secure"));

        ApiClient.Response plain = get("/login?lang=en");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        assertThat(cookies(plain)).anyMatch(c -> c.startsWith("JSESSIONID=")).noneMatch(c -> c.contains("Secure"));
    }

    @Test
    void anonymousHealthIsStatusOnlyAndMetricsNeedAnAdministrator() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        assertThat(health.body()).doesNotContain("details", "db", "diskSpace");
        assertThat(anonymous.get("/actuator/prometheus").status()).isIn(401, 404);
        assertThat(anonymous.get("/actuator/health/db").status()).isIn(401, 404);
        assertThat(anonymous.get("/actuator/metrics").status()).isIn(401, 404);

        ApiClient drafter = anonymous.as("sat-drafter");
        assertThat(drafter.get("/actuator/prometheus").status()).isEqualTo(403);

        ApiClient admin = anonymous.as("admin");
        ApiClient.Response metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(admin.get("/actuator/health").json().has("components")).isTrue();
    }
}
