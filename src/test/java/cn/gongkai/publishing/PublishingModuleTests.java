package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import cn.gongkai.GongkaiApplication;

/** The module boundaries of catalog, publishing and portal hold (Spring Modulith). */
class PublishingModuleTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);

    @Test
    void catalogPublishingAndPortalRespectTheirDeclaredDependencies() {
        for (String name : new String[] { "catalog", "publishing", "portal" }) {
            ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
            assertThat(module.detectDependencies(MODULES).getMessages()).as(name).isEmpty();
        }
    }
}
