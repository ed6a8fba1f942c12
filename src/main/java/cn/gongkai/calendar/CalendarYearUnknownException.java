package cn.gongkai.calendar;

import org.springframework.http.HttpStatus;

import cn.gongkai.platform.GongkaiException;

/**
 * A computation needed a day of a year whose holiday arrangements (the State Council notice) are
 * not loaded: the calendar never guesses such a year (SPEC M1). Answered as HTTP 422 with code
 * {@code CALENDAR_YEAR_UNKNOWN} and the message "2031年节假日安排尚未发布".
 */
public class CalendarYearUnknownException extends GongkaiException {

    /** The stable problem code of this refusal. */
    public static final String CODE = "CALENDAR_YEAR_UNKNOWN";

    private final int year;

    CalendarYearUnknownException(int year) {
        // The year goes in as text: MessageFormat would print a number as "2,031".
        super(HttpStatus.UNPROCESSABLE_CONTENT, CODE, "calendar.error.yearUnknown", String.valueOf(year));
        this.year = year;
    }

    /** The year without data. */
    public int year() {
        return year;
    }
}
