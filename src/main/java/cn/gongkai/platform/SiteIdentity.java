package cn.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site identity every government web page must carry (SPEC M4): site name, organ, contact,
 * 网站标识码, ICP filing and public-security filing numbers. Configured, never hard-coded.
 */
@ConfigurationProperties("gongkai.site")
public record SiteIdentity(String name, String nameEn, String organ, String contact, String siteCode,
        String icp, String policeFiling) {
}
