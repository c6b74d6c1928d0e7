package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.math.LossFormula;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.softmaxlab.session.LearningRateChange;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.charts.MarkedLineChart;
import org.softmaxlab.ui.run.RunState;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.ui.WindowExtension;
import org.testfx.api.FxRobot;

/**
 * The run list, compared runs, a learning rate changed mid-run, the Numerics tab and the overflow
 * demo, in the real window on the real data (the 6,000/1,000-image subset), headless.
 */
@Tag("window")
class RunsWindowTest {


    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();


    /**
     * Trains a run of two epochs at {@code rate} to its end through the buttons. Waits for the run's
     * record to be finished rather than for RUNNING then READY: the run can be over within one pulse.
     */
    private void finishedRun(FxRobot robot, String rate) throws Exception {
        app.setField("#epochs", "2");
        finishedRunKeepingEpochs(robot, rate);
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

    /** The tooltips of the legend entries a person sees. */
    private static List<String> legendTooltips(FxRobot robot, String chartId) throws Exception {
        Node chart = robot.lookup(chartId).query();
        return fx(() -> chart.lookupAll(".chart-legend-item").stream().filter(Node::isVisible)
                .map(node -> ((Label) node).getTooltip() == null ? "" : ((Label) node).getTooltip().getText()).toList());
    }

    @Test
    void twoFinishedRunsAreDrawnTogetherLabelledByTheirLearningRates(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        finishedRun(robot, "0.01");
        app.resetConfirmed(); // a trained model would be lost: Reset asks first
        finishedRun(robot, "1");

        // The second run is still the live one; the first is drawn over it. 24 batches an epoch,
        // sampled every second: 12 points an epoch.
        // Each run is named short and for good in the legends, what sets it apart on hover (issue 21).
        assertEquals(List.of("Run 2 (24)", "Run 1 (24)"), series(robot, "#loss-chart"));
        assertEquals(List.of("Run 2 (24)", "Run 2 · test (2)", "Run 1 (24)", "Run 1 · test (2)"),
                series(robot, "#accuracy-chart"));
        await("the legend names both runs", () -> legend(robot, "#loss-chart").equals(List.of("Run 2", "Run 1")));
        assertEquals(List.of("Run 2", "Run 1"), legend(robot, "#accuracy-chart"), "one entry a run");
        assertEquals(List.of("Run 2: lr 1", "Run 1: lr 0.01"), legendTooltips(robot, "#loss-chart"));
        assertTrue(fx(() -> robot.lookup("#loss-chart").query().lookup(".series1.chart-series-line").isVisible()));

        // After Reset both are finished runs drawn alike, and the empty live line leaves the legend.
        app.resetConfirmed(); // a trained model would be lost: Reset asks first
        await("both runs are overlays", () -> series(robot, "#loss-chart")
                .equals(List.of("Train loss (0)", "Run 1 (24)", "Run 2 (24)")));
        await("the legend lists the two runs only", () -> legend(robot, "#loss-chart")
                .equals(List.of("Run 1", "Run 2")));

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
        await("only lr 1 is drawn", () -> series(robot, "#loss-chart").equals(List.of("Train loss (0)", "Run 2 (24)")));
    }

    @Test
    void aLearningRateChangedMidRunIsRecordedAndMarkedOnTheCharts(FxRobot robot) throws Exception {
        app.startRun("10000", "16", () -> robot.clickOn("#start"));
        assertEquals("0.1", fx(() -> robot.lookup("#live-learning-rate").queryAs(TextField.class).getText()));
        app.setField("#live-learning-rate", "0.01");
        robot.clickOn("#apply-live-learning-rate");

        MarkedLineChart loss = robot.lookup("#loss-chart").queryAs(MarkedLineChart.class);
        await("the change is marked", () -> loss.markerTexts().equals(List.of("lr 0.1 → 0.01")));
        MarkedLineChart accuracy = robot.lookup("#accuracy-chart").queryAs(MarkedLineChart.class);
        assertEquals(List.of("lr 0.1 → 0.01"), fx(accuracy::markerTexts));
        RunRecord run = fx(() -> app.window().runs().history().runs().get(0));
        LearningRateChange change = fx(() -> run.learningRateChanges().get(0));
        assertEquals(0.1, change.from());
        assertEquals(0.01, change.to());
        assertTrue(change.atEpoch() > 0, "after the first batches: " + change.atEpoch());
        assertEquals(0.1, fx(() -> run.learningRateAt(change.atEpoch())), "the change applies after its position");
        assertEquals(0.01, fx(() -> run.learningRateAt(change.atEpoch() + 0.01)));
        robot.clickOn("#stop");
        app.awaitState(RunState.READY);
        String details = fx(() -> app.window().runs().rows().get(0).details());
        assertTrue(details.contains("lr 0.1 → 0.01"), details);
    }

    @Tag("locale") // parses or writes numbers: must not follow the JVM locale
    @Test
    void theNumericsTabHighlightsSpecialValuesAndExplainsBadInput(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().selectTab(MainWindow.NUMERICS_TAB_ID));
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
        app.awaitState(RunState.READY);
        app.setField("#learning-rate", "0.3");
        app.setField("#epochs", "7");
        robot.interact(() -> app.window().selectTab(MainWindow.NUMERICS_TAB_ID));
        robot.clickOn("#show-overflow");
        await("both runs have ended", () -> app.window().runs().history().runs().size() == 2
                && app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get().title().startsWith("Same settings"));
        String detail = fx(() -> robot.lookup("#notice-detail").queryAs(Label.class).getText());
        // On this 6,000-image subset the naive formula fails by underflow; on the full set by overflow.
        assertTrue(detail.startsWith("Naive, log(softmax(o)): diverged at epoch 1, batch 3"), detail);
        assertTrue(detail.contains("Stable, o − max(o) − log Σ exp(o − max(o)): test accuracy"), detail);
        assertTrue(fx(() -> robot.lookup("#loss-chart").query().isVisible()), "the Training tab is in front");
        assertEquals(List.of("Run 2 (24)", "Run 1 (1)"), series(robot, "#loss-chart"));
        assertEquals(List.of("Run 2: loss stable", "Run 1: loss naive"), legendTooltips(robot, "#loss-chart"));
        MarkedLineChart loss = robot.lookup("#loss-chart").queryAs(MarkedLineChart.class);
        assertEquals(List.of("loss naive: diverged (inf/NaN)"), fx(loss::markerTexts));
        // The teacher's settings are as they were: the demo ran its own without writing them into the form.
        assertEquals("0.3", fx(() -> robot.lookup("#learning-rate").queryAs(TextField.class).getText()));
        assertEquals("7", fx(() -> robot.lookup("#epochs").queryAs(TextField.class).getText()));
    }

