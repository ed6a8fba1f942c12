package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Due dates checked by hand against the State Council notices in {@code reference/holidays/}
 * (each case cites the holiday it exercises). The day of the event is never counted (民法典 art.
 * 201); calendar-day and fixed-date ends on rest days move to the next working day (art. 203).
 */
class HandCheckedDueDateTests {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.fromShippedData();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 2024 国庆节: off 10-01..10-07, make-up Sun 09-29 and Sat 10-12. 09-28 Sat rest, 09-29 (1), 09-30 (2),
            # 10-08..10-11 (3..6), Sat 10-12 make-up (7)
            2024-09-27 | 7  | 2024-10-12
            # 2024 国庆节: the Sunday make-up day 09-29 is the first working day after Friday 09-27
            2024-09-27 | 1  | 2024-09-29
            # 2024 国庆节: from Monday 09-30 the whole block 10-01..10-07 is skipped
            2024-09-30 | 1  | 2024-10-08
            # 2024 春节: off 02-10..02-17; 除夕 Fri 02-09 is not listed, so it is an ordinary working day
            2024-02-08 | 1  | 2024-02-09
            # 2024 春节: after Fri 02-09 the block 02-10..02-17 is skipped, Sun 02-18 is a make-up day
            2024-02-09 | 1  | 2024-02-18
            # 2024 春节: Sun 02-18 make-up (1), Mon 02-19 (2), Tue 02-20 (3)
            2024-02-09 | 3  | 2024-02-20
            # 2024 春节: Sat 02-03 rest, Sun 02-04 make-up (1), Mon 02-05 (2)
            2024-02-02 | 2  | 2024-02-05
            # 2025 春节: off 01-28..02-04, make-up Sun 01-26 and Sat 02-08. 01-26 (1), 01-27 (2), 02-05..02-07 (3..5)
            2025-01-24 | 5  | 2025-02-07
            # 2025 春节: the sixth working day is the make-up Saturday 02-08
            2025-01-24 | 6  | 2025-02-08
            # 2023 春节: off 01-21..01-27, make-up Sat 01-28
            2023-01-20 | 1  | 2023-01-28
            # year end: 2023 元旦 off Sat 2022-12-31 (listed in the 2023 notice), 01-01, Mon 01-02
            2022-12-30 | 1  | 2023-01-03
            # year end: 2019 元旦 make-up Sat 2018-12-29 (listed in the 2019 notice)
            2018-12-28 | 1  | 2018-12-29
            # year end: 2019 元旦 off 2018-12-30..2019-01-01 after the make-up day 12-29 (1); Wed 01-02 (2)
            2018-12-28 | 2  | 2019-01-02
            # 政府信息公开条例 art. 33, 20 working days over 2019 国庆节 (off 10-01..10-07, make-up Sun 09-29, Sat 10-12):
            # 09-29 (1), 09-30 (2), 10-08..10-12 (3..7), 10-14..10-25 (8..17), 10-28..10-30 (18..20)
            2019-09-27 | 20 | 2019-10-30
            # 2020 春节 extended (second notice 2020-01-27): off 01-24..02-02; Mon 02-03 works as usual
            2020-01-22 | 3  | 2020-02-04
            # 2020 春节: make-up Sun 01-19
            2020-01-17 | 1  | 2020-01-19
            # 2017 中秋节、国庆节: make-up Sat 09-30
            2017-09-29 | 1  | 2017-09-30
            # 2017 中秋节、国庆节: off 10-01..10-08, next working day Mon 10-09
            2017-09-30 | 1  | 2017-10-09
            # 2016 国庆节: off 10-01..10-07, make-up Sat 10-08 and Sun 10-09
            2016-10-07 | 2  | 2016-10-09
            # 2021 国庆节: off 10-01..10-07; Fri 10-08 (1), make-up Sat 10-09 (2), 10-11..10-15 (3..7)
            2021-09-30 | 7  | 2021-10-15
            # month and year end inside the last known year: 12-25 (1), 12-28..12-31 (2..5)
            2026-12-24 | 5  | 2026-12-31
            # 2026 元旦: off 01-01..01-03, make-up Sun 01-04 (listed in the 2026 notice)
            2025-12-31 | 1  | 2026-01-04
            # 2025 国庆节、中秋节: make-up Sun 09-28 (1), Mon 09-29 (2)
            2025-09-26 | 2  | 2025-09-29
            # 2024 清明节: off 04-04..04-06, make-up Sun 04-07
            2024-04-03 | 1  | 2024-04-07
            # 2024 劳动节: make-up Sun 04-28
            2024-04-26 | 1  | 2024-04-28
            # 2024 劳动节: off 05-01..05-05
            2024-04-30 | 1  | 2024-05-06
            # 2024 劳动节: make-up Sat 05-11
            2024-05-10 | 1  | 2024-05-11
            # 2024 中秋节 (make-up Sat 09-14, off 09-15..09-17) and 国庆节 (make-up Sun 09-29) in one period
            2024-09-02 | 20 | 2024-09-30
            """)
    void workingDaysSkipWeekendsAndHolidaysAndCountMakeupDays(LocalDate start, int days, LocalDate due) {
        assertThat(CALENDAR.due(new Period.WorkingDays(days), start).date()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 民法典 art. 203: 10-06 is a Sunday inside 2024 国庆节 (off until 10-07), so the period ends Tue 10-08
            2024-09-06 | 30 | 2024-10-08
            # 2024 春节: 02-14 is off (02-10..02-17); the next working day is the make-up Sunday 02-18
            2024-01-15 | 30 | 2024-02-18
            # month end in a leap year: 01-31 + 30 days = Fri 03-01, a working day
            2024-01-31 | 30 | 2024-03-01
            # year end: Sun 2023-12-31, then 2024 元旦 Mon 01-01, so Tue 2024-01-02
            2023-11-30 | 31 | 2024-01-02
            # month end: Mon 2025-03-31 is a working day and stays
            2025-03-01 | 30 | 2025-03-31
            # year end: Sat 2022-12-31 is 2023 元旦 (2023 notice), 01-01 and 01-02 too, so Tue 2023-01-03
            2022-12-01 | 30 | 2023-01-03
            # 2024 国庆节: one day after 10-05 is 10-06, off, as is 10-07
            2024-10-05 | 1  | 2024-10-08
            # 2024 国庆节: the last day Sun 09-29 is a make-up working day, so it is not moved
            2024-09-28 | 1  | 2024-09-29
            # 2024 端午节: Sat 06-08, Sun 06-09, then 06-10 端午节 off, so Tue 06-11
            2024-06-01 | 7  | 2024-06-11
            """)
    void calendarDaysEndingOnARestDayMoveToTheNextWorkingDay(LocalDate start, int days, LocalDate due) {
        assertThat(CALENDAR.due(new Period.CalendarDays(days), start).date()).isEqualTo(due);
    }

    @ParameterizedTest(name = "day {1} of the month after {0} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Measures 四(三): Thu 2024-10-10 is a working day (2024 国庆节 ended 10-07)
            2024-09-15 | 10 | 2024-10-10
            # year end: the month after December is January of the next year; Fri 2025-01-10 works
            2024-12-20 | 10 | 2025-01-10
            # Sun 2024-11-10 moves to Mon 11-11
            2024-10-20 | 10 | 2024-11-11
            # 2025 春节 ended 02-04; Mon 02-10 works
            2025-01-05 | 10 | 2025-02-10
            # 2026 春节: Sun 02-15 is off (02-15..02-23), so Tue 02-24
            2026-01-20 | 15 | 2026-02-24
            # November has no 31st: Sat 11-30, then Sun 12-01, so Mon 2024-12-02
            2024-10-15 | 31 | 2024-12-02
            # month end start (leap day): Sun 2024-03-10 moves to Mon 03-11
            2024-02-29 | 10 | 2024-03-11
            """)
    void dayOfTheFollowingMonthMovesOffRestDays(LocalDate start, int day, LocalDate due) {
        assertThat(CALENDAR.due(new Period.DayOfNextMonth(day), start).date()).isEqualTo(due);
    }

    @ParameterizedTest(name = "before {1}-{2} for the year of {0} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 政府信息公开条例 art. 49, report on 2024: Fri 2025-01-31 is in 2025 春节 (off 01-28..02-04), so Wed 02-05
            2024-12-31 | 1 | 31 | 2025-02-05
            # report on 2022: Tue 2023-01-31 is a working day, inclusive
            2022-12-31 | 1 | 31 | 2023-01-31
            # Measures 六(三), report on 2017: Sat 2018-03-31, Sun 04-01, so Mon 2018-04-02
            2017-12-31 | 3 | 31 | 2018-04-02
            # report on 2016: Fri 2017-03-31 is a working day ("3月31日前" includes the 31st)
            2016-06-30 | 3 | 31 | 2017-03-31
            # report on 2019: Fri 2020-01-31 is in the extended 2020 春节 (off until 02-02), so Mon 02-03
            2019-12-31 | 1 | 31 | 2020-02-03
            """)
    void beforeMonthDayIsThatDayOfTheNextYearInclusive(LocalDate start, int month, int day, LocalDate due) {
        assertThat(CALENDAR.due(new Period.BeforeMonthDay(month, day), start).date()).isEqualTo(due);
    }

    @Test
    void hoursRunContinuouslyThroughHolidaysAndAnswerAnInstant() {
        // Measures 九(三): 5 hours; 2024-10-01 is 国庆节 but hours do not stop
        Due due = CALENDAR.due(new Period.Hours(5), OffsetDateTime.parse("2024-09-30T20:00+08:00").toInstant());
        assertThat(due.deadline().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-10-01T01:00+08:00"));
        assertThat(due.date()).isEqualTo(LocalDate.of(2024, 10, 1));
        Due day = CALENDAR.due(new Period.Hours(24), OffsetDateTime.parse("2024-10-01T01:30Z").toInstant());
        assertThat(day.deadline().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-10-02T09:30+08:00"));
    }

    @Test
    void aPauseOfFiveWorkingDaysExtendsThePeriodByFiveWorkingDays() {
        // 政府信息公开条例 art. 32: 09-09..09-13 are five working days; 20 working days from 2024-09-02 end on
        // 09-30 without the pause; with it the 16th..20th days are 10-08..10-11 and the make-up Sat 10-12 (国庆节)
        Pause consultation = new Pause(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 13));
        assertThat(CALENDAR.due(new Period.WorkingDays(20), LocalDate.of(2024, 9, 2), List.of(consultation)).date())
                .isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void aPauseOverHolidaysOnlyExtendsNothing() {
        // 2024 国庆节 10-01..10-07 holds no working day
        Pause holidays = new Pause(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7));
        assertThat(CALENDAR.due(new Period.WorkingDays(7), LocalDate.of(2024, 9, 27), List.of(holidays)).date())
                .isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void quarterAndYearWindowsEndOnTheirLastDayEvenOnARestDay() {
        assertThat(CALENDAR.due(new Period.QuarterEnd(), LocalDate.of(2024, 11, 15)).date())
                .isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(CALENDAR.due(new Period.QuarterEnd(), LocalDate.of(2024, 4, 1)).date())
                .isEqualTo(LocalDate.of(2024, 6, 30));
        // 2023-12-31 is a Sunday: the year's window does not move into the next year
        assertThat(CALENDAR.due(new Period.YearEnd(), LocalDate.of(2023, 5, 1)).date())
                .isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void aPeriodRunningInto2027IsRefusedBecauseItsHolidaysAreUnpublished() {
        // 2026-12-24 + 6 working days needs 2027-01-01, and 2027 has no State Council notice in the data
        assertThatThrownBy(() -> CALENDAR.due(new Period.WorkingDays(6), LocalDate.of(2026, 12, 24)))
                .isInstanceOfSatisfying(CalendarYearUnknownException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.code()).isEqualTo("CALENDAR_YEAR_UNKNOWN");
                    assertThat(e.args()).containsExactly("2027");
                });
        assertThatThrownBy(() -> CALENDAR.due(new Period.CalendarDays(30), LocalDate.of(2026, 12, 20)))
                .isInstanceOf(CalendarYearUnknownException.class);
        assertThatThrownBy(() -> CALENDAR.day(LocalDate.of(2027, 3, 1))).isInstanceOf(CalendarYearUnknownException.class);
    }

    @Test
    void theDeadlineIsTwentyFourHundredOfTheDueDate() {
        // 民法典 art. 203 para. 2: the last day ends at 24:00
        Due due = CALENDAR.due(new Period.WorkingDays(7), LocalDate.of(2024, 9, 27));
        assertThat(due.deadline().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-10-13T00:00+08:00"));
        assertThat(due.isOverdueAt(OffsetDateTime.parse("2024-10-12T23:59:59+08:00").toInstant())).isFalse();
        assertThat(due.isOverdueAt(OffsetDateTime.parse("2024-10-13T00:00+08:00").toInstant())).isTrue();
    }
}
