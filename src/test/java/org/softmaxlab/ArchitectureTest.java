package org.softmaxlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.softmaxlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Data, maths, training, inspection, session files and the command line work without JavaFX and
     * know nothing of the window.
     */
    @ArchTest
    static final ArchRule LOGIC_HAS_NO_GUI = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.data..", "org.softmaxlab.math..", "org.softmaxlab.train..",
                    "org.softmaxlab.io..", "org.softmaxlab.cli..", "org.softmaxlab.inspect..",
                    "org.softmaxlab.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.softmaxlab.ui..", "org.controlsfx..");

    /** Arrows point down: the layers below the front ends never reach up into them. */
    @ArchTest
    static final ArchRule LOWER_LAYERS_DO_NOT_REACH_UP = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.data..", "org.softmaxlab.math..", "org.softmaxlab.train..",
                    "org.softmaxlab.io..", "org.softmaxlab.inspect..", "org.softmaxlab.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.softmaxlab.cli..", "org.softmaxlab.ui..");

    /** The numerical kernels and the data layer stand alone: no training, no front ends. */
    @ArchTest
    static final ArchRule MATH_AND_DATA_STAND_ALONE = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.math..", "org.softmaxlab.data..", "org.softmaxlab.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.softmaxlab.train..", "org.softmaxlab.inspect..",
                    "org.softmaxlab.session..");

    /** Only the trainer touches ND4J: everything else is plain Java that tests run without native code. */
    @ArchTest
    static final ArchRule ONLY_TRAIN_USES_ND4J = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.data..", "org.softmaxlab.math..", "org.softmaxlab.io..",
                    "org.softmaxlab.inspect..", "org.softmaxlab.session..", "org.softmaxlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..");

    /** View-models hold state, not nodes, so that they can be tested without a screen. */
    @ArchTest
    static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");
}
