package cn.gongkai.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the {@link PublicPageCache} ({@code gongkai.page-cache.*}).
 *
 * @param enabled whether public pages are cached at all
 * @param paths path patterns of cacheable public pages ({@code *} one segment, {@code **} any)
 * @param maxEntries most pages kept
 * @param maxPageSize largest page kept
 * @param ttl how long a page is served without being rendered again, as a safety net for changes
 *        that send no invalidation
 */
@ConfigurationProperties("gongkai.page-cache")
public record PageCacheSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({ "/", "/records", "/records/*", "/sites/*", "/sites/*/", "/sites/*/records",
                "/sites/*/records/*", "/openness", "/openness/*", "/sites/*/openness", "/sites/*/openness/*", "/catalog",
                "/catalog/*", "/sites/*/catalog", "/sites/*/catalog/*", "/regulations", "/regulations/**",
                // registers: the index, each list and row page; not the rate-limited taxpayer query
                "/registers", "/registers/{code:(?!query$)[a-z0-9-]+}", "/registers/*/rows/*" }) List<String> paths,
        @DefaultValue("2000") int maxEntries,
        @DefaultValue("512KB") DataSize maxPageSize,
        @DefaultValue("10m") Duration ttl) {
}
