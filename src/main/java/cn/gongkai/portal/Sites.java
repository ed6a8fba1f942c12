package cn.gongkai.portal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.SiteIdentity;
import cn.gongkai.publishing.PublishedRecords;

/** Finds the site of an organ (by code, by host name) and assembles its identity. */
@Component
class Sites {

    private final Organization organization;
    private final SiteIdentity defaults;
    private final PortalSettings settings;

    Sites(Organization organization, SiteIdentity defaults, PortalSettings settings) {
        this.organization = organization;
        this.defaults = defaults;
        this.settings = settings;
    }

    Site sat() {
        return of(organization.sat());
    }

    /** The site of the organ with this code; 404 when there is none. */
    Site require(String organCode) {
        return find(organCode).orElseThrow(() -> GongkaiException.notFound("网站 (site)", shorten(organCode)));
    }

    Optional<Site> find(String organCode) {
        return organCode == null ? Optional.empty() : organization.organByCode(organCode).map(this::of);
    }

    /** SAT's site or, when the host name is configured for an organ, that organ's. */
    Site forRoot(String host) {
        String code = host == null ? null : settings.hosts().get(host.toLowerCase().replaceFirst(":\\d+$", ""));
        return find(code).orElseGet(this::sat);
    }

    /** The site at {@code /sites/{organCode}} when a code is given, else the root site for the host. */
    Site resolve(String organCode, String host) {
        return organCode == null ? forRoot(host) : require(organCode);
    }

    Site of(Organ organ) {
        PortalSettings.Identity own = settings.sites().get(organ.getCode());
        // the site's name in the UI language (the English UI shows the organ's English name)
        return new Site(organ, PublishedRecords.sitePath(organ),
                organ.nameIn(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                pick(own == null ? null : own.contact(), organ.getId() == 1L ? defaults.contact() : organ.getName()),
                pick(own == null ? null : own.siteCode(), defaults.siteCode()),
                pick(own == null ? null : own.icp(), defaults.icp()),
                pick(own == null ? null : own.policeFiling(), defaults.policeFiling()));
    }

    Organization organization() {
        return organization;
    }

    private static String pick(String own, String fallback) {
        return own == null || own.isBlank() ? fallback : own;
    }

    static String shorten(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 40);
    }
}
