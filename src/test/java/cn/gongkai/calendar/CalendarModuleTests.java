package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import cn.gongkai.GongkaiApplication;

/** The calendar is an engine: it depends on the platform only and breaks no module boundary. */
class CalendarModuleTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);

    @Test
    void dependsOnThePlatformOnly() {
        ApplicationModule calendar = MODULES.getModuleByName("calendar").orElseThrow();
        assertThat(calendar.getDisplayName()).isEqualTo("Calendar");
        assertThat(calendar.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .containsOnly("platform");
        assertThat(calendar.detectDependencies(MODULES).getMessages()).isEmpty();
    }

    @Test
    void noOtherModuleReachesIntoCalendarInternals() {
        assertThat(MODULES.detectViolations().getMessages()).noneMatch(m -> m.contains("cn.gongkai.calendar."));
    }
}
