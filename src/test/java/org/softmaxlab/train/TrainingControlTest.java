package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingControlTest {

    @Test
    void eachAppliedRateIsTakenOnceAndTheNewestOfTwoWins() {
        TrainingControl control = new TrainingControl();
        assertTrue(Double.isNaN(control.takeLearningRateRequest()), "nothing asked yet");
        control.setLearningRate(0.3);
        control.setLearningRate(0.05);
        assertEquals(0.05, control.takeLearningRateRequest());
        assertTrue(Double.isNaN(control.takeLearningRateRequest()), "a request is taken once");
        control.setLearningRate(0.2);
        assertEquals(0.2, control.takeLearningRateRequest(), "an Apply after a take is not lost");
    }

    @Test
    void anApplyLandingWhileTheTrainerTakesIsKeptForTheNextBatch() throws InterruptedException {
        // Apply and take race on two threads; whichever order they run in, the rate is taken exactly once.
        for (int round = 0; round < 200; round++) {
            TrainingControl control = new TrainingControl();
            control.setLearningRate(1);
            double[] taken = new double[1];
            Thread trainer = new Thread(() -> taken[0] = control.takeLearningRateRequest());
            trainer.start();
            control.setLearningRate(2);
            trainer.join();
            double next = control.takeLearningRateRequest();
            if (taken[0] == 1) {
                assertEquals(2, next, "the second Apply survives the take of the first");
            } else {
                assertEquals(2, taken[0]);
                assertTrue(Double.isNaN(next), "taken once");
            }
        }
    }

    @Test
    void weightRequestsMergeAndAreTakenOnce() {
        TrainingControl control = new TrainingControl();
        control.requestWeights();
        control.requestWeights();
        assertTrue(control.takeWeightsRequest());
        assertFalse(control.takeWeightsRequest());
    }
}
