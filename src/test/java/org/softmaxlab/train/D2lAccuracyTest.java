package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.testing.RealData;

/** d2l §3.7's recipe on the full real Fashion-MNIST reaches what the book reaches. */
@Tag("slow")
class D2lAccuracyTest {

    @Test
    @Timeout(300)
    void tenEpochsWithTheDefaultsReachTheBooksAccuracy() {
        Nd4jRuntime.configureThreads(1);
        TrainingData data = TrainingData.of(RealData.load());
        assertEquals(60_000, data.train().size());
        assertEquals(10_000, data.test().size());
        RunOutcome outcome = new Trainer(data).run(TrainConfig.DEFAULTS, TrainingListener.NONE, new TrainingControl());
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status());
        assertEquals(10, outcome.epochs().size());
        EpochMetrics last = outcome.lastEpoch();
        assertTrue(last.trainLoss() < 0.5, "train loss " + last.trainLoss());
        assertTrue(last.trainAccuracy() > 0.80, "train accuracy " + last.trainAccuracy());
        assertTrue(last.testAccuracy() >= 0.82, "test accuracy " + last.testAccuracy());
        assertTrue(outcome.epochs().get(0).trainLoss() > last.trainLoss(), "the loss falls");
    }
}
