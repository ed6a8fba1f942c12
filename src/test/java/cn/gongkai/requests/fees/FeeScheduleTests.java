package cn.gongkai.requests.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) amounts, computed by hand. */
class FeeScheduleTests {

    @Test
    void chargesPerApplicationByTheApplicantsCountInTheMonth() {
        assertThat(FeeSchedule.perApplication(1)).isZero();
        assertThat(FeeSchedule.perApplication(10)).isZero();
        assertThat(FeeSchedule.perApplication(11)).isEqualTo(100);
        assertThat(FeeSchedule.perApplication(30)).isEqualTo(100);
        assertThat(FeeSchedule.perApplication(31)).isEqualTo(200);
        assertThat(FeeSchedule.perApplication(40)).isEqualTo(200);
        assertThat(FeeSchedule.perApplication(41)).isEqualTo(300);
        assertThat(FeeSchedule.perApplication(45)).isEqualTo(300);
        assertThat(FeeSchedule.perApplication(51)).isEqualTo(400);
    }

    @Test
    void chargesPerPageCumulativelyByTier() {
        assertThat(FeeSchedule.perPage(30)).isZero();
        assertThat(FeeSchedule.perPage(31)).isEqualTo(10);
        assertThat(FeeSchedule.perPage(100)).isEqualTo(700);
        // 70 pages × 10 + 50 pages × 20
        assertThat(FeeSchedule.perPage(150)).isEqualTo(1_700);
        // 70 × 10 + 100 × 20 + 50 × 40
        assertThat(FeeSchedule.perPage(250)).isEqualTo(4_700);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> FeeSchedule.perApplication(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeSchedule.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