    /** Resets the trained model, answering the question Reset asks first. */
    private void resetConfirmed(FxRobot robot) {
        app.resetConfirmed();
    }

    /** Three runs that differ in learning rate, epochs and loss formula: long labels, as in a lesson. */
    private void threeRuns(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        finishedRun(robot, "0.01");
        app.resetConfirmed();
        robot.interact(() -> app.window().training().settings().lossFormulaProperty().set(LossFormula.NAIVE));
        app.setField("#epochs", "1");
        finishedRunKeepingEpochs(robot, "0.3");
        app.resetConfirmed();
        robot.interact(() -> app.window().training().settings().lossFormulaProperty().set(LossFormula.STABLE));
        finishedRun(robot, "3");
    }

    private void finishedRunKeepingEpochs(FxRobot robot, String rate) throws Exception {
        app.setField("#learning-rate", rate);
        int before = fx(() -> app.window().runs().history().runs().size());
        robot.clickOn("#start");
        await("the run at lr " + rate + " has finished", () -> app.window().runs().history().runs().size() == before + 1
                && app.window().runs().history().runs().get(before).status() != RunRecord.Status.RUNNING
                && app.window().training().stateProperty().get() == RunState.READY);
    }

    /** Presses a run-list button (fired: the list's buttons may be scrolled below a small test window). */
    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryButton();
        robot.interact(button::fire);
    }

    /** Whether a labelled node shows its whole text (no "…"). */
    private static boolean wholeText(Labeled labeled) {
        Text shown = (Text) labeled.lookup(".text");
        return shown != null && shown.getText().equals(labeled.getText());
    }

    @Test
    void resetAsksBeforeThrowingATrainedModelAway(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        finishedRun(robot, "0.1");
        robot.clickOn("#reset");
        Label content = fx(() -> (Label) robot.lookup("#reset-dialog").query().lookup(".content"));
        String text = fx(content::getText);
        assertTrue(text.startsWith("The model trained for 2 epochs (test accuracy "), text);
        robot.clickOn("#reset-dialog-cancel");
        await("the dialog is gone", () -> robot.lookup("#reset-dialog").tryQuery().isEmpty());
        assertTrue(fx(() -> app.window().training().trainedModel()) != null, "Cancel keeps the model");
        assertEquals(2, fx(() -> app.window().training().trainedModel().epochs().size()));

        app.resetConfirmed();
        await("the model is gone", () -> app.window().training().trainedModel() == null);
        assertEquals(1, fx(() -> app.window().runs().history().runs().size()), "its run stays in the list");
    }

    @Tag("locale") // parses or writes numbers: must not follow the JVM locale
    @Test
    void runsAreRenamedRemovedAndClearedFromTheList(FxRobot robot, @TempDir Path dir) throws Exception {
        threeRuns(robot);
        ListView<?> list = robot.lookup("#run-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "#rename-run");
        robot.interact(() -> robot.lookup("#rename-field").queryAs(TextField.class).setText("Tiny steps"));
        robot.clickOn(fx(() -> robot.lookup("#rename-dialog").lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Rename")).findFirst().orElseThrow()));
        await("the legend says the new name", () -> legend(robot, "#loss-chart").contains("Tiny steps"));
        Path csv = dir.resolve("runs.csv");
        fx(() -> app.window().runs().export(csv));
        assertTrue(Files.readAllLines(csv).get(1).startsWith("1,Tiny steps,"), Files.readAllLines(csv).get(1));

        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "#remove-run");
        await("run 1 is gone", () -> app.window().runs().history().find(1).isEmpty());
        assertFalse(legend(robot, "#loss-chart").contains("Tiny steps"));

        // The live run cannot be removed; Clear keeps it and asks before dropping the others.
        robot.interact(() -> list.getSelectionModel().select(1));
        assertTrue(fx(() -> robot.lookup("#remove-run").queryButton().isDisabled()));
        press(robot, "#clear-runs");
        robot.clickOn("#clear-dialog-confirm");
        await("only the live run is left", () -> app.window().runs().history().runs().size() == 1);
        assertEquals(3, fx(() -> app.window().runs().history().runs().get(0).id()));
        assertTrue(fx(() -> robot.lookup("#clear-runs").queryButton().isDisabled()));
    }

    @Test
    void presentationModeKeepsTitlesLegibleLegendsAndTheLiveRunsColour(FxRobot robot) throws Exception {
        threeRuns(robot);
        robot.interact(() -> app.window().appearance().presentationModeProperty().set(true));
        await("presentation mode is on", () -> app.stage().getScene().getRoot().getStyleClass()
                .contains(Styles.PRESENTATION));
        robot.interact(() -> app.stage().getScene().getRoot().applyCss());
        robot.interact(() -> app.stage().getScene().getRoot().layout());
        for (String chartId : List.of("#loss-chart", "#accuracy-chart")) {
            Node chart = robot.lookup(chartId).query();
            Label title = fx(() -> (Label) chart.lookup(".chart-title"));
            assertTrue(fx(() -> title.getFont().getSize()) >= 14, chartId + " title size " + fx(() -> title.getFont().getSize()));
            assertTrue(fx(() -> ((Color) title.getTextFill()).getOpacity()) > 0.9, chartId + " title visible");
            List<Label> items = fx(() -> chart.lookupAll(".chart-legend-item").stream().filter(Node::isVisible)
                    .map(Label.class::cast).toList());
            assertEquals(3, items.size(), "one entry a run in each chart");
            for (Label item : items) {
                assertTrue(fx(() -> wholeText(item)), chartId + " legend truncates " + fx(item::getText));
            }
        }
        // The live run's test accuracy rings are in the live run's colour, as its swatch in the run list.
        Node accuracy = robot.lookup("#accuracy-chart").query();
        Paint ring = fx(() -> ((Region) accuracy.lookup(".series1.chart-line-symbol")).getBackground().getFills()
                .get(0).getFill());
        Paint line = fx(() -> ((Shape) accuracy.lookup(".series1.chart-series-line")).getStroke());
        int liveSlot = fx(() -> app.window().runs().liveSlotProperty().get());
        Paint swatch = fx(() -> ((Region) robot.lookup("#run-list").query().lookup(".run-swatch.run-slot-" + liveSlot))
                .getBackground().getFills().get(0).getFill());
        assertEquals(swatch, ring);
        assertEquals(swatch, line);
    }

    @Test
    void runNamesShowWholeInTheListAndTheEpochAxisFitsTheShortestRun(FxRobot robot) throws Exception {
        threeRuns(robot);
        List<CheckBox> ticks = fx(() -> robot.lookup("#run-list").lookup(".check-box").queryAllAs(CheckBox.class)
                .stream().filter(Node::isVisible).toList());
        assertEquals(3, ticks.size());
        for (CheckBox tick : ticks) {
            assertTrue(fx(() -> !tick.getText().isEmpty() && wholeText(tick)), "truncated: " + fx(tick::getText));
        }
        NumberAxis epochs = fx(() -> (NumberAxis) robot.lookup("#loss-chart").queryAs(MarkedLineChart.class).getXAxis());
        assertEquals(2.0, fx(epochs::getUpperBound));
        robot.clickOn("#fit-epochs");
        await("the axis ends with the 1-epoch run", () -> epochs.getUpperBound() == 1.0);
    }

    @Tag("locale") // parses or writes numbers: must not follow the JVM locale
    @Test
    void anInvalidLearningRateLeavesTheSliderWhereItWas(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        app.setField("#learning-rate", "1");
        javafx.scene.control.Slider slider = robot.lookup("#learning-rate-slider").queryAs(javafx.scene.control.Slider.class);
        double atOne = fx(slider::getValue);
        for (String invalid : List.of("0", "-1", "abc", "")) {
            app.setField("#learning-rate", invalid);
            assertEquals(atOne, fx(slider::getValue), "after " + invalid);
        }
        assertEquals("", fx(() -> robot.lookup("#learning-rate").queryAs(TextField.class).getText()),
                "and the slider did not write a rate back");
    }
}
