package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/** The files every site is asked for: a real icon, and robots.txt naming what crawlers may read. */
@WebTest
class SiteFilesWebTests {

    @LocalServerPort
    int port;

    @Test
    void theFaviconIsARealIcon() throws Exception {
        HttpResponse<byte[]> r = new ApiClient(port).bytes("/favicon.ico");
        assertThat(r.statusCode()).isEqualTo(200);
        byte[] ico = r.body();
        assertThat(ico.length).isBetween(22 + 8, 10_000);
        // ICONDIR: reserved 0, type 1 (icon), at least one image; its data is a PNG
        assertThat(new byte[] { ico[0], ico[1], ico[2], ico[3] }).containsExactly(0, 0, 1, 0);
        assertThat(ico[4]).isPositive();
        int offset = (ico[18] & 0xff) | (ico[19] & 0xff) << 8;
        assertThat(new String(ico, offset + 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void robotsAllowThePublicSiteAndApiOnlyAndNameTheSitemap() {
        ApiClient.Response r = new ApiClient(port).get("/robots.txt");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        assertThat(r.body().lines()).contains("User-agent: *", "Allow: /", "Allow: /api/v1/public/",
                "Disallow: /console", "Disallow: /api/");
        assertThat(r.body()).containsPattern("(?m)^Sitemap: https?://[^/\\s]+/sitemap\\.xml$");
        String sitemap = r.body().lines().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow()
                .substring("Sitemap: ".length());
        String path = URI.create(sitemap).getPath();
        assertThat(new ApiClient(port).get(path).status()).isEqualTo(200);
    }
}
