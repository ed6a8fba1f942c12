package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The step-by-step account of a computation, as people check it against the notices. */
class ExplanationTests {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.fromShippedData();

    @Test
    void workingDaysOverNationalDay2024ListCountedSkippedAndMakeupDays() {
        Explanation e = CALENDAR.due(new Period.WorkingDays(7), date("2024-09-27")).explain();
        assertThat(e.rule()).isEqualTo(Explanation.Rule.WORKING_DAYS);
        assertThat(e.start()).isEqualTo(date("2024-09-27"));
        assertThat(e.counted()).extracting(Explanation.CountedDay::ordinal, d -> d.date().toString())
                .containsExactly(tuple(1, "2024-09-29"), tuple(2, "2024-09-30"), tuple(3, "2024-10-08"),
                        tuple(4, "2024-10-09"), tuple(5, "2024-10-10"), tuple(6, "2024-10-11"),
                        tuple(7, "2024-10-12"));
        assertThat(e.skipped()).first().isEqualTo(new Explanation.SkippedDay(date("2024-09-28"),
                Explanation.SkipReason.WEEKEND, null));
        assertThat(e.skipped()).hasSize(8).element(1).isEqualTo(new Explanation.SkippedDay(date("2024-10-01"),
                Explanation.SkipReason.HOLIDAY, "国庆节"));
        assertThat(e.makeupDays()).extracting(Explanation.CountedDay::ordinal, d -> d.date().toString(),
                Explanation.CountedDay::holiday)
                .containsExactly(tuple(1, "2024-09-29", "国庆节"), tuple(7, "2024-10-12", "国庆节"));
        assertThat(e.adjustments()).isEmpty();
        assertThat(e.due()).isEqualTo(date("2024-10-12"));
    }

    @Test
    void aCalendarDayPeriodEndingOnSundayOfNationalDayShowsTheMove() {
        Explanation e = CALENDAR.due(new Period.CalendarDays(30), date("2024-09-06")).explain();
        assertThat(e.counted()).hasSize(30);
        assertThat(e.counted().get(29).date()).isEqualTo(date("2024-10-06"));
        assertThat(e.adjustments()).containsExactly(new Explanation.Adjustment(
                Explanation.AdjustmentReason.NEXT_WORKING_DAY, date("2024-10-06"), date("2024-10-08"),
                DayKind.HOLIDAY, "国庆节"));
    }

    @Test
    void pausedWorkingDaysAreSkippedAsPaused() {
        Pause pause = new Pause(date("2024-09-09"), date("2024-09-15"));
        Explanation e = CALENDAR.due(new Period.WorkingDays(20), date("2024-09-02"), List.of(pause)).explain();
        assertThat(e.skipped()).filteredOn(s -> s.reason() == Explanation.SkipReason.PAUSED)
                .extracting(Explanation.SkippedDay::date)
                .containsExactly(date("2024-09-09"), date("2024-09-10"), date("2024-09-11"), date("2024-09-12"),
                        date("2024-09-13"), date("2024-09-14"));
        // the paused Sunday 09-15 is a 中秋节 holiday and is reported as such
        assertThat(e.skipped()).contains(new Explanation.SkippedDay(date("2024-09-15"), Explanation.SkipReason.HOLIDAY,
                "中秋节"));
    }

    @Test
    void aShorterMonthIsReportedBeforeTheMoveToAWorkingDay() {
        Explanation e = CALENDAR.due(new Period.DayOfNextMonth(31), date("2024-10-15")).explain();
        assertThat(e.adjustments()).extracting(Explanation.Adjustment::reason, Explanation.Adjustment::to)
                .containsExactly(tuple(Explanation.AdjustmentReason.END_OF_MONTH, date("2024-11-30")),
                        tuple(Explanation.AdjustmentReason.NEXT_WORKING_DAY, date("2024-12-02")));
    }

    @Test
    void anHourPeriodHasNoDays() {
        Explanation e = CALENDAR.due(new Period.Hours(5), Instant.parse("2024-09-30T12:00:00Z")).explain();
        assertThat(e.rule()).isEqualTo(Explanation.Rule.HOURS);
        assertThat(e.counted()).isEmpty();
        assertThat(e.startTime().toOffsetDateTime().toString()).isEqualTo("2024-09-30T20:00+08:00");
        assertThat(e.deadline().toOffsetDateTime().toString()).isEqualTo("2024-10-01T01:00+08:00");
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }
}
