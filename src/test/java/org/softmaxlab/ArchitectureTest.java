package org.softmaxlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the project's architecture sketch ({@code ../shared/docs/architecture.md}, summed up
 * in the README's "Layout"), checked on the compiled classes.
 */
@AnalyzeClasses(packages = "org.softmaxlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Data, maths, training, a run's glue, inspection, session files and the command line work
     * without JavaFX and know nothing of the window.
     */
    @ArchTest
    static final ArchRule LOGIC_HAS_NO_GUI = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.data..", "org.softmaxlab.math..", "org.softmaxlab.train..",
                    "org.softmaxlab.io..", "org.softmaxlab.cli..", "org.softmaxlab.inspect..",
                    "org.softmaxlab.session..", "org.softmaxlab.run..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.softmaxlab.ui..", "org.controlsfx..");

    /** Arrows point down: the layers below the front ends never reach up into them. */
    @ArchTest
    static final ArchRule LOWER_LAYERS_DO_NOT_REACH_UP = noClasses()
            .that().resideInAnyPackage("org.softmaxlab.data..", "org.softmaxlab.math..", "org.softmaxlab.train..",
                    "org.softmaxlab.io..", "org.softmaxlab.inspect..", "org.softmaxlab.session..",
                    "org.softmaxlab.run..")
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
                    "org.softmaxlab.inspect..", "org.softmaxlab.session..", "org.softmaxlab.run..",
                    "org.softmaxlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..");

    /** View-models hold state, not nodes, so that they can be tested without a screen. */
    @ArchTest
    static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");

    /**
     * The window's feature packages ({@code ui.run}, {@code ui.charts}, {@code ui.settings}, …) depend on
     * each other one way only, so that each can be read, changed and tested from the ones below it. A
     * composition package such as {@code ui.main} may use many; none may use it back.
     */
    @ArchTest
    static final ArchRule UI_FEATURES_FORM_NO_CYCLE = slices().matching("org.softmaxlab.ui.(*)..")
            .should().beFreeOfCycles();
}
