package org.softmaxlab.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;

@Tag("locale")
class StatusViewModelTest {

    private static Locale saved;
    private final StatusViewModel status = new StatusViewModel();

    @BeforeAll
    static void englishNumbers() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(saved);
    }

    private void start() {
        status.runStarted(new RunInfo(TrainConfig.DEFAULTS, "CPU", 1, 60_000, 10_000, 100));
    }

    @Test
    void showsTheDataAndBackendWhenReady() {
        assertEquals("Loading data…", status.textProperty().get());
        status.dataReady(60_000, 10_000, "CPU", 1);
        assertEquals("Ready: 60,000 training and 10,000 test images", status.textProperty().get());
        assertEquals("ND4J CPU · 1 thread", status.backendProperty().get());
        status.dataReady(60_000, 10_000, "CUDA", 4);
        assertEquals("ND4J CUDA · 4 threads", status.backendProperty().get());
    }

    @Test
    void showsPositionSpeedElapsedAndEta() {
        start();
        // Epoch 2 of 10, half-way: 15 % of the run in 3 s of training.
        status.progress(new BatchProgress(2, 50, 100, 0.5, 0.8, 15_000, 3_000_000_000L));
        assertEquals("Epoch 2/10 · batch 50/100", status.textProperty().get());
        assertEquals("5,000 images/s", status.speedProperty().get());
        assertEquals(0.15, status.progressProperty().get(), 1e-12);
        // 17 s of training left at this rate; no evaluation measured yet.
        assertEquals("0:03 elapsed · ETA 0:17", status.timeProperty().get());
    }

    @Test
    void evaluationTimeCountsIntoElapsedAndEta() {
        start();
        status.epochFinished(new EpochMetrics(1, 0.6, 0.8, 0.6, 0.8, 2_000, 1_000));
        status.progress(new BatchProgress(2, 100, 100, 0.5, 0.8, 20_000, 4_000_000_000L));
        // 4 s training + 1 s evaluation; 16 s training + 9 evaluations of 1 s left.
        assertEquals("0:05 elapsed · ETA 0:25", status.timeProperty().get());
    }

    @Test
    void pauseAndTheEndAreShown() {
        start();
        status.progress(new BatchProgress(3, 7, 100, 0.5, 0.8, 1_000, 1_000_000_000L));
        status.paused(true);
        assertEquals("Paused · Epoch 3/10 · batch 7/100", status.textProperty().get());
        status.paused(false);
        status.phase(org.softmaxlab.run.RunPhase.STOPPING);
        assertEquals("Stopping… · Epoch 3/10 · batch 7/100", status.textProperty().get(),
                "a stop asked for and not yet done is said, not left as a running position");
        for (RunOutcome.Status s : RunOutcome.Status.values()) {
            status.runEnded(new RunOutcome(s, null, List.of(), null, null));
            assertTrue(status.textProperty().get().endsWith(" · Epoch 3/10 · batch 7/100"), status.textProperty().get());
        }
        assertEquals("Diverged · Epoch 3/10 · batch 7/100", endText(RunOutcome.Status.DIVERGED));
    }

    private String endText(RunOutcome.Status s) {
        status.runEnded(new RunOutcome(s, null, List.of(), null, null));
        return status.textProperty().get();
    }

    @Test
    void durationsReadAsClockTimes() {
        assertEquals("0:00", StatusViewModel.duration(0.2));
        assertEquals("1:05", StatusViewModel.duration(65));
        assertEquals("2:00:01", StatusViewModel.duration(7201));
        assertEquals("–", StatusViewModel.duration(Double.NaN));
    }
}
