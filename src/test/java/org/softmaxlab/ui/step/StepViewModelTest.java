package org.softmaxlab.ui.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.ModelSpec;

/**
 * The One step tab's view-model: a page per copied batch, computed on the background executor
 * (never on the thread that sets the batch), ranked by loss with the broken rows first, its ΔW
 * colour maps ready; a pick recomputes only that image's page and keeps the ranking.
 */
class StepViewModelTest {

    /** Work queued here runs only when the test says so: "the background". */
    private final List<Runnable> background = new ArrayList<>();
    private final Executor later = background::add;
    private final StepViewModel vm = new StepViewModel(new org.softmaxlab.ui.tasks.BackgroundTasks(later, Runnable::run));

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    /** Three images: row 1 has the largest finite loss, row 2 overflows (naive exp of 200). */
    private static BatchSnapshot batch(LossFormula formula) {
        float[] logits = new float[3 * 10];
        logits[0] = 5; // row 0: class 0 likely, true class 0: small loss
        logits[10 + 3] = 8; // row 1: class 3 likely, true class 1: large loss
        logits[20 + 4] = 200; // row 2: exp(200) overflows float32 in the naive formula
        float[] inputs = new float[3 * 784];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (i % 7) / 7f;
        }
        return new BatchSnapshot(1, 3, 3, inputs, new int[] {0, 1, 2}, logits, 0.1, formula, ModelSpec.SOFTMAX);
    }

    @Test
    void aPageIsComputedInTheBackgroundOncePerBatch() {
        vm.setBatch(batch(LossFormula.NAIVE));
        assertNull(vm.pageProperty().get(), "nothing computed on the caller's thread");
        assertEquals(1, background.size());
        runBackground();
        StepViewModel.Page page = vm.pageProperty().get();
        assertNotNull(page);
        assertEquals(List.of(2, 1, 0), page.ranked(), "NaN first, then by loss");
        assertEquals(2, page.anatomy().row(), "opened at the row that broke");
        assertEquals(4, page.deltas().length);
        assertEquals(784, page.deltas()[0].length);
        assertTrue(page.deltaNaN(), "the row that overflowed has p − y = NaN: its ΔW is NaN, not zero");

        vm.pick(1);
        runBackground();
        assertEquals(false, vm.pageProperty().get().deltaNaN(), "row 1 (true 1, predicted 3): every ΔW drawn for classes 1 and 3 is finite, row 2 broke only class 4");
    }

    @Test
    void aNewerBatchWinsOverAnOlderOneStillComputing() {
        BatchSnapshot first = batch(LossFormula.STABLE);
        BatchSnapshot second = batch(LossFormula.STABLE);
        vm.setBatch(first);
        vm.setBatch(second);
        runBackground();
        assertSame(second, vm.pageProperty().get().anatomy().batch());
    }

    @Test
    void aPickKeepsTheRankingAndOpensThatImage() {
        vm.setBatch(batch(LossFormula.STABLE));
        runBackground();
        List<Integer> ranked = vm.pageProperty().get().ranked();
        assertEquals(2, vm.pageProperty().get().anatomy().row(), "the largest loss (200)");
        vm.pick(0);
        runBackground();
        assertEquals(0, vm.pageProperty().get().anatomy().row());
        assertEquals(ranked, vm.pageProperty().get().ranked());
        assertTrue(vm.pageProperty().get().deltaScale() > 0);
    }

    @Test
    void noBatchNoPage() {
        vm.setBatch(batch(LossFormula.STABLE));
        vm.setBatch(null);
        runBackground();
        assertNull(vm.pageProperty().get(), "the answer for the dropped batch is dropped");
    }
}
