package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The step permits as the trainer's thread meets them, played by hand on one thread (issue 20,
 * item 7): S during a Step epoch leaves the epoch step alone (it used to end it after one more
 * batch), and E during the stepped epoch's test evaluation steps the next epoch (it used to be
 * dropped when the evaluation ended). A run that would wait forever fails by the timeout.
 */
@Timeout(20)
class StepPermitTest {

    @Test
    void sDuringAStepEpochDoesNotCutItShort() throws InterruptedException {
        TrainingControl control = new TrainingControl();
        control.pause();
        control.stepEpoch();
        control.awaitRunnable(); // batch 1 of the epoch step
        control.batchEnded();
        control.step();
        for (int batch = 2; batch <= 5; batch++) {
            assertTrue(control.isStepping(), "batch " + batch + " is still part of the epoch step");
            control.awaitRunnable(); // would block for good once a Step had replaced the epoch step
            control.batchEnded();
        }
        control.epochTrained();
        assertTrue(control.isStepping(), "evaluating the stepped epoch");
        control.epochEnded();
        assertFalse(control.isStepping(), "the epoch step is over, the run waits");
    }

    @Test
    void eDuringTheSteppedEpochsEvaluationStepsTheNextEpoch() throws InterruptedException {
        TrainingControl control = new TrainingControl();
        control.pause();
        control.stepEpoch();
        control.awaitRunnable();
        control.batchEnded();
        control.epochTrained();
        control.stepEpoch(); // E while the test set is evaluated
        control.epochEnded();
        assertTrue(control.isStepping(), "the next epoch is stepped");
        control.awaitRunnable(); // the next epoch's first batch goes without waiting
        control.batchEnded();
        control.epochTrained();
        control.epochEnded();
        assertFalse(control.isStepping());
    }

    @Test
    void aStepIsUnderWayUntilItsBatchIsPublished() throws InterruptedException {
        TrainingControl control = new TrainingControl();
        control.pause();
        assertFalse(control.isStepping());
        control.step();
        assertTrue(control.isStepping());
        control.awaitRunnable();
        assertTrue(control.isStepping(), "the stepped batch trains");
        control.batchEnded();
        assertFalse(control.isStepping());
        control.resume();
        control.step();
        assertFalse(control.isStepping(), "a running run is not stepped");
        assertEquals(0, control.awaitRunnable());
    }
}
