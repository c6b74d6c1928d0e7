package org.softmaxlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;

class TrainingEventsTest {

    static RunInfo info(int batchesPerEpoch, int epochs) {
        return new RunInfo(TrainConfig.DEFAULTS.withEpochs(epochs), "CPU", 1, 60_000, 10_000, batchesPerEpoch);
    }

    static BatchProgress batch(int epoch, int batch, int batchesPerEpoch) {
        return new BatchProgress(epoch, batch, batchesPerEpoch, 1.0 / batch, 0.5, (long) batch * 256,
                batch * 1_000_000L);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 24, 100, 235, 469, 1_875, 60_000})
    void everyEpochGivesAtLeastTenSamplesEndingAtTheEpochEnd(int batchesPerEpoch) {
        TrainingEvents events = new TrainingEvents();
        events.runStarted(info(batchesPerEpoch, 1));
        for (int b = 1; b <= batchesPerEpoch; b++) {
            events.batchFinished(batch(1, b, batchesPerEpoch));
        }
        List<TrainingEvent> drained = events.drain().events();
        List<TrainingEvent.TrainSample> samples = new ArrayList<>();
        drained.forEach(e -> {
            if (e instanceof TrainingEvent.TrainSample s) {
                samples.add(s);
            }
        });
        assertTrue(samples.size() >= 10 && samples.size() <= TrainingEvents.SAMPLES_PER_EPOCH + 1,
                samples.size() + " samples for " + batchesPerEpoch + " batches");
        assertEquals(1.0, samples.get(samples.size() - 1).fractionalEpoch(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "20, 1", "21, 2", "235, 12"})
    void strideIsTheCeilingOfBatchesOverTwenty(int batchesPerEpoch, int stride) {
        assertEquals(stride, TrainingEvents.strideFor(batchesPerEpoch));
    }

    @Test
    void aDrainTakesOnlyTheLatestProgressAndEverythingQueuedInOrder() {
        TrainingEvents events = new TrainingEvents();
        events.runStarted(info(235, 1));
        for (int b = 1; b <= 235; b++) {
            events.batchFinished(batch(1, b, 235));
        }
        EpochMetrics metrics = new EpochMetrics(1, 0.8, 0.7, 0.75, 0.72, 100, 10);
        events.epochFinished(metrics, null);
        events.runFinished(new RunOutcome(RunOutcome.Status.COMPLETED, null, List.of(metrics), null, null));

        TrainingEvents.Drained drained = events.drain();
        assertEquals(235, drained.latest().batch());
        List<TrainingEvent> list = drained.events();
        assertInstanceOf(TrainingEvent.Started.class, list.get(0));
        assertInstanceOf(TrainingEvent.EpochEnded.class, list.get(list.size() - 2));
        assertInstanceOf(TrainingEvent.Finished.class, list.get(list.size() - 1));
        assertEquals(20, list.size() - 3);

        TrainingEvents.Drained again = events.drain();
        assertNull(again.latest());
        assertTrue(again.events().isEmpty());
    }

    @Test
    void nothingIsLostWhileTheTrainerPublishesDuringDrains() throws InterruptedException {
        TrainingEvents events = new TrainingEvents();
        int epochs = 200;
        int batches = 100;
        Thread trainer = new Thread(() -> {
            events.runStarted(info(batches, epochs));
            for (int e = 1; e <= epochs; e++) {
                for (int b = 1; b <= batches; b++) {
                    events.batchFinished(batch(e, b, batches));
                }
            }
        });
        trainer.start();
        List<TrainingEvent> all = new ArrayList<>();
        while (trainer.isAlive()) {
            all.addAll(events.drain().events());
        }
        trainer.join();
        all.addAll(events.drain().events());
        double previous = -1;
        int samples = 0;
        for (TrainingEvent e : all) {
            if (e instanceof TrainingEvent.TrainSample s) {
                assertTrue(s.fractionalEpoch() > previous, "in order");
                previous = s.fractionalEpoch();
                samples++;
            }
        }
        assertEquals(epochs * TrainingEvents.SAMPLES_PER_EPOCH, samples);
    }

    @Test
    void aRunThatEndsBetweenTheTwoReadsOfADrainKeepsItsLastBatchsPosition() {
        List<Runnable> trainerSteps = new ArrayList<>();
        TrainingEvents events = new TrainingEvents(() -> {
            trainerSteps.forEach(Runnable::run);
            trainerSteps.clear();
        });
        events.runStarted(info(2, 1));
        events.batchFinished(batch(1, 1, 2));
        EpochMetrics metrics = new EpochMetrics(1, 0.8, 0.7, 0.75, 0.72, 100, 10);
        // The last batch, the epoch end and the run's end land inside the first drain.
        trainerSteps.add(() -> {
            events.batchFinished(batch(1, 2, 2));
            events.epochFinished(metrics, null);
            events.runFinished(new RunOutcome(RunOutcome.Status.COMPLETED, null, List.of(metrics), null, null));
        });

        // As the window drains: keep the newest progress, stop at the run's end.
        BatchProgress position = null;
        boolean finished = false;
        for (int drains = 0; drains < 3 && !finished; drains++) {
            TrainingEvents.Drained drained = events.drain();
            if (drained.latest() != null) {
                position = drained.latest();
            }
            finished = drained.events().stream().anyMatch(e -> e instanceof TrainingEvent.Finished);
        }
        assertTrue(finished);
        assertEquals(1.0, position.fractionalEpoch(), 1e-12, "the run ended at the end of its last batch");
    }

    /**
     * Issue 20, item 5: the diverging step's copy and the run's end land between the drain's read of
     * the queue and its read of the copies. The copy is read after the queue, so it comes in this
     * drain, before the end (next drain); read first, as the window did, it was null here and the
     * run ended with the copy never shown.
     */
    @Test
    void aStepsCopyIsNeverLostToTheRunsEndLandingMidDrain() {
        org.softmaxlab.train.BatchSnapshot step = new org.softmaxlab.train.BatchSnapshot(1, 3, 1, new float[784],
                new int[1], new float[10], 3, org.softmaxlab.math.LossFormula.NAIVE,
                org.softmaxlab.train.ModelSpec.SOFTMAX);
        boolean[] landed = {false};
        TrainingEvents[] events = new TrainingEvents[1];
        events[0] = new TrainingEvents(() -> {
            if (!landed[0]) {
                landed[0] = true;
                events[0].batchSnapshot(step);
                events[0].runFinished(new RunOutcome(RunOutcome.Status.DIVERGED, null, List.of(), null, null));
            }
        });
        TrainingEvents.Drained first = events[0].drain();
        assertEquals(step, first.batch(), "the copy is read after the queue");
        assertTrue(first.events().isEmpty());
        TrainingEvents.Drained second = events[0].drain();
        assertInstanceOf(TrainingEvent.Finished.class, second.events().get(0));
    }
}
