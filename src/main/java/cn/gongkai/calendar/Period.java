package cn.gongkai.calendar;

import java.time.DateTimeException;
import java.time.MonthDay;

/**
 * A legal period (期间) or fixed deadline kind, computed by {@link WorkingCalendar#due}. Every
 * day-based kind runs in the Asia/Shanghai time zone and never counts the day of the triggering
 * event (民法典 art. 201: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算").
 * Not to be confused with {@link java.time.Period}.
 */
public sealed interface Period permits Period.WorkingDays, Period.CalendarDays, Period.Hours,
        Period.DayOfNextMonth, Period.BeforeMonthDay, Period.QuarterEnd, Period.YearEnd {

    /**
     * N working days (工作日), e.g. 政府信息公开条例 art. 33 "20个工作日": counting starts the day after
     * the event; weekends and holidays are skipped, make-up working days (调休上班日) count. The
     * last counted day is a working day, so no adjustment is ever needed.
     *
     * @param days at least 1
     */
    record WorkingDays(int days) implements Period {
        public WorkingDays {
            positive(days, "days");
        }
    }

    /**
     * N calendar days (日), e.g. Measures 三(一) "30 days": counting starts the day after the event;
     * when the last day is a weekend or holiday the period ends on the next working day
     * (民法典 art. 203: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日").
     *
     * @param days at least 1
     */
    record CalendarDays(int days) implements Period {
        public CalendarDays {
            positive(days, "days");
        }
    }

    /**
     * N hours running continuously from the triggering instant, nights, weekends and holidays
     * included (Measures 九(三): authoritative information within 5 hours of a major incident).
     *
     * @param hours at least 1
     */
    record Hours(int hours) implements Period {
        public Hours {
            positive(hours, "hours");
        }
    }

    /**
     * "By day D of the following month" (次月D日前, Measures 四(三) "by the 10th"): day D of the month
     * after the event's month, the month's last day when it is shorter (D = 31 in November means
     * 11-30), moved to the next working day when it is a rest day or holiday (民法典 art. 203).
     *
     * @param day 1 to 31
     */
    record DayOfNextMonth(int day) implements Period {
        public DayOfNextMonth {
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("day of month must be 1..31: " + day);
            }
        }
    }

    /**
     * "Before MM-DD each year" for the duty of a year Y (每年M月D日前, e.g. 政府信息公开条例 art. 49
     * "每年1月31日前" for the annual report on year Y): the start is any day of year Y and the
     * deadline is MM-DD of year Y+1, that day included (Chinese usage: "3月31日前" includes the
     * 31st). A deadline on a rest day or holiday moves to the next working day (民法典 art. 203).
     * 02-29 falls on 02-28 in common years.
     *
     * @param month 1 to 12
     * @param day   a valid day of that month
     */
    record BeforeMonthDay(int month, int day) implements Period {
        public BeforeMonthDay {
            try {
                MonthDay.of(month, day);
            }
            catch (DateTimeException e) {
                throw new IllegalArgumentException("not a month-day: " + month + "-" + day, e);
            }
        }
    }

    /**
     * The window of an "at least N per quarter" duty (每季度至少N次, Measures 八(四)): it ends on the
     * last day of the quarter that contains the start. The duty belongs to that quarter, so the
     * end is not moved off a rest day; counting the acts is the caller's business.
     */
    record QuarterEnd() implements Period {
    }

    /**
     * The window of an "at least N per year" or "by the end of the year" duty (每年至少N次,
     * 年底前): it ends on 31 December of the start's year, rest day or not.
     */
    record YearEnd() implements Period {
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
