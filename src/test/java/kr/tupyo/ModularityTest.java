package kr.tupyo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the diagrams in docs/modules/ are drawn from the code. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TupyoApplication.class);
    private static final Path DOCS = Path.of("docs/modules");
    private static final Path DRAWN = Path.of("target/modules");

    @Test
    void modulesOnlyUseEachOthersPublishedTypes() {
        MODULES.verify();
    }

    /**
     * The documenter writes the lines of a diagram in a different order on every run; a file in docs/ is
     * replaced only when its lines differ as a set, so an unchanged design leaves no diff behind. (In a
     * canvas table the first item of a cell carries the cell's "|", so that mark is ignored too.)
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> drawn = Files.list(DRAWN)) {
            for (Path file : drawn.toList()) {
                Path doc = DOCS.resolve(file.getFileName());
                if (!Files.exists(doc) || !sortedLines(doc).equals(sortedLines(file))) {
                    Files.copy(file, doc, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList();
    }
}
