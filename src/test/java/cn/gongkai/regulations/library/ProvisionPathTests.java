package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisionPathTests {

    @ParameterizedTest
    @CsvSource({
            "art/33, art_33",
            "art/33/para/2, art_33__para_2",
            "art/33/para/2/item/3, art_33__para_2__point_3",
            "art/15/item/1, art_15__point_1",
            "art/15/item/3/subitem/1, art_15__point_3__point_1",
            "art/33-1, art_33-1",
            "chp/1, chp_1",
            "chp/1/sec/2, chp_1__sec_2",
            "book/2, book_2",
            "part/1, part_1",
            "part/1/item/2, part_1__point_2",
            "part/1/item/1/subitem/2, part_1__point_1__point_2" })
    void addressAndEidMapOneToOne(String path, String eid) {
        assertThat(ProvisionPath.toEid(path)).contains(eid);
        assertThat(ProvisionPath.toPath(eid)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "art", "art/", "art/x", "art/0", "art/33/", "foo/1", "para/1", "subitem/1",
            "art/1/art/2", "art/1/sec/1", "item/1/item/2", "chp/1/art/3", "art/33--1", "art/33-", "art/-1",
            "art/1/para/1/para/2", "art/123456" })
    void anythingElseIsNotAnAddress(String path) {
        assertThat(ProvisionPath.toEid(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "art", "art_", "_1", "art_x", "para_1", "art_1__art_2", "art_1_para_2",
            "art_1__point_1__point_1__point_1", "art_33__", "chp_1__sec_2__para_1" })
    void malformedEidsHaveNoAddress(String eid) {
        assertThat(ProvisionPath.toPath(eid)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "art_33, 第三十三条", "art_33__para_2__point_3, 第三十三条第二款第（三）项", "art_33-1, 第三十三条之一",
            "chp_1__sec_2, 第一章第二节", "part_1__point_2, 第一部分第（二）项", "art_15__point_3__point_1, 第十五条第（三）项第1目",
            "nonsense, nonsense" })
    void eidsAreCitedAsAPersonWritesThem(String eid, String citation) {
        assertThat(ProvisionPath.citation(eid)).isEqualTo(citation);
    }

    @Test
    void nullIsNotAnAddress() {
        assertThat(ProvisionPath.toEid(null)).isEmpty();
        assertThat(ProvisionPath.toPath(null)).isEmpty();
    }
}
