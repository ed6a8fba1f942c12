package cn.gongkai.obligations;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import cn.gongkai.calendar.WorkingCalendar;

/** TEMPORARY until the calendar module's bean is merged: the calendar from the shipped notices. */
@TestConfiguration(proxyBeanMethods = false)
class ShippedCalendarStandIn {

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.fromShippedData();
    }
}
