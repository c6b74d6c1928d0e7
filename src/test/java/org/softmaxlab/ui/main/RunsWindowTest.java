package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.session.LearningRateChange;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.ui.DaemonThreads;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.TestWindows;
import org.softmaxlab.ui.training.MarkedLineChart;
import org.softmaxlab.ui.training.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The run list, compared runs, a learning rate changed mid-run, the Numerics tab and the overflow
 * demo, in the real window on the real data (the 6,000/1,000-image subset), headless.
 */
@ExtendWith(ApplicationExtension.class)
class RunsWindowTest {


    private MainWindow window;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        background = DaemonThreads.newBackgroundExecutor();
        window = TestWindows.onSubset(background);
        window.show(stage);
    }

    @Stop
    void stop() {
        TestWindows.close(window, background);
    }


    private void awaitState(RunState expected) throws Exception {
        await("the state is " + expected, () -> window.training().stateProperty().get() == expected);
    }

    private void setField(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    /**
     * Trains a run of two epochs at {@code rate} to its end through the buttons. Waits for the run's
     * record to be finished rather than for RUNNING then READY: the run can be over within one pulse.
     */
    private void finishedRun(FxRobot robot, String rate) throws Exception {
        setField(robot, "#epochs", "2");
        setField(robot, "#learning-rate", rate);
        int before = fx(() -> window.runs().history().runs().size());
        robot.clickOn("#start");
        await("the run at lr " + rate + " has finished", () -> window.runs().history().runs().size() == before + 1
                && window.runs().history().runs().get(before).status() != RunRecord.Status.RUNNING
                && window.training().stateProperty().get() == RunState.READY);
    }

    /** Each series of the chart: its name and its number of points. */
    private static List<String> series(FxRobot robot, String chartId) throws Exception {
        MarkedLineChart chart = robot.lookup(chartId).queryAs(MarkedLineChart.class);
        return fx(() -> chart.getData().stream()
                .map(s -> s.getName() + " (" + s.getData().size() + ")").toList());
    }

    /** The legend entries a person sees. */
    private static List<String> legend(FxRobot robot, String chartId) throws Exception {
        Node chart = robot.lookup(chartId).query();
        return fx(() -> chart.lookupAll(".chart-legend-item").stream()
                .filter(Node::isVisible).map(node -> ((Label) node).getText()).toList());
    }

    @Test
    void twoFinishedRunsAreDrawnTogetherLabelledByTheirLearningRates(FxRobot robot) throws Exception {
        awaitState(RunState.READY);
        finishedRun(robot, "0.01");
        robot.clickOn("#reset");
        finishedRun(robot, "1");

        // The second run is still the live one; the first is drawn over it. 24 batches an epoch,
        // sampled every second: 12 points an epoch.
        assertEquals(List.of("lr 1 (24)", "lr 0.01 (24)"), series(robot, "#loss-chart"));
        assertEquals(List.of("lr 1 · train (24)", "lr 1 · test (2)", "lr 0.01 · train (24)", "lr 0.01 · test (2)"),
                series(robot, "#accuracy-chart"));
        await("the legend names both runs", () -> legend(robot, "#loss-chart").equals(List.of("lr 1", "lr 0.01")));
        assertTrue(fx(() -> robot.lookup("#loss-chart").query().lookup(".series1.chart-series-line").isVisible()));

        // After Reset both are finished runs drawn alike, and the empty live line leaves the legend.
        robot.clickOn("#reset");
        await("both runs are overlays", () -> series(robot, "#loss-chart")
                .equals(List.of("Train loss (0)", "lr 0.01 (24)", "lr 1 (24)")));
        await("the legend lists the two runs only", () -> legend(robot, "#loss-chart")
                .equals(List.of("lr 0.01", "lr 1")));

        // Unticking a run in the list takes it off the charts.
        CheckBox first = fx(() -> robot.lookup("#run-list").lookup(".check-box").queryAllAs(CheckBox.class)
                .stream().filter(box -> box.getText().equals("lr 0.01")).findFirst().orElseThrow());
        // The window opens at most of the (1280x800) test screen now, where the run list sits below the
        // scrolled settings: bring it into view, then click it as a user would.
        robot.interact(() -> {
            javafx.scene.control.ScrollPane side = robot.lookup(".side-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            side.setVvalue(side.getVmax());
        });
        robot.clickOn(first);
        await("only lr 1 is drawn", () -> series(robot, "#loss-chart").equals(List.of("Train loss (0)", "run 2 (24)")));
    }

    @Test
    void aLearningRateChangedMidRunIsRecordedAndMarkedOnTheCharts(FxRobot robot) throws Exception {
        awaitState(RunState.READY);
        setField(robot, "#epochs", "10000");
        setField(robot, "#batch-size", "16");
        robot.clickOn("#start");
        awaitState(RunState.RUNNING);
        assertEquals("0.1", fx(() -> robot.lookup("#live-learning-rate").queryAs(TextField.class).getText()));
        setField(robot, "#live-learning-rate", "0.01");
        robot.clickOn("#apply-live-learning-rate");

        MarkedLineChart loss = robot.lookup("#loss-chart").queryAs(MarkedLineChart.class);
        await("the change is marked", () -> loss.markerTexts().equals(List.of("lr 0.1 → 0.01")));
        MarkedLineChart accuracy = robot.lookup("#accuracy-chart").queryAs(MarkedLineChart.class);
        assertEquals(List.of("lr 0.1 → 0.01"), fx(accuracy::markerTexts));
        RunRecord run = fx(() -> window.runs().history().runs().get(0));
        LearningRateChange change = fx(() -> run.learningRateChanges().get(0));
        assertEquals(0.1, change.from());
        assertEquals(0.01, change.to());
        assertTrue(change.atEpoch() > 0, "after the first batches: " + change.atEpoch());
        assertEquals(0.1, fx(() -> run.learningRateAt(change.atEpoch())), "the change applies after its position");
        assertEquals(0.01, fx(() -> run.learningRateAt(change.atEpoch() + 0.01)));
        robot.clickOn("#stop");
        awaitState(RunState.READY);
        String details = fx(() -> window.runs().rows().get(0).details());
        assertTrue(details.contains("lr 0.1 → 0.01"), details);
    }

    @Test
    void theNumericsTabHighlightsSpecialValuesAndExplainsBadInput(FxRobot robot) throws Exception {
        robot.interact(() -> window.selectTab(MainWindow.NUMERICS_TAB_ID));
        robot.clickOn("#preset-large");
        Label naive = robot.lookup("#numeric-FLOAT32-NAIVE_SOFTMAX-0").queryAs(Label.class);
        assertEquals("NaN", fx(naive::getText));
        assertTrue(fx(() -> naive.getStyleClass().contains(Styles.NUMERIC_NAN)));
        assertEquals("exp(o) overflowed to inf (o > 88.72), and inf / inf = NaN",
                fx(() -> naive.getTooltip().getText()));
        Label stable = robot.lookup("#loss-FLOAT32-STABLE").queryAs(Label.class);
        assertEquals("2.408", fx(stable::getText));
        assertTrue(fx(() -> stable.getStyleClass().stream().noneMatch(style -> style.startsWith("numeric-")
                && !style.equals(Styles.NUMERIC_CELL))));

        TextField logits = robot.lookup("#logits").queryAs(TextField.class);
        robot.interact(() -> logits.setText("1, two, 3"));
        Label problem = robot.lookup("#numerics-problem").queryAs(Label.class);
        assertTrue(fx(problem::isVisible));
        assertEquals("“two” is not a number. Write logits like 1000, −2.5 or 1e3, separated by commas.",
                fx(problem::getText));
        assertEquals("NaN", fx(() -> robot.lookup("#numeric-FLOAT32-NAIVE_SOFTMAX-0").queryAs(Label.class).getText()),
                "the last valid table stays");
    }

    @Test
    void theOverflowButtonRunsBothFormulasAndKeepsTheFailureInTheBanner(FxRobot robot) throws Exception {
        awaitState(RunState.READY);
        robot.interact(() -> window.selectTab(MainWindow.NUMERICS_TAB_ID));
        robot.clickOn("#show-overflow");
        await("both runs have ended", () -> window.runs().history().runs().size() == 2
                && window.training().stateProperty().get() == RunState.READY
                && window.training().noticeProperty().get().title().startsWith("Same settings"));
        String detail = fx(() -> robot.lookup("#notice-detail").queryAs(Label.class).getText());
        // On this 6,000-image subset the naive formula fails by underflow; on the full set by overflow.
        assertTrue(detail.startsWith("Naive, log(softmax(o)): diverged at epoch 1, batch 3"), detail);
        assertTrue(detail.contains("Stable, o − max(o) − log Σ exp(o − max(o)): test accuracy"), detail);
        assertTrue(fx(() -> robot.lookup("#loss-chart").query().isVisible()), "the Training tab is in front");
        assertEquals(List.of("loss stable (24)", "loss naive (1)"), series(robot, "#loss-chart"));
        MarkedLineChart loss = robot.lookup("#loss-chart").queryAs(MarkedLineChart.class);
        assertEquals(List.of("loss naive: diverged (inf/NaN)"), fx(loss::markerTexts));
    }
}
