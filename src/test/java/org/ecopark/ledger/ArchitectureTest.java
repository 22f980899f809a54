package org.ecopark.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN and CONVENTIONS, kept by the build rather than by memory. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecopark.ledger");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("gui").definedBy("org.ecopark.ledger.gui..")
                .layer("cli").definedBy("org.ecopark.ledger.cli..")
                .layer("chart").definedBy("org.ecopark.ledger.chart..")
                .layer("logic").definedBy("org.ecopark.ledger.logic..")
                .layer("persistence").definedBy("org.ecopark.ledger.persistence..")
                .layer("model").definedBy("org.ecopark.ledger.model..")
                .whereLayer("gui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("chart").mayOnlyBeAccessedByLayers("gui", "logic")
                .whereLayer("logic").mayOnlyBeAccessedByLayers("gui", "cli")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("logic")
                .whereLayer("model").mayOnlyBeAccessedByLayers("gui", "cli", "chart", "logic", "persistence")
                .because("screens and commands are thin over the same use cases, and storage stays swappable "
                        + "(H2 file today, a shared PostgreSQL server tomorrow)")
                .check(classes);
    }

    @Test
    void javaFxOnlyInTheGui() {
        noClasses().that().resideOutsideOfPackages("org.ecopark.ledger.gui..", "org.ecopark.ledger")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "org.jfree.chart.fx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("the command line, the PDF report and the tests of logic must run without a display")
                .check(classes);
    }

    @Test
    void jooqAndFlywayOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("org.ecopark.ledger.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "java.sql..")
                .because("use cases speak in model records; SQL and its dialect stay behind the repositories")
                .check(classes);
    }

    @Test
    void theRelaxedOpenOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("org.ecopark.ledger.persistence..")
                .should().callMethod(Database.class, "openRelaxed", Path.class)
                .because("a commit that is not forced onto the disk is a yardstick for the benchmark's save scenario "
                        + "(src/bench), never a way for the window or a command to open a user's ledger")
                .check(classes);
    }

    @Test
    void theBenchmarkIsNotInTheProduct() {
        noClasses().should().resideInAPackage("org.ecopark.ledger.bench..")
                .orShould().haveSimpleNameStartingWith("Bench")
                .orShould().haveSimpleName("BareWindow")
                .orShould().haveSimpleName("StartupProbe")
                .orShould().haveSimpleName("ProbedStart")
                .because("the benchmark is its own jar (src/bench, target/ecopark-ledger-bench.jar): the program a user "
                        + "installs carries none of it")
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.ecopark.ledger.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.ecopark.ledger.model..")
                .because("the model is plain immutable data that every layer can share")
                .check(classes);
    }

    @Test
    void noStandardStreamsOrPrintStackTrace() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("errors are logged once through SLF4J and shown through the dialog service; "
                        + "commands print through picocli's writers")
                .check(classes);
    }
}
