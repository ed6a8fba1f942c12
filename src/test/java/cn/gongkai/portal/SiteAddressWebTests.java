package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * Absolute URLs come from {@code gongkai.site.base-url}: a request with a forged Host header
 * (cache poisoning, links to a phishing site in feeds that aggregators keep) changes none of them.
 */
@WebTest
class SiteAddressWebTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    /** The whole answer (head and body) to a GET sent byte for byte with this Host header. */
    String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + host
                    + "\r\nX-Forwarded-Host: " + host + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void feedsSitemapsDcatAndCanonicalLinksIgnoreTheHostHeader() throws IOException {
        long record = PortalFixtures.of(context).demoRecordId(PortalFixtures.MEASURES_TITLE);
        for (String path : new String[] { "/records/" + record, "/feed.atom", "/feed.rss", "/sitemap.xml", "/sites/guangdong/sitemap.xml",
                "/catalog/12.01/feed.atom", "/api/v1/public/dcat", "/records.csv" }) {
            String answer = raw(path, "evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 200").contains(ApiClient.SITE + "/")
                    .doesNotContain("evil.example");
        }
    }
}
