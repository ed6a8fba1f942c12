package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.SiteIdentity;

class SitesTests {

    Organization organization = mock(Organization.class);
    Organ sat = organ(1L, "sat", "国家税务总局");
    Organ guangdong = organ(20L, "guangdong", "国家税务总局广东省税务局");
    Sites sites;

    static Organ organ(long id, String code, String name) {
        Organ o = mock(Organ.class);
        when(o.getId()).thenReturn(id);
        when(o.getCode()).thenReturn(code);
        when(o.getName()).thenReturn(name);
        when(o.nameIn(org.mockito.ArgumentMatchers.any())).thenReturn(name);
        return o;
    }

    @BeforeEach
    void setUp() {
        when(organization.sat()).thenReturn(sat);
        when(organization.organByCode("sat")).thenReturn(Optional.of(sat));
        when(organization.organByCode("guangdong")).thenReturn(Optional.of(guangdong));
        when(organization.organByCode("nowhere")).thenReturn(Optional.empty());
        sites = new Sites(organization, new SiteIdentity("国家税务总局", "SAT", "国家税务总局", "12366", "bm29000002",
                "京ICP备05013475号", "京公网安备11040102700098号"),
                new PortalSettings(Map.of("guangdong.chinatax.gov.cn", "guangdong"),
                        Map.of("guangdong", new PortalSettings.Identity("广州市天河区天河北路", "4400000001", null, null))));
    }

    @Test
    void satIsTheRootAndEveryOtherOrganHasItsSitesPath() {
        assertThat(sites.sat().path()).isEmpty();
        assertThat(sites.sat().home()).isEqualTo("/");
        assertThat(sites.require("guangdong").home()).isEqualTo("/sites/guangdong/");
    }

    @Test
    void aConfiguredHostNameServesThatOrgansSiteAtTheRoot() {
        assertThat(sites.forRoot("guangdong.chinatax.gov.cn").code()).isEqualTo("guangdong");
        assertThat(sites.forRoot("GUANGDONG.chinatax.gov.cn:8443").code()).isEqualTo("guangdong");
        assertThat(sites.forRoot("www.chinatax.gov.cn").code()).isEqualTo("sat");
    }

    @Test
    void siteIdentityIsTheOrgansNameWithItsOwnFilingsWhereConfigured() {
        Site gd = sites.require("guangdong");
        assertThat(gd.name()).isEqualTo("国家税务总局广东省税务局");
        assertThat(gd.contact()).isEqualTo("广州市天河区天河北路");
        assertThat(gd.siteCode()).isEqualTo("4400000001");
        assertThat(gd.icp()).isEqualTo("京ICP备05013475号");
        assertThat(sites.sat().contact()).isEqualTo("12366");
    }

    @Test
    void unknownOrganCodeIsNotFound() {
        assertThatThrownBy(() -> sites.require("nowhere")).isInstanceOfSatisfying(GongkaiException.class,
                e -> assertThat(e.status().value()).isEqualTo(404));
    }
}
