package org.softmaxlab;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Tags;

/**
 * The suite's tags hold what the README's Test section promises: every test that opens a window is
 * tagged {@value #WINDOW}, so the core suite ({@code -Pcore}, which leaves window and slow tests out)
 * stays quick. A new window test without the tag fails here, by name, instead of slowing the core suite
 * unnoticed. (Untagged tests run in the full suite all the same; tags only choose subsets.)
 */
@AnalyzeClasses(packages = "org.softmaxlab", importOptions = ImportOption.OnlyIncludeTests.class)
class SuiteTagsTest {

    /** Tests that open a JavaFX window (TestFX, Monocle): about 60 % of the suite's time. */
    static final String WINDOW = "window";

    @ArchTest
    static final ArchRule WINDOW_TESTS_ARE_TAGGED = classes()
            .that().haveSimpleNameEndingWith("Test").and().areTopLevelClasses()
            .and(describe("use TestFX, the window extensions, a Stage or the FX platform", test -> test
                    .getDirectDependenciesFromSelf().stream().anyMatch(d -> opensWindows(d.getTargetClass()))))
            .should(beTagged(WINDOW))
            .allowEmptyShould(false);

    private static boolean opensWindows(JavaClass used) {
        return used.getPackageName().startsWith("org.testfx") || WINDOW_OPENERS.contains(used.getName());
    }

    private static final java.util.Set<String> WINDOW_OPENERS = java.util.Set.of("org.softmaxlab.ui.WindowExtension",
            "org.softmaxlab.ui.OwnStageWindow", "javafx.stage.Stage", "javafx.application.Platform");

    private static ArchCondition<JavaClass> beTagged(String tag) {
        return new ArchCondition<>("be tagged @Tag(\"" + tag + "\")") {
            @Override
            public void check(JavaClass test, ConditionEvents events) {
                Stream<Tag> own = test.tryGetAnnotationOfType(Tag.class).stream();
                Stream<Tag> repeated = test.tryGetAnnotationOfType(Tags.class).stream()
                        .flatMap(tags -> Arrays.stream(tags.value()));
                if (Stream.concat(own, repeated).noneMatch(t -> t.value().equals(tag))) {
                    events.add(SimpleConditionEvent.violated(test, test.getName() + " opens a window but is not "
                            + "tagged @Tag(\"" + tag + "\"): add the tag, or the core suite (-Pcore) runs it"));
                }
            }
        };
    }
}
