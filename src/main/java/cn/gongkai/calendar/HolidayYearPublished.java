package cn.gongkai.calendar;

/**
 * A year's holiday notice was loaded (uploaded by an administrator) and the calendar now answers
 * with it. Published after the calendar was refreshed, so a listener that recomputes due dates
 * sees the new data.
 */
public record HolidayYearPublished(int year, String uploadedBy) {
}
