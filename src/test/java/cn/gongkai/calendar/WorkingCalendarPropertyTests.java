package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

/**
 * Properties that hold for every start day of 2016–2026 and every N from 1 to 30. Periods that
 * would need a day of 2027 (no notice yet) must be refused with year 2027, never guessed.
 */
class WorkingCalendarPropertyTests {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.fromShippedData();
    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Test
    void addingNWorkingDaysLandsOnAWorkingDayThatIsTheNthCountedOne() {
        everyStartAndN((start, n) -> {
            LocalDate due = CALENDAR.due(new Period.WorkingDays(n), start).date();
            assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d", start, n).isTrue();
            // counting back from the due date gives N, and the day before it had not reached N yet
            assertThat(CALENDAR.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
            assertThat(CALENDAR.workingDaysBetween(start, due.minusDays(1))).isEqualTo(n - 1);
        });
    }

    @Test
    void calendarDayPeriodsNeverEndOnARestDay() {
        // 民法典 art. 203: only rest days lie between the N-th day and the due date
        everyStartAndN((start, n) -> {
            LocalDate due = CALENDAR.due(new Period.CalendarDays(n), start).date();
            assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d days", start, n).isTrue();
            for (LocalDate d = start.plusDays(n); d.isBefore(due); d = d.plusDays(1)) {
                assertThat(CALENDAR.isWorkingDay(d)).as("%s before %s", d, due).isFalse();
            }
        });
    }

    @Test
    void pausesExtendAWorkingDayPeriodByExactlyThePausedWorkingDays() {
        Random random = new Random(20240927L);
        everyStartAndN((start, n) -> {
            LocalDate plain = CALENDAR.due(new Period.WorkingDays(n), start).date();
            LocalDate from = start.plusDays(1 + random.nextInt((int) (plain.toEpochDay() - start.toEpochDay())));
            LocalDate to = from.plusDays(random.nextInt(15));
            if (to.isAfter(plain)) {
                to = plain;
            }
            Pause pause = new Pause(from, to);
            int paused = CALENDAR.workingDaysBetween(from.minusDays(1), to);
            LocalDate due = CALENDAR.due(new Period.WorkingDays(n), start, List.of(pause)).date();
            // a pause inside the period shifts the end exactly as N + paused working days would
            assertThat(due).as("%s + %d paused %s", start, n, pause)
                    .isEqualTo(CALENDAR.due(new Period.WorkingDays(n + paused), start).date());
            assertThat(pause.contains(due)).isFalse();
        });
    }

    @Test
    void thePrefixCountFastPathAgreesWithTheDayByDayWalk() {
        DayTable table = DayTable.of(ShippedHolidays.load());
        Random random = new Random(42L);
        everyStartAndN((start, n) -> {
            LocalDate from = start.plusDays(random.nextInt(40) - 5);
            List<Pause> pauses = random.nextBoolean() ? List.of() : List.of(new Pause(from, from.plusDays(random.nextInt(12))));
            long walked = PeriodArithmetic.workingDays(table, start.toEpochDay(), n, pauses, new ExplanationRecorder(table));
            long fast = PeriodArithmetic.workingDays(table, start.toEpochDay(), n, pauses, null);
            assertThat(fast).as("%s + %d, %s", start, n, pauses).isEqualTo(walked);
        });
    }

    @Test
    void theExplanationCountsExactlyTheDaysOfTheComputation() {
        everyStartAndN((start, n) -> {
            if (n % 7 != 0) {
                return;
            }
            Due due = CALENDAR.due(new Period.WorkingDays(n), start);
            Explanation e = due.explain();
            assertThat(e.counted()).hasSize(n);
            assertThat(e.counted().get(n - 1).date()).isEqualTo(due.date());
            assertThat(e.counted().size() + e.skipped().size())
                    .isEqualTo((int) (due.date().toEpochDay() - start.toEpochDay()));
            assertThat(e.makeupDays()).allMatch(d -> d.kind() == DayKind.MAKEUP_WORKDAY);
        });
    }

    private static void everyStartAndN(BiConsumer<LocalDate, Integer> property) {
        int checked = 0;
        for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusDays(1)) {
            for (int n = 1; n <= 30; n++) {
                try {
                    property.accept(start, n);
                    checked++;
                }
                catch (CalendarYearUnknownException e) {
                    // only periods from the last weeks of 2026 may need 2027
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(start).isAfterOrEqualTo(LocalDate.of(2026, 11, 1));
                }
            }
        }
        assertThat(checked).isGreaterThan(4000 * 30 - 2000);
    }
}
