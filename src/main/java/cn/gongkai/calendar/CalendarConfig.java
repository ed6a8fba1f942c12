package cn.gongkai.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gongkai.platform.ConsoleMenuItem;

/** The application's {@link WorkingCalendar}: shipped notices plus administrators' uploads. */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    @Bean
    WorkingCalendar workingCalendar(UploadedHolidayYears uploads) {
        return new WorkingCalendar(DayTable.of(ShippedHolidays.load(), uploads.all()));
    }

    @Bean
    static ConsoleMenuItem calendarMenu() {
        return new ConsoleMenuItem(800, "/console/calendar", "calendar.menu", "ADMINISTRATOR");
    }
}
