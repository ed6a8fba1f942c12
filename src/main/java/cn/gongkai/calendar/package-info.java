/**
 * Calendar (SPEC M1, 工作日与期限): the official working-day calendar of mainland China (weekends,
 * statutory holidays and make-up working days per the State Council notices, shipped by year and
 * loadable by an administrator) and every deadline computation of the platform, following
 * 民法典 articles 201 and 203 in the Asia/Shanghai time zone. It refuses to know why a deadline
 * exists or who owes it, and it never guesses a year whose holiday arrangements are unpublished.
 *
 * <p>Public API: {@link cn.gongkai.calendar.WorkingCalendar} with the value types
 * {@link cn.gongkai.calendar.CalendarDay}, {@link cn.gongkai.calendar.Period},
 * {@link cn.gongkai.calendar.Pause}, {@link cn.gongkai.calendar.Due} and
 * {@link cn.gongkai.calendar.Explanation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = "platform")
package cn.gongkai.calendar;
