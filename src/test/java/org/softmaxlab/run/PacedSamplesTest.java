package org.softmaxlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.TrainingControl;

/** A slow pace or a step gives the curves more samples, so a slow run draws a continuous line. */
class PacedSamplesTest {

    private static long samplesOfOneEpoch(TrainingControl control, int batches) {
        TrainingEvents events = new TrainingEvents(control);
        events.runStarted(new RunInfo(TrainConfig.DEFAULTS, "CPU", 1, batches * 256, 10_000, batches));
        for (int b = 1; b <= batches; b++) {
            events.batchFinished(new BatchProgress(1, b, batches, 1, 0.5, b * 256L, b));
        }
        return events.drain().events().stream().filter(e -> e instanceof TrainingEvent.TrainSample).count();
    }

    @Test
    void fullSpeedKeepsTwentySamplesAnEpoch() {
        assertEquals(20, samplesOfOneEpoch(new TrainingControl(), 235));
    }

    @Test
    void aClassroomPaceSamplesEveryTenthOfASecondOfItsTime() {
        TrainingControl control = new TrainingControl();
        control.setPace(Pace.perEpoch(10)); // 42.6 ms a batch: every 3rd batch, and the last
        assertEquals(79, samplesOfOneEpoch(control, 235));
        control.setPace(Pace.perSecond(4));
        assertEquals(235, samplesOfOneEpoch(control, 235));
    }

    @Test
    void everySteppedBatchIsASample() {
        TrainingControl control = new TrainingControl();
        control.pause();
        assertEquals(235, samplesOfOneEpoch(control, 235));
    }
}
