package org.softmaxlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.run.FakeRunner;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

@Tag("locale")
class LiveLearningRateTest {

    private final TrainingViewModel training = new TrainingViewModel(new StatusViewModel());
    private final LiveLearningRate live = new LiveLearningRate(training);
    private final FakeRunner runner = new FakeRunner();

    @Test
    void onlyARunningOrPausedRunTakesANewRate() {
        training.dataReady(runner);
        live.textProperty().set("0.01");
        assertFalse(live.canApplyProperty().get(), "no run");
        assertFalse(live.apply());

        training.settings().textProperty(Field.LEARNING_RATE).set("0.3");
        training.start();
        assertEquals("0.3", live.textProperty().get(), "each run starts with its own rate in the field");
        live.textProperty().set("0.01");
        assertTrue(live.canApplyProperty().get());
        assertTrue(live.apply());
        training.togglePause();
        assertTrue(live.canApplyProperty().get(), "a paused run takes it when it resumes");

        training.stop();
        assertFalse(live.canApplyProperty().get(), "not while stopping");
        runner.finished(RunOutcome.Status.CANCELLED, new EndReason.Stopped(0, 10), null);
        training.drain();
        assertFalse(live.canApplyProperty().get());
    }

    @Test
    void anInvalidRateIsExplainedLikeTheSettingsField() {
        training.dataReady(runner);
        training.start();
        live.textProperty().set("0");
        assertFalse(live.canApplyProperty().get());
        assertEquals(TrainConfig.DEFAULTS.withLearningRate(0).problems().get(0), live.problemProperty().get());
        live.textProperty().set("fast");
        assertEquals("Learning rate: enter a number, such as 0.1", live.problemProperty().get());
        assertFalse(live.apply());
        live.textProperty().set(" 0.05 ");
        assertEquals("", live.problemProperty().get());
        assertTrue(live.apply());
    }

    @Test
    void anInvalidRateSaysWhyAsTheSettingsFieldDoes() {
        training.dataReady(runner);
        training.start();
        live.textProperty().set("0");
        assertEquals(training.settings().problemFor(Field.LEARNING_RATE, "0"), live.problemProperty().get());
        assertTrue(live.problemProperty().get().startsWith("learning rate must be a finite number greater than 0"),
                live.problemProperty().get());
        assertFalse(live.canApplyProperty().get());
    }
}
