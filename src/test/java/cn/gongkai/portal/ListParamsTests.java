package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;

class ListParamsTests {

    @Test
    void missingOrNegativePageIsTheFirstAndAHugeOneIsClampedLater() {
        assertThat(ListParams.parsePage(null)).isEqualTo(1);
        assertThat(ListParams.parsePage(" ")).isEqualTo(1);
        assertThat(ListParams.parsePage("-1")).isEqualTo(1);
        assertThat(ListParams.parsePage("0")).isEqualTo(1);
        assertThat(ListParams.parsePage("7")).isEqualTo(7);
        assertThat(ListParams.parsePage("1000000000")).isPositive();
        assertThat(ListParams.parsePage("99999999999999999999")).isPositive();
    }

    @Test
    void pageThatIsNoWholeNumberIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ListParams.parsePage("1.5")).isInstanceOfSatisfying(GongkaiException.class,
                e -> assertThat(e.fields()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("page")));
    }

    @Test
    void queryKeepsTheFiltersAndSetsThePage() {
        ListParams params = new ListParams(null, RecordType.OTHER, 2017, Validity.IN_FORCE, 3);
        assertThat(params.query(2)).isEqualTo("?type=OTHER&year=2017&validity=IN_FORCE&page=2");
        assertThat(params.query(0)).isEqualTo("?type=OTHER&year=2017&validity=IN_FORCE");
        assertThat(new ListParams(null, null, null, null, 1).query(0)).isEmpty();
    }
}
