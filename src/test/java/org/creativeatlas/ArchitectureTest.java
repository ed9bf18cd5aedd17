package org.creativeatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers run one way: model ← store ← logic ← ui and cli, so the command line and tests run without a screen. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.creativeatlas");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.creativeatlas.model..")
                .layer("store").definedBy("org.creativeatlas.store..")
                .layer("logic").definedBy("org.creativeatlas.logic..")
                .layer("ui").definedBy("org.creativeatlas.ui..")
                .layer("cli").definedBy("org.creativeatlas.cli..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("logic").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("logic", "ui", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("store", "logic", "ui", "cli")
                .check(CLASSES);
    }

    @Test
    void noJavaFxBelowTheUi() {
        noClasses().that().resideOutsideOfPackages("org.creativeatlas.ui..", "org.creativeatlas")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.creativeatlas.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(CLASSES);
    }
}
