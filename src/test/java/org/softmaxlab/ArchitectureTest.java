package org.softmaxlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.softmaxlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Data, maths, training, files and the command line work without JavaFX and know nothing of the window. */
    @ArchTest
    static final ArchRule LOGIC_HAS_NO_GUI = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.data..", "org.softmaxlab.math..", "org.softmaxlab.train..",
                    "org.softmaxlab.io..", "org.softmaxlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.softmaxlab.ui..", "org.controlsfx..");

    /** View-models hold state, not nodes, so that they can be tested without a screen. */
    @ArchTest
    static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");
}
