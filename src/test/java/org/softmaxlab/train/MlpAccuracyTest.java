package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.testing.RealData;

/** d2l's concise MLP (256 hidden, its recipe) on the full real Fashion-MNIST reaches what the book reaches. */
@Tag("slow")
class MlpAccuracyTest {

    @Test
    @Timeout(900)
    void tenEpochsOfTheBooksMlpReachEightyFivePercentOnTheTestSet() {
        Nd4jRuntime.configureThreads(1);
        TrainingData data = TrainingData.of(RealData.load());
        TrainConfig config = TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(ModelSpec.DEFAULT_HIDDEN));
        RunOutcome outcome = new Trainer(data).run(config, TrainingListener.NONE, new TrainingControl());
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals(10, outcome.epochs().size());
        EpochMetrics last = outcome.lastEpoch();
        assertTrue(last.testAccuracy() >= 0.85, "test accuracy " + last.testAccuracy());
        assertTrue(outcome.epochs().get(0).trainLoss() > last.trainLoss(), "the loss falls");
    }
}
