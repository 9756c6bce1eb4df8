package kr.tupyo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the diagrams in docs/modules/ are drawn from the code. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TupyoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
