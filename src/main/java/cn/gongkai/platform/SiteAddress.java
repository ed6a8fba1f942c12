package cn.gongkai.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's public address ({@code gongkai.site.base-url}, {@code GONGKAI_SITE_BASEURL}). Every
 * absolute URL the application hands out (feeds, sitemaps, DCAT, canonical links, API links,
 * e-mails) starts with it, never with the request's Host header, which any client can set.
 */
@ConfigurationProperties("gongkai.site")
public record SiteAddress(@DefaultValue("http://localhost:8080") String baseUrl) {

    public SiteAddress {
        URI uri = URI.create(baseUrl.strip());
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalArgumentException("gongkai.site.base-url must be an absolute http(s) URL: " + baseUrl);
        }
        baseUrl = baseUrl.strip().replaceFirst("/+$", "");
    }

    /** The absolute URL of a path on this site ({@code /records/1} → {@code https://…/records/1}). */
    public String absolute(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
