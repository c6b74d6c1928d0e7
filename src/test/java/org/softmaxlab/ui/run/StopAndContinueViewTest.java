package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.run.RunPhase;
import org.softmaxlab.run.TrainerThreadRunner;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.status.StatusViewModel;

/**
 * Issue 20, item 1, as the teacher saw it: Esc mid-epoch, then Start. The curves go on from where
 * they stopped (test markers at whole epochs, x never going back), the banner counts every epoch
 * of the run, and the status bar ends at the run's last batch. Before, Start began the epoch again:
 * the markers sat at 1.1, 2.1, … and the banner said "Finished 4 epochs" for a curve ending at 4.1.
 */
@Timeout(120)
class StopAndContinueViewTest {

    private static TrainingData slice;
    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel vm = new TrainingViewModel(status);

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        slice = TrainingData.of(RealData.load().head(3000, 500));
    }

    @AfterEach
    void end() {
        vm.shutdown(Duration.ofSeconds(10));
    }

    private void drainUntil(BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            vm.drain();
            Thread.sleep(5);
        }
    }

    @Test
    void stopMidEpochThenStartGoesOnAndCountsRight() throws InterruptedException {
        vm.dataReady(new TrainerThreadRunner(slice));
        vm.settings().textProperty(Field.EPOCHS).set("3");
        vm.settings().textProperty(Field.BATCH_SIZE).set("100");
        vm.paceProperty().set(Pace.perSecond(300));
        vm.start();
        drainUntil(() -> vm.testAccuracyPoints().size() == 1 && vm.trainLossPoints().size() > 22);
        vm.stop();
        drainUntil(() -> vm.phaseProperty().get() == RunPhase.STOPPED);
        double stoppedAt = last(vm.trainLossPoints()).epoch();
        assertTrue(stoppedAt > 1 && stoppedAt < 2, "stopped inside epoch 2: " + stoppedAt);

        vm.paceProperty().set(Pace.FULL_SPEED);
        vm.start();
        drainUntil(() -> vm.phaseProperty().get() == RunPhase.FINISHED);

        assertEquals(List.of(1.0, 2.0, 3.0), vm.testAccuracyPoints().stream().map(ChartPoint::epoch).toList(),
                "a test marker at each whole epoch");
        double previous = 0;
        for (ChartPoint p : vm.trainLossPoints()) {
            assertTrue(p.epoch() > previous, "the train curve never goes back: " + p.epoch() + " after " + previous);
            previous = p.epoch();
        }
        assertEquals(3.0, previous, 1e-9, "and ends at the run's end");
        assertEquals("Finished 3 epochs", vm.noticeProperty().get().title());
        assertTrue(status.textProperty().get().startsWith("Finished · Epoch 3/3 · batch 30/30"),
                status.textProperty().get());
        assertEquals(3, vm.trainedModel().epochs().size());
    }

    private static ChartPoint last(List<ChartPoint> points) {
        return points.get(points.size() - 1);
    }
}
