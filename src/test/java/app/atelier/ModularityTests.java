package app.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules and their boundaries, as Spring Modulith reads them from the packages: each top-level package
 * under {@code app.atelier} is a module, its sub-packages are its internals unless a type says it is part of a named
 * interface, {@code base} is open to all. No cycle between modules, no use of another module's internals.
 */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(AtelierApplication.class);

    @Test
    void theModulesKeepTheirBoundaries() {
        modules.verify();
    }

    /** The same verification sees a forbidden import: a fixture whose {@code ideas} uses {@code votes}' internal. */
    @Test
    void aForbiddenImportIsCaught() {
        ImportOption testClassesToo = location -> true; // the fixture lives among the tests
        List<String> found = violations(ApplicationModules.of("app.atelier.modularity.fixture", testClassesToo));
        assertThat(found).containsExactly("Module 'ideas' depends on non-exposed type "
                + "app.atelier.modularity.fixture.votes.internal.Tally within module 'votes'!");
    }

    /** The modules' documentation (component diagrams, a canvas per module) in target/spring-modulith-docs. */
    @Test
    void writesTheModulesDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }

    /** Each violation by its first line, once (one per offending reference otherwise). */
    private static List<String> violations(ApplicationModules modules) {
        return modules.detectViolations().getMessages().stream().map(m -> m.lines().findFirst().orElse(m)).distinct()
                .toList();
    }
}
