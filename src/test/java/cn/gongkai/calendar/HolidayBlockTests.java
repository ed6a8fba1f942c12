package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The administrator's overview groups a year's listed days into holidays. */
class HolidayBlockTests {

    @Test
    void groupsDaysOffIntoRunsAndKeepsMakeupDaysPerHoliday() {
        var blocks = HolidayBlock.of(WorkingCalendar.fromShippedData().holidaysAndMakeupDays(2024));
        assertThat(blocks).extracting(HolidayBlock::name)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        HolidayBlock nationalDay = blocks.get(6);
        assertThat(nationalDay.offDays()).containsExactly(new HolidayBlock.DateRange(LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 7)));
        assertThat(nationalDay.offDayCount()).isEqualTo(7);
        assertThat(nationalDay.makeupDays()).containsExactly(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));
    }
}
