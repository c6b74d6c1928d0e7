package org.softmaxlab.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The data layer is plain Java: the GUI, the trainer and the CLI build on it, not the other way round. */
class DataLayerArchitectureTest {

    private final JavaClasses dataClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.softmaxlab.data");

    @Test
    void usesNeitherJavaFxNorNd4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.bytedeco..")
                .check(dataClasses);
    }

    @Test
    void usesNoOtherSoftmaxLabLayer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "org.softmaxlab.ui..", "org.softmaxlab.cli..", "org.softmaxlab.train..", "org.softmaxlab.math..")
                .check(dataClasses);
    }
}
