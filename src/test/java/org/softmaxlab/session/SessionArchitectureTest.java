package org.softmaxlab.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The session layer is plain Java: the GUI's view-models use it, and it builds on train's records
 * only, never on JavaFX, ND4J or a front end.
 */
class SessionArchitectureTest {

    private final JavaClasses sessionClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.softmaxlab.session");

    @Test
    void usesNeitherJavaFxNorNd4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..")
                .check(sessionClasses);
    }

    @Test
    void usesNoFrontEnd() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.softmaxlab.ui..", "org.softmaxlab.cli..")
                .check(sessionClasses);
    }
}
