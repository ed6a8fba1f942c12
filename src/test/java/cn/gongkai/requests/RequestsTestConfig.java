package cn.gongkai.requests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import cn.gongkai.support.TestClockConfig;

/**
 * The one test configuration of this module's web and browser tests (one shared context): a clock
 * the tests set, and a recorder of the obligation events published by the acts.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestClockConfig.class)
public class RequestsTestConfig {

    @Bean
    PublishedObligationEvents publishedObligationEvents() {
        return new PublishedObligationEvents();
    }

    /** Every event of {@code cn.gongkai.obligations.ObligationEvents}, in publication order. */
    public static class PublishedObligationEvents {

        private final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(Object event) {
            if (event.getClass().getName().startsWith("cn.gongkai.obligations.ObligationEvents")) {
                events.add(event);
            }
        }

        public List<Object> all() {
            return List.copyOf(events);
        }

        public <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
