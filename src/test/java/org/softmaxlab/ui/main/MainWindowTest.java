package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.run.TrainerThreadRunner;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.TestWindows;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.run.TrainerThreadRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the real data (a 6,000/1,000-image subset), headless through Monocle. Each test
 * gets a fresh window and waits for its data before acting.
 */
@Tag("window")
class MainWindowTest {

    /** A run that outlasts any test (10,000 epochs of 375 batches); tests stop it themselves. */
    private static final String LONG_RUN_EPOCHS = "10000";
    private static final String SMALL_BATCH = "16";
    private static final int TIMEOUT_SECONDS = 30;

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    // ---- helpers -----------------------------------------------------------------------------


    private void awaitData() throws Exception {
        app.awaitState(RunState.READY);
    }

    private int chartPoints(FxRobot robot, String chartId, int series) throws Exception {
        LineChart<?, ?> chart = robot.lookup(chartId).queryAs(LineChart.class);
        return fx(() -> chart.getData().get(series).getData().size());
    }

    private boolean disabled(FxRobot robot, String id) throws Exception {
        Button button = robot.lookup(id).queryButton();
        return fx(button::isDisabled);
    }

    private static boolean trainerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith(TrainerThreadRunner.THREAD_PREFIX) && t.isAlive());
    }

    private static Thread trainerThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(TrainerThreadRunner.THREAD_PREFIX) && t.isAlive())
                .findFirst().orElseThrow(() -> new AssertionError("no trainer thread"));
    }

    private void startLongRun(FxRobot robot) throws Exception {
        app.startRun(LONG_RUN_EPOCHS, SMALL_BATCH, () -> robot.clickOn("#start"));
        await("the loss chart has points", () -> chartPoints(robot, "#loss-chart", 0) > 0);
    }

    // ---- tests -------------------------------------------------------------------------------

    @Test
    void theLoadingCardIsPaintedAloneFirstAndTheRestBuiltAfterIt() throws Exception {
        ExecutorService secondBackground = DaemonThreads.newBackgroundExecutor();
        List<String> milestones = new CopyOnWriteArrayList<>();
        CountDownLatch dataHeld = new CountDownLatch(1); // ready data would build the views at once
        MainWindow second = fx(() -> TestWindows.onSubsetHeldUntil(dataHeld, secondBackground));
        Stage secondStage = fx(Stage::new);
        try {
            boolean[] atShow = fx(() -> {
                second.show(secondStage);
                second.whenCardPainted(() -> milestones.add("card painted"));
                second.whenViewsBuilt(() -> milestones.add("views built"));
                Parent root = secondStage.getScene().getRoot();
                return new boolean[] {root.lookup("#loading-overlay") != null, root.lookup("#" + MainMenu.ID) != null,
                        root.lookup("#loss-chart") != null};
            });
            assertTrue(atShow[0], "the loading card is in the first frame");
            assertFalse(atShow[1], "the menus are not built before the first frame");
            assertFalse(atShow[2], "the charts are not built before the first frame");
            await("the views are built", () -> milestones.size() == 2);
            assertEquals(List.of("card painted", "views built"), milestones);
            Parent root = fx(() -> secondStage.getScene().getRoot());
            assertTrue(fx(() -> root.lookup("#" + MainMenu.ID) != null && root.lookup("#loss-chart") != null
                    && root.lookup("#loading-overlay") != null));
            dataHeld.countDown();
            await("the data is ready", () -> second.training().stateProperty().get() == RunState.READY);
        } finally {
            dataHeld.countDown();
            fx(() -> {
                secondStage.hide();
                return null;
            });
            TestWindows.close(second, secondBackground);
        }
    }

    @Test
    void aRunFillsTheChartsEpochByEpoch(FxRobot robot) throws Exception {
        awaitData();
        app.setField("#epochs", "2");
        assertEquals(0, chartPoints(robot, "#loss-chart", 0));
        robot.clickOn("#start");
        await("the run has finished", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != null);
        // 6,000 images in batches of 256: 24 batches an epoch, sampled every 2nd: 12 points an epoch.
        assertEquals(24, chartPoints(robot, "#loss-chart", 0));
        assertEquals(24, chartPoints(robot, "#accuracy-chart", 0));
        assertEquals(2, chartPoints(robot, "#accuracy-chart", 1));
        assertEquals("Finished 2 epochs", fx(() -> robot.lookup("#notice-title").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#notice").query().isVisible()));

        // Hovering over the plot shows the exact values nearest the mouse: at epoch 1.5, between the two test points
        // (a curve is read only between its first and last point, so the plot's middle, near epoch 1, may miss it).
        javafx.geometry.Point2D epochOneAndAHalf = fx(() -> {
            LineChart<?, ?> chart = robot.lookup("#accuracy-chart").queryAs(LineChart.class);
            javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
            javafx.scene.chart.NumberAxis y = (javafx.scene.chart.NumberAxis) chart.getYAxis();
            double middle = (y.getLowerBound() + y.getUpperBound()) / 2;
            return new javafx.geometry.Point2D(x.localToScreen(x.getDisplayPosition(1.5), 0).getX(),
                    y.localToScreen(0, y.getDisplayPosition(middle)).getY());
        });
        robot.moveTo(epochOneAndAHalf);
        await("the accuracy readout shows", () -> readout().contains("Test accuracy"));
        assertTrue(readout().contains("Train accuracy"), readout());
    }

    private static String readout() throws Exception {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText())
                .findFirst().orElse(""));
    }

    @Test
    void buttonsFollowTheRunState(FxRobot robot) throws Exception {
        awaitData();
        assertFalse(disabled(robot, "#start"));
        assertTrue(disabled(robot, "#pause-resume"));
        assertTrue(disabled(robot, "#stop"));
        assertTrue(disabled(robot, "#reset"));

        startLongRun(robot);
        assertTrue(disabled(robot, "#start"));
        assertFalse(disabled(robot, "#pause-resume"));
        assertFalse(disabled(robot, "#stop"));
        assertTrue(disabled(robot, "#reset"));
        assertTrue(fx(() -> robot.lookup("#learning-rate").query().isDisabled()), "settings are locked");

        robot.clickOn("#pause-resume");
        app.awaitState(RunState.PAUSED);
        assertEquals("Resume", fx(() -> robot.lookup("#pause-resume").queryButton().getText()));

        robot.clickOn("#stop");
        app.awaitState(RunState.READY);
        assertFalse(disabled(robot, "#start"));
        assertTrue(disabled(robot, "#pause-resume"));
        assertTrue(disabled(robot, "#stop"));
        assertFalse(disabled(robot, "#reset"));
        assertEquals("Pause", fx(() -> robot.lookup("#pause-resume").queryButton().getText()));
        assertTrue(fx(() -> robot.lookup("#notice-title").queryAs(Label.class).getText()).startsWith("Stopped after"));
        // Stopped inside its first epoch: no epoch end evaluated it, so the stop does (1,000 test images).
        await("the stopped model is evaluated", () -> app.window().training().evaluationProperty().get() != null);
        assertEquals(1_000, fx(() -> app.window().training().evaluationProperty().get().size()));

        robot.clickOn("#reset");
        robot.clickOn("#reset-dialog-reset"); // the stopped model is trained: Reset asks first
        assertEquals(0, chartPoints(robot, "#loss-chart", 0));
        assertTrue(disabled(robot, "#reset"));
    }

    @Test
    void pauseHoldsProgressAndResumeContinuesIt(FxRobot robot) throws Exception {
        startLongRun(robot);
        robot.clickOn("#pause-resume");
        app.awaitState(RunState.PAUSED);
        Thread trainer = trainerThread();
        // Paused means parked between two batches, waiting for resume.
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> trainer.getState() == Thread.State.WAITING);
        // Take in what the trainer published before parking; curves redraw every few drains, so drain
        // more often than that.
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                app.window().training().drain();
            }
        });
        int pausedAt = chartPoints(robot, "#loss-chart", 0);
        String statusAt = fx(() -> robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText());
        // As many drain pulses as 2 s of the real pulse, run here instead of waited for (before: sleep 500 ms
        // and hope some pulses came): the trainer is parked, so nothing may move.
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                app.window().training().drain();
            }
        });
        assertEquals(pausedAt, chartPoints(robot, "#loss-chart", 0));
        assertEquals(Thread.State.WAITING, trainer.getState());
        assertTrue(statusAt.startsWith("Paused"), statusAt);

        robot.clickOn("#pause-resume");
        app.awaitState(RunState.RUNNING);
        await("new points after resuming", () -> chartPoints(robot, "#loss-chart", 0) > pausedAt);
        robot.clickOn("#stop");
        app.awaitState(RunState.READY);
    }

    @Test
    void anInvalidLearningRateDisablesStartAndSaysWhy(FxRobot robot) throws Exception {
        awaitData();
        TextField learningRate = robot.lookup("#learning-rate").queryAs(TextField.class);
        robot.doubleClickOn(learningRate).eraseText(learningRate.getText().length() + 2).write("0");
        String expected = TrainConfig.DEFAULTS.withLearningRate(0).problems().get(0);
        await("start is disabled", () -> robot.lookup("#start").queryButton().isDisabled());
        assertEquals(expected, fx(() -> robot.lookup("#start-blocked-reason").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#start-blocked-reason").query().isVisible()));
        assertTrue(fx(() -> learningRate.getStyleClass().contains(Styles.INVALID_FIELD)), "the field is decorated");

        robot.write(".3");
        await("start is enabled again", () -> !robot.lookup("#start").queryButton().isDisabled());
        assertFalse(fx(() -> learningRate.getStyleClass().contains(Styles.INVALID_FIELD)));
        assertFalse(fx(() -> robot.lookup("#start-blocked-reason").query().isVisible()));
        boolean presetSelected = fx(() -> robot.lookup("#learning-rate-presets").lookup(".toggle-button")
                .queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && b.getText().equals("0.3")));
        assertTrue(presetSelected, "the 0.3 preset follows the text");
    }

    @Test
    void keyboardStartsPausesAndStops(FxRobot robot) throws Exception {
        app.startRun(LONG_RUN_EPOCHS, SMALL_BATCH,
                () -> robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL));
        robot.clickOn("#loss-chart");
        app.typeAndAwait(KeyCode.SPACE, RunState.PAUSED);
        app.typeAndAwait(KeyCode.SPACE, RunState.RUNNING);
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
    }

    @Test
    void closingTheWindowMidRunEndsTheRun(FxRobot robot) throws Exception {
        startLongRun(robot);
        assertTrue(trainerThread().isDaemon(), "trainer threads are daemons");
        assertEquals(RunState.RUNNING, app.state());
        robot.interact(app.stage()::close);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !trainerThreadAlive());
    }

    @Test
    void everyThreadTheWindowStartsIsADaemonSoNoneCanHoldTheJvmAfterClosing(FxRobot robot) throws Exception {
        startLongRun(robot);
        robot.interact(() -> app.window().training().stop());
        app.awaitState(RunState.READY);
        robot.interact(app.stage()::close);
        java.util.List<String> holding = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("softmaxlab-"))
                .map(Thread::getName).toList();
        assertTrue(holding.isEmpty(), "threads that would keep the JVM alive after the window closed: " + holding);
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("softmaxlab-")),
                "the window's threads are still there to be checked (the background executor's)");
    }
}
