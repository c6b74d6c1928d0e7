package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.TrainConfig;

@Tag("locale")
class RunHistoryTest {

    private final RunHistory history = new RunHistory();
    private static final TrainConfig D2L = TrainConfig.DEFAULTS;

    @Test
    void runsAreNumberedFromOneInOrderAndNumbersAreNotReused() {
        RunRecord first = history.add(D2L);
        RunRecord second = history.add(D2L);
        history.remove(first);
        RunRecord third = history.add(D2L);

        assertEquals(List.of(2, 3), history.runs().stream().map(RunRecord::id).toList());
        assertEquals(List.of(second, third), history.runs());
        assertTrue(history.find(1).isEmpty());
        assertEquals(third, history.find(3).orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> history.runs().clear());
    }

    @Test
    void newRunsAreSelectedAndSelectionKeepsHistoryOrder() {
        RunRecord a = history.add(D2L);
        RunRecord b = history.add(D2L);
        RunRecord c = history.add(D2L);

        history.setSelected(b, false);
        history.setSelected(a, false);
        history.setSelected(a, true);

        assertEquals(List.of(a, c), history.selected());
        assertFalse(history.isSelected(b));
        history.remove(c);
        assertEquals(List.of(a), history.selected());
        assertThrows(IllegalArgumentException.class, () -> history.setSelected(c, true));
    }

    @Test
    void labelsNameTheOneSettingThatDiffers() {
        RunRecord small = history.add(D2L.withLearningRate(0.01));
        RunRecord d2l = history.add(D2L);
        RunRecord large = history.add(D2L.withLearningRate(1));

        assertEquals("lr 0.01", history.label(small).text());
        assertEquals("lr 0.1", history.label(d2l).text());
        assertEquals("lr 1", history.label(large).text());
    }

    @Test
    void labelsNameEverySettingThatDiffersInAFixedOrder() {
        RunRecord a = history.add(D2L.withBatchSize(64));
        RunRecord b = history.add(D2L.withLearningRate(0.5).withLossFormula(LossFormula.NAIVE));

        assertEquals("lr 0.1, batch 64, loss stable", history.label(a).text());
        assertEquals("lr 0.5, batch 256, loss naive", history.label(b).text());
    }

    @Test
    void theOtherSettingsAreNamedWhenTheyDiffer() {
        RunRecord a = history.add(D2L.withEpochs(5).withInitStd(0.0001).withSeed(1));
        RunRecord b = history.add(D2L);

        assertEquals("epochs 5, init std 0.0001, seed 1", RunHistory.label(a, List.of(a, b)).text());
        assertEquals("epochs 10, init std 0.01, seed 42", RunHistory.label(b, List.of(a)).text());
    }

    @Test
    void runsThatDifferInNothingAreCalledByNumber() {
        RunRecord a = history.add(D2L);
        RunRecord b = history.add(D2L);

        assertEquals("run 1", history.label(a).text());
        assertEquals("run 2", history.label(b).text());
        assertEquals("run 1", RunHistory.label(a, List.of()).text());
    }

    @Test
    void twinsAmongDifferentRunsAreToldApartByNumber() {
        RunRecord a = history.add(D2L);
        RunRecord b = history.add(D2L);
        RunRecord c = history.add(D2L.withLearningRate(1));

        assertEquals("lr 0.1 (run 1)", history.label(a).text());
        assertEquals("lr 0.1 (run 2)", history.label(b).text());
        assertEquals("lr 1", history.label(c).text());
        // The parts a front end names in its own language: the setting, this run's value, and the number.
        assertEquals(new RunLabel(List.of(new RunLabel.Part(RunLabel.Setting.LEARNING_RATE, "0.1")), 2, true),
                history.label(b));
        assertEquals(new RunLabel(List.of(), 1, true), RunHistory.label(a, List.of()));
    }

    @Test
    void theLossIsNamedByTheFormulasId() {
        RunRecord a = history.add(D2L.withLossFormula(LossFormula.NAIVE));
        history.add(D2L);
        assertEquals(List.of(new RunLabel.Part(RunLabel.Setting.LOSS, "naive")), history.label(a).parts());
    }

    @Test
    void theModelComesFirstWhenRunsDifferInIt() {
        RunRecord softmax = history.add(D2L);
        RunRecord mlp = history.add(D2L.withModel(org.softmaxlab.train.ModelSpec.mlp(256)).withLearningRate(0.5));
        assertEquals("model softmax, lr 0.1", history.label(softmax).text());
        assertEquals("model mlp 256, lr 0.5", history.label(mlp).text());
    }

    @Test
    void labelsAreAmongTheSelectedRunsOnly() {
        RunRecord a = history.add(D2L);
        RunRecord b = history.add(D2L.withBatchSize(32));
        RunRecord c = history.add(D2L.withLearningRate(0.3));

        history.setSelected(b, false);

        assertEquals("lr 0.1", history.label(a).text());
        assertEquals("lr 0.3", history.label(c).text());
        assertEquals("lr 0.1, batch 32", history.label(b).text(), "a run not selected is labelled as if it were added");
    }

    @Test
    void aChangedLearningRateIsPartOfTheLabel() {
        RunRecord steady = history.add(D2L);
        RunRecord decayed = history.add(D2L);
        decayed.changeLearningRate(5, 0.01);

        assertEquals("lr 0.1", history.label(steady).text());
        assertEquals("lr 0.1->0.01", history.label(decayed).text());
    }
}
