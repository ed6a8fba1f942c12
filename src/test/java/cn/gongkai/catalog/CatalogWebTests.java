package cn.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogWebTests {

    @Autowired
    Catalog catalog;
    @Autowired
    Organization organization;

    long organ(String code) {
        return organization.organByCode(code).orElseThrow().getId();
    }

    // Implementation Measures 七(三): SAT's base catalogue, inherited by every organ
    @Test
    void everyOrganInheritsTheBaseCatalogueWithContentDepartmentTimeLimitAndMethod() {
        var sat = catalog.entriesFor(organ("sat"));
        var county = catalog.entriesFor(organ("guangdong-guangzhou-tianhe"));
        assertThat(sat).hasSizeGreaterThanOrEqualTo(35).allMatch(CatalogEntry::isBase);
        assertThat(county).extracting(CatalogEntry::getCode).containsAll(sat.stream().map(CatalogEntry::getCode).toList());
        assertThat(sat).extracting(CatalogEntry::getCategory).contains("机构职能", "政策法规", "权责清单", "行政许可",
                "征管与执法", "纳税服务", "财政资金", "统计与年报", "回应关切", "公众参与");
        CatalogEntry licensing = catalog.requireEntry("catalogEntry", organ("guangdong"), "04.02");
        assertThat(licensing.getTimeLimit()).contains("7个工作日");
        assertThat(licensing.getResponsibleDepartment()).isNotBlank();
        assertThat(licensing.getMethod()).isNotBlank();
        assertThat(licensing.getSourceClause()).contains("二(二)");
    }

    @Test
    void anOrganAddsEntriesOfItsOwnThatOthersDoNotSee() {
        CatalogEntry own = catalog.add(organ("jiangsu"), new Catalog.NewEntry("13.01", "地方特色", "长三角一体化税收服务",
                "跨区域涉税事项办理指引", "纳税服务处", "信息形成之日起20个工作日内", "税务网站", null));
        assertThat(own.isBase()).isFalse();
        assertThat(catalog.entriesFor(organ("jiangsu"))).extracting(CatalogEntry::getCode).contains("13.01");
        assertThat(catalog.entriesFor(organ("guangdong"))).extracting(CatalogEntry::getCode).doesNotContain("13.01");
        assertThatThrownBy(() -> catalog.add(organ("jiangsu"), new Catalog.NewEntry("02.02", "x", "x", "x", "x", "x",
                "x", null))).isInstanceOfSatisfying(GongkaiException.class,
                        e -> assertThat(e.fields()).extracting(GongkaiException.FieldProblem::field).containsExactly("code"));
        assertThatThrownBy(() -> catalog.add(organ("jiangsu"), new Catalog.NewEntry("abc", " ", null, "x", "x", "x",
                "x", 0))).isInstanceOfSatisfying(GongkaiException.class,
                        e -> assertThat(e.fields()).extracting(GongkaiException.FieldProblem::field)
                                .contains("code", "category", "name", "maxAgeDays"));
    }
}
