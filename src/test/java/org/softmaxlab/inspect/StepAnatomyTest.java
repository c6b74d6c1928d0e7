package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.testing.RecordingListener.next;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.math.BatchLoss;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericReason;
import org.softmaxlab.math.NumericValue;
import org.softmaxlab.math.SoftmaxCrossEntropy;
import org.softmaxlab.testing.BackgroundRun;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.RecordingListener;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;

/** The opened-up step is the trainer's step: its numbers are SoftmaxCrossEntropy's for that batch. */
@Timeout(120)
class StepAnatomyTest {

    @Test
    void theOpenedUpStepIsTheTrainersStep() throws Exception {
        Nd4jRuntime.configureThreads(1);
        TrainingData data = TrainingData.of(RealData.load().head(2000, 200));
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(1).withBatchSize(64);
        float[] before = Model.initialized(config.model(), config.initStd(), config.seed()).parametersCopy();
        TrainingControl control = BackgroundRun.pausedWithSnapshots();
        RecordingListener events = BackgroundRun.start(data, config, control).events;
        control.step();
        BatchSnapshot batch = next(events.snapshots);
        float[] after = next(events.weights);
        BatchProgress step = events.nextBatch();
        control.cancel();

        float[] p = new float[64 * 10];
        BatchLoss loss = SoftmaxCrossEntropy.forward(batch.logits(), batch.labels(), 64, 10, LossFormula.STABLE, p,
                null);
        float[] g = p.clone();
        SoftmaxCrossEntropy.probabilitiesToGradient(g, batch.labels(), 64, 10);
        StepAnatomy first = StepAnatomy.of(batch, 0);
        double lossSum = 0;
        for (int r = 0; r < 64; r++) {
            StepAnatomy a = first.at(r);
            lossSum += a.loss().value();
            for (int c = 0; c < 10; c++) {
                assertEquals(p[r * 10 + c], (float) a.probability(c).value(), 0, "p, row " + r);
                assertEquals(g[r * 10 + c], a.gradient(c), 0, "p − y, row " + r);
            }
        }
        assertEquals(loss.lossSum(), lossSum, 0, "the rows' losses add up to the trainer's");
        assertEquals(step.runningLoss(), lossSum / 64, 1e-12);
        StepAnatomy worst = first.at(first.largestLossRow());
        for (int r = 0; r < 64; r++) {
            assertTrue(worst.loss().value() >= first.loss(r));
        }
        // The batch's ΔW for two classes is the trainer's change to those weights.
        for (int c : new int[] {worst.trueClass(), worst.predictedClass()}) {
            float[] delta = worst.batchDelta(c);
            for (int j = 0; j < 784; j++) {
                assertEquals(after[j * 10 + c] - before[j * 10 + c], delta[j], 1e-6, "ΔW class " + c + " pixel " + j);
            }
        }
    }

    @Test
    void theOverflowDemoShowsTheInfWhereItHappens() {
        float[] logits = new float[10];
        logits[3] = 100f; // exp(100) > float32's 3.4e38
        float[] inputs = new float[784];
        BatchSnapshot batch = new BatchSnapshot(1, 1, 1, inputs, new int[] {0}, logits, 0.1, LossFormula.NAIVE,
                ModelSpec.SOFTMAX);
        StepAnatomy a = StepAnatomy.of(batch, 0);
        NumericValue e = a.exponent(3);
        assertEquals(NumericValue.Kind.POSITIVE_INFINITY, e.kind());
        assertEquals(NumericReason.Code.OVERFLOW, e.reason().code());
        assertEquals(NumericValue.Kind.POSITIVE_INFINITY, a.exponentSum().kind());
        assertEquals(NumericValue.Kind.NAN, a.probability(3).kind());
        assertEquals(NumericReason.Code.OVERFLOW_NAN, a.probability(3).reason().code());
        assertTrue(a.loss().isSpecial(), "the naive loss breaks: " + a.loss());

        StepAnatomy stable = StepAnatomy.of(new BatchSnapshot(1, 1, 1, inputs, new int[] {0}, logits, 0.1,
                LossFormula.STABLE, ModelSpec.SOFTMAX), 0);
        assertEquals(1f, (float) stable.exponent(3).value());
        assertEquals(100f, (float) stable.loss().value(), 1e-4f, "stable: m + log Σ − o_0 = 100");
    }
}
