package org.softmaxlab.ui.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericsComparison;
import org.softmaxlab.math.NumericsPreset;
import org.softmaxlab.math.Precision;
import org.softmaxlab.math.SoftmaxVariant;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;

@Tag("locale")
class NumericsViewModelTest {

    private final NumericsViewModel vm = new NumericsViewModel();

    /** The highlight of every entry of {@code variant} in {@code precision}, null for ordinary numbers. */
    private List<String> highlights(Precision precision, SoftmaxVariant variant) {
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < vm.comparisonProperty().get().size(); i++) {
            styles.add(vm.cell(precision, variant, i).styleClass());
        }
        return styles;
    }

    private static List<String> all(String style, int count) {
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            styles.add(style);
        }
        return styles;
    }

    @Test
    void startsOnTheOrdinaryPresetWhereEveryFormulaAgrees() {
        assertEquals("1, 2, 3", vm.logitsTextProperty().get());
        assertSame(NumericsPreset.ORDINARY, vm.presetProperty().get());
        assertEquals(List.of(0, 1, 2), vm.classes());
        for (Precision p : Precision.values()) {
            for (SoftmaxVariant v : SoftmaxVariant.values()) {
                assertEquals(all(null, 3), highlights(p, v), p + " " + v);
            }
            assertEquals("2.408", vm.crossEntropy(p, LossFormula.NAIVE).text());
            assertEquals("2.408", vm.crossEntropy(p, LossFormula.STABLE).text());
        }
        assertEquals("0.09003", vm.cell(Precision.FLOAT32, SoftmaxVariant.NAIVE_SOFTMAX, 0).text());
        assertTrue(vm.reasons().isEmpty());
    }

    @Test
    void largeLogitsOverflowTheNaiveFormulasInBothPrecisionsAndNothingElse() {
        vm.applyPreset(NumericsPreset.LARGE);
        assertEquals("1000, 1001, 1002", vm.logitsTextProperty().get());
        for (Precision p : Precision.values()) {
            assertEquals(all(Styles.NUMERIC_NAN, 3), highlights(p, SoftmaxVariant.NAIVE_SOFTMAX));
            assertEquals(all(Styles.NUMERIC_NAN, 3), highlights(p, SoftmaxVariant.NAIVE_LOG_SOFTMAX));
            assertEquals(all(null, 3), highlights(p, SoftmaxVariant.STABLE_SOFTMAX));
            assertEquals(all(null, 3), highlights(p, SoftmaxVariant.STABLE_LOG_SOFTMAX));
            assertEquals("NaN", vm.crossEntropy(p, LossFormula.NAIVE).text());
            assertEquals("2.408", vm.crossEntropy(p, LossFormula.STABLE).text(), "shifting by 1000 changes nothing");
        }
        NumericCell cell = vm.cell(Precision.FLOAT32, SoftmaxVariant.NAIVE_SOFTMAX, 0);
        assertEquals("exp(o) overflowed to inf (o > 88.72), and inf / inf = NaN", cell.reason());
        ReasonLine first = vm.reasons().get(0);
        assertEquals("float32 · naive softmax · classes 0, 1, 2", first.where());
        assertEquals(cell.reason(), first.reason());
        assertEquals(Styles.NUMERIC_NAN, first.styleClass());
        // The reasons name each precision's limit (88.72, 709.78), so here every line is per precision.
        assertEquals(List.of("float32 · naive softmax · classes 0, 1, 2", "float64 · naive softmax · classes 0, 1, 2",
                "float32 · naive log(softmax) · classes 0, 1, 2", "float64 · naive log(softmax) · classes 0, 1, 2",
                "float32 · cross-entropy, naive (log of softmax)", "float64 · cross-entropy, naive (log of softmax)"),
                vm.reasons().stream().map(ReasonLine::where).toList());
    }

    @Test
    void aWideSpreadShowsOverflowUnderflowAndLogOfZero() {
        vm.applyPreset(NumericsPreset.SPREAD);
        for (Precision p : Precision.values()) {
            assertEquals(List.of(Styles.NUMERIC_ZERO, Styles.NUMERIC_ZERO, Styles.NUMERIC_NAN),
                    highlights(p, SoftmaxVariant.NAIVE_SOFTMAX));
            assertEquals(List.of(Styles.NUMERIC_NEG_INF, Styles.NUMERIC_NEG_INF, Styles.NUMERIC_NAN),
                    highlights(p, SoftmaxVariant.NAIVE_LOG_SOFTMAX));
            // The max-shifted softmax underflows too, harmlessly; its log-softmax stays finite.
            assertEquals(Arrays.asList(Styles.NUMERIC_ZERO, Styles.NUMERIC_ZERO, null),
                    highlights(p, SoftmaxVariant.STABLE_SOFTMAX));
            assertEquals(all(null, 3), highlights(p, SoftmaxVariant.STABLE_LOG_SOFTMAX));
            assertEquals(Styles.NUMERIC_INF, vm.crossEntropy(p, LossFormula.NAIVE).styleClass());
            assertEquals("2000", vm.crossEntropy(p, LossFormula.STABLE).text());
        }
        assertEquals("the probability underflowed to 0, and log(0) = −inf",
                vm.cell(Precision.FLOAT64, SoftmaxVariant.NAIVE_LOG_SOFTMAX, 0).reason());
        assertTrue(vm.cell(Precision.FLOAT32, SoftmaxVariant.STABLE_SOFTMAX, 0).reason().contains("harmless"));
        // Reasons alike in both precisions are one line naming both.
        ReasonLine logOfZero = vm.reasons().stream().filter(line -> line.styleClass().equals(Styles.NUMERIC_NEG_INF))
                .findFirst().orElseThrow();
        assertEquals("float32, float64 · naive log(softmax) · classes 0, 1", logOfZero.where());
        assertEquals("the probability underflowed to 0, and log(0) = −inf", logOfZero.reason());
    }

    @Test
    void float32sExpLimitSitsBetween88point7And88point8() {
        vm.applyPreset(NumericsPreset.BELOW_FLOAT_LIMIT);
        assertEquals(1, vm.trueClassProperty().get());
        assertTrue(vm.reasons().isEmpty(), "88.7 is still finite in float32: " + vm.reasons());

        vm.applyPreset(NumericsPreset.ABOVE_FLOAT_LIMIT);
        assertEquals(List.of(Styles.NUMERIC_NAN, Styles.NUMERIC_ZERO, Styles.NUMERIC_ZERO),
                highlights(Precision.FLOAT32, SoftmaxVariant.NAIVE_SOFTMAX));
        assertEquals(Styles.NUMERIC_INF, vm.crossEntropy(Precision.FLOAT32, LossFormula.NAIVE).styleClass());
        assertEquals(all(null, 3), highlights(Precision.FLOAT64, SoftmaxVariant.NAIVE_SOFTMAX), "float64 copes");
        assertEquals("87.8", vm.crossEntropy(Precision.FLOAT32, LossFormula.STABLE).text());
        assertTrue(vm.reasons().stream().allMatch(line -> line.where().startsWith("float32")), vm.reasons().toString());
    }

    @Test
    void typedLogitsAreComparedAndTheTrueClassFollowsTheirNumber() {
        vm.trueClassProperty().set(2);
        vm.logitsTextProperty().set("5, −5");
        assertNull(vm.presetProperty().get());
        assertEquals(List.of(0, 1), vm.classes());
        assertEquals(1, vm.trueClassProperty().get(), "class 2 no longer exists; the last one is chosen");
        NumericsComparison shown = vm.comparisonProperty().get();
        assertEquals(-5, shown.logit(1));
        assertEquals("10", vm.crossEntropy(Precision.FLOAT64, LossFormula.STABLE).text());

        vm.trueClassProperty().set(0);
        assertEquals("4.54e−5", vm.crossEntropy(Precision.FLOAT64, LossFormula.STABLE).text());
    }

    @Test
    void invalidTextIsExplainedAndTheLastValidTableStays() {
        vm.applyPreset(NumericsPreset.LARGE);
        NumericsComparison shown = vm.comparisonProperty().get();
        vm.logitsTextProperty().set("1000, 1001, x");
        assertEquals("“x” is not a number. Write logits like 1000, −2.5 or 1e3, separated by commas.",
                vm.problemProperty().get());
        assertSame(shown, vm.comparisonProperty().get());
        assertNull(vm.presetProperty().get(), "the field no longer shows the preset, so no preset is lit");
        vm.logitsTextProperty().set("");
        assertTrue(vm.problemProperty().get().startsWith("Enter 1 to 10 logits"));
        vm.logitsTextProperty().set("1000, 1001, 1002");
        assertEquals("", vm.problemProperty().get());
        assertSame(NumericsPreset.LARGE, vm.presetProperty().get(), "typing a preset's logits is that preset");
        assertNotNull(vm.cell(Precision.FLOAT32, SoftmaxVariant.NAIVE_SOFTMAX, 2));
    }

    @Test
    void theReasonsAreSaidInChineseAfterASwitch() {
        vm.applyPreset(NumericsPreset.SPREAD);
        try {
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            vm.relocalize();
            ReasonLine logOfZero = vm.reasons().stream()
                    .filter(line -> line.styleClass().equals(Styles.NUMERIC_NEG_INF)).findFirst().orElseThrow();
            assertEquals("概率下溢为 0，而 log(0) = −inf", logOfZero.reason());
            assertEquals("exp(−2000) 下溢为 0；只要不对它取对数，在这里就无害",
                    vm.cell(Precision.FLOAT32, SoftmaxVariant.STABLE_SOFTMAX, 0).reason());
            assertEquals("−log(0)：概率下溢为 0，而 log(0) = −inf",
                    vm.crossEntropy(Precision.FLOAT64, LossFormula.NAIVE).reason());
            vm.applyPreset(NumericsPreset.LARGE);
            assertEquals("exp(o) 上溢为 inf（o > 709.78），而 inf / inf = NaN",
                    vm.cell(Precision.FLOAT64, SoftmaxVariant.NAIVE_SOFTMAX, 0).reason());
            for (ReasonLine line : vm.reasons()) {
                assertTrue(line.reason().matches(".*\\p{IsHan}.*"), "said in Chinese: " + line);
            }
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    void tenLogitsAreTheMost() {
        vm.logitsTextProperty().set("0 1 2 3 4 5 6 7 8 9");
        assertEquals(10, vm.classes().size());
        vm.logitsTextProperty().set("0 1 2 3 4 5 6 7 8 9 10");
        assertEquals("At most 10 logits can be entered, one per class; you entered 11.", vm.problemProperty().get());
        assertEquals(10, vm.comparisonProperty().get().size());
    }
}
