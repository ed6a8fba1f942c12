package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The kind of a day, and how notices of neighbouring years and uploads combine. */
class WorkingCalendarDayTests {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.fromShippedData();

    @Test
    void knowsTheShippedYears2016To2026() {
        assertThat(CALENDAR.knownYears()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
                2025, 2026);
        assertThat(CALENDAR.isKnownYear(2027)).isFalse();
    }

    @Test
    void tellsHolidaysMakeupDaysWeekendsAndWorkdaysApart() {
        assertThat(day("2024-10-01")).isEqualTo(new CalendarDay(date("2024-10-01"), DayKind.HOLIDAY, "国庆节"));
        assertThat(day("2024-09-29")).isEqualTo(new CalendarDay(date("2024-09-29"), DayKind.MAKEUP_WORKDAY, "国庆节"));
        assertThat(day("2024-09-28")).isEqualTo(new CalendarDay(date("2024-09-28"), DayKind.WEEKEND, null));
        assertThat(day("2024-10-08")).isEqualTo(new CalendarDay(date("2024-10-08"), DayKind.WORKDAY, null));
        // a weekend inside a holiday block is a holiday
        assertThat(day("2024-10-05").kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day("2024-09-29").isWorkingDay()).isTrue();
        assertThat(day("2024-10-01").isWorkingDay()).isFalse();
    }

    @Test
    void keepsCombinedHolidayNames() {
        assertThat(day("2023-10-01").holiday()).isEqualTo("中秋节、国庆节");
        assertThat(day("2020-10-10")).isEqualTo(new CalendarDay(date("2020-10-10"), DayKind.MAKEUP_WORKDAY,
                "国庆节、中秋节"));
    }

    @Test
    void lateDecemberDaysComeFromTheNextYearsNotice() {
        // 2022-12-31 is listed in the 2023 notice, 2018-12-29..31 in the 2019 notice
        assertThat(day("2022-12-31")).isEqualTo(new CalendarDay(date("2022-12-31"), DayKind.HOLIDAY, "元旦"));
        assertThat(day("2018-12-29")).isEqualTo(new CalendarDay(date("2018-12-29"), DayKind.MAKEUP_WORKDAY, "元旦"));
        assertThat(day("2018-12-31").kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(CALENDAR.holidaysAndMakeupDays(2022)).extracting(CalendarDay::date).contains(date("2022-12-31"));
    }

    @Test
    void aListedWorkingWeekdayIsAnOrdinaryWorkday() {
        // the 2020 Spring Festival extension notice lists Mon 2020-02-03 as the return to work
        assertThat(day("2020-02-03")).isEqualTo(new CalendarDay(date("2020-02-03"), DayKind.WORKDAY, null));
    }

    @Test
    void unknownYearsAreRefusedNotGuessed() {
        assertThatThrownBy(() -> day("2027-01-04")).isInstanceOfSatisfying(CalendarYearUnknownException.class,
                e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> day("2015-12-31")).isInstanceOfSatisfying(CalendarYearUnknownException.class,
                e -> assertThat(e.year()).isEqualTo(2015));
        assertThatThrownBy(() -> CALENDAR.holidaysAndMakeupDays(2031))
                .isInstanceOfSatisfying(CalendarYearUnknownException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.error.yearUnknown");
                    assertThat(e.status().value()).isEqualTo(422);
                });
    }

    @Test
    void onlyTheDaysACountLooksAtNeedAKnownYear() {
        // the start day is not counted, so a start on the last day of 2015 is fine (2016 元旦 is 01-01)
        assertThat(CALENDAR.due(new Period.WorkingDays(1), date("2015-12-31")).date()).isEqualTo(date("2016-01-04"));
    }

    @Test
    void anUploadReplacesTheShippedNoticeOfItsYearAndMakesANewYearKnown() {
        HolidayYear changed2024 = new HolidayYear(2024, List.of(new HolidayYear.Day(date("2024-10-08"), "国庆节", true)));
        HolidayYear new2027 = new HolidayYear(2027, List.of(
                new HolidayYear.Day(date("2026-12-31"), "元旦", true),
                new HolidayYear.Day(date("2027-01-01"), "元旦", true)));
        WorkingCalendar calendar = new WorkingCalendar(
                DayTable.of(ShippedHolidays.load(), List.of(changed2024, new2027)));
        assertThat(calendar.day(date("2024-10-08")).kind()).isEqualTo(DayKind.HOLIDAY);
        // the shipped 2024 notice is gone entirely: 10-01 is now an ordinary Tuesday
        assertThat(calendar.day(date("2024-10-01")).kind()).isEqualTo(DayKind.WORKDAY);
        // the 2027 notice sets the last day of 2026
        assertThat(calendar.day(date("2026-12-31"))).isEqualTo(new CalendarDay(date("2026-12-31"), DayKind.HOLIDAY, "元旦"));
        assertThat(calendar.day(date("2027-01-04")).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.knownYears()).endsWith(2026, 2027);
    }

    @Test
    void aYearGapStaysUnknown() {
        HolidayYear y2029 = new HolidayYear(2029, List.of(new HolidayYear.Day(date("2029-01-01"), "元旦", true)));
        WorkingCalendar calendar = new WorkingCalendar(DayTable.of(ShippedHolidays.load(), List.of(y2029)));
        assertThat(calendar.day(date("2029-01-01")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThatThrownBy(() -> calendar.day(date("2028-06-01"))).isInstanceOfSatisfying(
                CalendarYearUnknownException.class, e -> assertThat(e.year()).isEqualTo(2028));
    }

    @Test
    void replacingTheDataKeepsDueDatesConsistentWithTheirSnapshot() {
        WorkingCalendar calendar = WorkingCalendar.fromShippedData();
        Due due = calendar.due(new Period.WorkingDays(7), date("2024-09-27"));
        calendar.replace(DayTable.of(List.of(), List.of()));
        assertThat(due.explain().due()).isEqualTo(date("2024-10-12"));
        assertThatThrownBy(() -> calendar.day(date("2024-09-27"))).isInstanceOf(CalendarYearUnknownException.class);
    }

    private static CalendarDay day(String date) {
        return CALENDAR.day(date(date));
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }
}
