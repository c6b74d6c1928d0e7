package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.run.TrainerThreadRunner;
import org.softmaxlab.train.Pace;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The pace control, Step and Step epoch in the real window, and closing it mid-wait. */
@Tag("window")
class PaceWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    private String statusText(FxRobot robot) throws Exception {
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        return fx(bar::getText);
    }

    private static boolean trainerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith(TrainerThreadRunner.THREAD_PREFIX) && t.isAlive());
    }

    @Test
    void stepKeysTrainOneBatchOrTheRestOfTheEpochAndPauseAgain(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.interact(() -> robot.lookup("#batch-size").queryAs(TextField.class).setText("1000"));
        robot.clickOn("#loss-chart");
        robot.type(KeyCode.S); // before Start: starts paused and trains batch 1
        app.awaitState(RunState.PAUSED);
        await("batch 1 shown", () -> statusText(robot).contains("batch 1/6"));
        robot.type(KeyCode.S);
        await("batch 2 shown", () -> statusText(robot).contains("batch 2/6"));
        assertTrue(statusText(robot).startsWith("Paused"), statusText(robot));
        robot.type(KeyCode.E);
        await("epoch 1 evaluated", () -> fx(() -> app.window().training().testAccuracyPoints().size()) == 1);
        assertEquals(RunState.PAUSED, fx(() -> app.window().training().stateProperty().get()));
        assertTrue(statusText(robot).contains("batch 6/6"), statusText(robot));
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
    }

    @Test
    void thePaceChangesLiveAndTheStatusBarSaysIt(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.interact(() -> robot.lookup("#epochs").queryAs(TextField.class).setText("1000"));
        robot.clickOn("#start");
        app.awaitState(RunState.RUNNING);
        @SuppressWarnings("unchecked")
        ComboBox<Pace> pace = robot.lookup("#pace").queryAs(ComboBox.class);
        robot.interact(() -> pace.setValue(Pace.perSecond(4)));
        await("the status bar says the pace", () -> fx(() -> robot.lookup("#status-speed")
                .queryAs(javafx.scene.control.Label.class).getText()).contains("4 batches/s"));
        robot.interact(() -> pace.setValue(Pace.FULL_SPEED));
        await("back to full speed", () -> !fx(() -> robot.lookup("#status-speed")
                .queryAs(javafx.scene.control.Label.class).getText()).contains("pace"));
        robot.clickOn("#stop");
        app.awaitState(RunState.READY);
    }

    @Test
    void closingTheWindowWhilePacedEndsTheTrainerMidWait(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        // One batch every 2,000 s: the trainer is inside the pace's wait when the window closes.
        robot.interact(() -> app.window().training().paceProperty().set(Pace.perSecond(0.0005)));
        robot.clickOn("#start");
        app.awaitState(RunState.RUNNING);
        await("the first batch is shown", () -> statusText(robot).contains("batch 1/"));
        assertTrue(trainerThreadAlive(), "the run waits out its pace");
        robot.interact(app.stage()::close);
        // A bound far below the 2,000 s wait, not a timing assertion: the wait must end on cancel.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !trainerThreadAlive());
        assertFalse(trainerThreadAlive());
    }
}
