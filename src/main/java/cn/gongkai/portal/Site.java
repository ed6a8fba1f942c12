package cn.gongkai.portal;

import cn.gongkai.organization.Organ;

/**
 * One organ's public site and the identity every government web page carries (SPEC M4): the site
 * name is the organ's name; contact, 网站标识码, ICP and public-security filing numbers come from
 * configuration. {@code path} is "" for SAT's site (the root) and {@code /sites/{code}} otherwise.
 */
public record Site(Organ organ, String path, String name, String contact, String siteCode, String icp,
        String policeFiling) {

    /** The site's home page. */
    public String home() {
        return path + "/";
    }

    public String code() {
        return organ.getCode();
    }

    public boolean sat() {
        return path.isEmpty();
    }
}
