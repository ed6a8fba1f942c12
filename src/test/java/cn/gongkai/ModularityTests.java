package cn.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (Spring Modulith), and the module documentation under docs/modules is current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        // Module canvases are not written: Boot 4's fallback JSON parser cannot read the Javadoc
        // index that the Modulith annotation processor generates for this code base.
    }
}
