package cn.gongkai.portal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Duration;

/**
 * {@code /robots.txt}: crawlers may read the public site and the public API, not the staff
 * console, the login or the staff API; the sitemap is named with the address the sitemap itself
 * uses for its links.
 */
@RestController
class RobotsTxt {

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String body = """
                User-agent: *
                Allow: /
                Allow: /api/v1/public/
                Disallow: /console
                Disallow: /login
                Disallow: /api/
                Sitemap: %s/sitemap.xml
                """.formatted(base);
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(body);
    }
}
