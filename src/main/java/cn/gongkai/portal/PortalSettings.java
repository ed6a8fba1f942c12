package cn.gongkai.portal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the portal ({@code gongkai.portal.*}).
 *
 * @param hosts host name → organ code: a request for {@code /} on that host shows that organ's
 *        site (e.g. {@code gongkai.portal.hosts.guangdong.chinatax.gov.cn=guangdong}); may be empty
 * @param sites organ code → the parts of the site identity that differ from {@code gongkai.site.*}
 *        (every government site has its own 网站标识码 and filing numbers); may be empty
 */
@ConfigurationProperties("gongkai.portal")
public record PortalSettings(Map<String, String> hosts, Map<String, Identity> sites) {

    public PortalSettings {
        hosts = hosts == null ? Map.of() : Map.copyOf(hosts);
        sites = sites == null ? Map.of() : Map.copyOf(sites);
    }

    /** An organ's own site identity; null parts fall back to {@code gongkai.site.*}. */
    public record Identity(String contact, String siteCode, String icp, String policeFiling) {
    }
}
