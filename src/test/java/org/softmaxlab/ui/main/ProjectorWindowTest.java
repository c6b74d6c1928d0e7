package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.OwnStageWindow;
import org.softmaxlab.ui.charts.MarkedLineChart;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The charts on a projector (issue 21): five ticked runs whose labels are long, at the smallest window,
 * in normal and presentation mode and after a switch to Chinese. Every curve stays identifiable (each
 * chart's legend is shown, whole, inside the window), the legend costs the plots no height, every
 * curve is drawn, and the live run is drawn over the others.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class ProjectorWindowTest {

    /**
     * The loss plot's least height: a five-row legend on top left it about 90 px in normal mode; beside the
     * plot it costs none (in presentation mode at this size, with the run's notice shown, 107 px remain).
     */
    private static final double LEAST_PLOT_HEIGHT = 100;

    private final OwnStageWindow app = new OwnStageWindow();

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private void fiveRunsAtMinimumSize(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        for (int i = 0; i < LongLabelledRuns.SETTINGS.length; i++) {
            int index = i;
            int before = fx(() -> app.window().runs().history().runs().size());
            robot.interact(() -> LongLabelledRuns.start(app.window(), index));
            await("run " + (before + 1) + " has finished", () -> app.window().runs().history().runs().size() == before + 1
                    && app.window().runs().history().runs().get(before).status() != org.softmaxlab.session.RunRecord.Status.RUNNING
                    && app.window().training().stateProperty().get() == RunState.READY);
        }
        robot.interact(() -> LongLabelledRuns.tickAll(app.window()));
        await("five runs are drawn", () -> app.window().runs().overlays().size() == 4);
        layOut(robot);
    }

    private void layOut(FxRobot robot) {
        robot.interact(() -> {
            app.stage().getScene().getRoot().applyCss();
            app.stage().getScene().getRoot().layout();
        });
    }

    @Test
    void fiveRunsStayIdentifiableAtTheMinimumSizeInEveryMode(FxRobot robot) throws Exception {
        fiveRunsAtMinimumSize(robot);
        assertChartsServeAProjector(robot, "normal mode");
        robot.interact(() -> app.window().appearance().presentationModeProperty().set(true));
        layOut(robot);
        assertChartsServeAProjector(robot, "presentation mode");
        robot.interact(() -> app.window().appearance().languageProperty().set(Language.forTag("zh-CN")));
        layOut(robot);
        assertChartsServeAProjector(robot, "presentation mode in Chinese");
    }

    @Test
    void aLanguageSwitchInPresentationModeLaysTheWindowOutInsideIt(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        robot.interact(() -> {
            app.window().appearance().presentationModeProperty().set(true);
            app.window().training().settings().textProperty(Field.EPOCHS).set("1");
            app.window().training().start();
        });
        await("the run's notice is shown", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != null);
        for (Language language : List.of(Language.forTag("zh-CN"), Language.ENGLISH)) {
            robot.interact(() -> app.window().appearance().languageProperty().set(language));
            // One pulse, as the window system gives it: no resize follows the switch.
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            double windowWidth = fx(() -> app.stage().getScene().getWidth());
            for (String id : List.of("#dismiss-notice", ".status-bar", ".tab-pane")) {
                Node node = fx(() -> app.stage().getScene().lookup(id));
                double right = right(node);
                assertTrue(right <= windowWidth + 0.5, language.tag() + ": " + id + " ends at x " + right
                        + ", the window at " + windowWidth);
            }
        }
    }

    @Test
    void theTitleNamesTheModelTheSettingsChose(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        assertEquals("SoftmaxLab — softmax regression on Fashion-MNIST", fx(() -> app.stage().getTitle()));
        robot.interact(() -> app.window().training().settings().modelKindProperty().set(org.softmaxlab.train.ModelSpec.Kind.MLP));
        assertEquals("SoftmaxLab — MLP on Fashion-MNIST", fx(() -> app.stage().getTitle()));
        robot.interact(() -> app.window().appearance().languageProperty().set(Language.forTag("zh-CN")));
        assertEquals("SoftmaxLab — 在 Fashion-MNIST 上学习多层感知机", fx(() -> app.stage().getTitle()));
    }

    @Test
    void everyTabIsOneClickAwayAtTheMinimumSizeInEveryModeAndLanguage(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        for (Language language : List.of(Language.ENGLISH, Language.forTag("zh-CN"))) {
            for (boolean presentation : List.of(false, true)) {
                robot.interact(() -> {
                    app.window().appearance().languageProperty().set(language);
                    app.window().appearance().presentationModeProperty().set(presentation);
                });
                layOut(robot);
                String mode = language.tag() + (presentation ? ", presentation mode" : ", normal mode");
                Parent tabs = fx(() -> (Parent) app.stage().getScene().lookup(".tab-pane"));
                Node menu = fx(() -> tabs.lookup(".control-buttons-tab"));
                double headerRight = fx(() -> tabs.lookup(".tab-header-area").localToScene(
                        tabs.lookup(".tab-header-area").getLayoutBounds()).getMaxX());
                for (Node tab : fx(() -> List.copyOf(tabs.lookupAll(".tab")))) {
                    double right = right(tab);
                    assertTrue(fx(tab::isVisible) && right <= headerRight + 0.5,
                            mode + ": a tab ends at x " + right + " beyond the tab bar's " + headerRight);
                }
                assertTrue(menu == null || !fx(() -> menu.lookup(".tab-down-button") != null
                        && menu.lookup(".tab-down-button").isVisible()), mode + ": tabs overflow into the chevron menu");
            }
        }
    }

    private void assertChartsServeAProjector(FxRobot robot, String mode) throws Exception {
        double windowWidth = fx(() -> app.stage().getScene().getWidth());
        for (String chartId : List.of("#loss-chart", "#accuracy-chart")) {
            MarkedLineChart chart = robot.lookup(chartId).queryAs(MarkedLineChart.class);
            Node legend = fx(() -> chart.lookup(".chart-legend"));
            assertTrue(fx(legend::isVisible), mode + ": " + chartId + "'s legend is hidden");
            List<Label> items = fx(() -> chart.lookupAll(".chart-legend-item").stream().filter(Node::isVisible)
                    .map(Label.class::cast).toList());
            assertEquals(5, items.size(), mode + ": " + chartId + " legend entries");
            for (Label item : items) {
                String text = fx(item::getText);
                assertTrue(fx(() -> item.getWidth() >= item.prefWidth(-1) - 0.5), mode + ": \"" + text + "\" is cut");
                assertTrue(right(item) <= windowWidth + 0.5, mode + ": \"" + text + "\" ends at " + right(item));
                String tooltip = fx(() -> item.getTooltip() == null ? "" : item.getTooltip().getText());
                assertTrue(tooltip.contains(text.split(" · ")[0]) && tooltip.length() > text.length(),
                        mode + ": the entry \"" + text + "\" says the run in full on hover, got \"" + tooltip + "\"");
            }
            for (var series : fx(() -> List.copyOf(chart.getData()))) {
                int drawn = fx(() -> series.getNode() instanceof javafx.scene.shape.Path line ? line.getElements().size() : 0);
                assertTrue(drawn > 1 || fx(() -> series.getData().isEmpty()),
                        mode + ": " + chartId + " draws no line for " + fx(series::getName));
            }
            // The live run (series 0) is drawn over the finished ones: last among the curves.
            List<Node> curves = fx(() -> chart.lookupAll(".chart-series-line").stream().toList());
            Node live = fx(() -> chart.getData().get(0).getNode());
            int liveIndex = fx(() -> live.getParent().getChildrenUnmodifiable().indexOf(live));
            for (Node curve : curves) {
                int index = fx(() -> curve.getParent().getChildrenUnmodifiable().indexOf(curve));
                assertTrue(curve == live || index < liveIndex, mode + ": a finished run is drawn over the live run");
            }
        }
        Bounds loss = plot(robot, "#loss-chart");
        assertTrue(loss.getHeight() >= LEAST_PLOT_HEIGHT, mode + ": the loss plot is " + loss.getHeight() + " px high");
        assertPlotsLineUp(robot, mode);
    }

    /**
     * The loss and accuracy plots span the same x (an epoch above the same epoch), though their value axes
     * ("2.5", "100%") and their legends differ in width. The margins that align them come a pulse after a
     * layout, hence the wait.
     */
    private void assertPlotsLineUp(FxRobot robot, String mode) throws Exception {
        java.util.function.Supplier<String> offsets = () -> {
            Bounds loss = plot(robot, "#loss-chart");
            Bounds accuracy = plot(robot, "#accuracy-chart");
            return "loss plot x " + loss.getMinX() + "–" + loss.getMaxX() + ", accuracy plot x "
                    + accuracy.getMinX() + "–" + accuracy.getMaxX();
        };
        for (int pulse = 0; pulse < 5; pulse++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            layOut(robot);
        }
        Bounds loss = plot(robot, "#loss-chart");
        Bounds accuracy = plot(robot, "#accuracy-chart");
        assertTrue(Math.abs(loss.getMinX() - accuracy.getMinX()) <= 1 && Math.abs(loss.getMaxX() - accuracy.getMaxX()) <= 1,
                mode + ": the epoch axes do not line up: " + offsets.get());
    }

    @Test
    void theEpochAxesLineUpAndTheCurvesDrawAfterARunStoppedMidEpoch(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        assertPlotsLineUp(robot, "no run yet");
        robot.interact(() -> {
            app.window().training().settings().textProperty(Field.EPOCHS).set("3");
            app.window().training().start();
        });
        // Past one and a quarter epochs (20 points an epoch), then stopped: the axis ends at 3, the curves at 1.3.
        await("the run is past epoch 1.25", () -> app.window().training().trainLossPoints().size() > 26);
        robot.interact(() -> app.window().training().stop());
        await("the run has stopped", () -> app.window().training().stateProperty().get() != RunState.RUNNING);
        for (boolean presentation : List.of(false, true)) {
            robot.interact(() -> app.window().appearance().presentationModeProperty().set(presentation));
            layOut(robot);
            String mode = presentation ? "presentation mode" : "normal mode";
            assertPlotsLineUp(robot, mode);
            for (String chartId : List.of("#loss-chart", "#accuracy-chart")) {
                MarkedLineChart chart = robot.lookup(chartId).queryAs(MarkedLineChart.class);
                var train = fx(() -> chart.getData().get(0));
                assertTrue(fx(() -> train.getData().size()) > 26, mode + ": " + chartId + " has the run's points");
                int drawn = fx(() -> train.getNode() instanceof javafx.scene.shape.Path line ? line.getElements().size() : 0);
                assertTrue(drawn > 26, mode + ": " + chartId + " draws its curve (" + drawn + " path elements)");
                List<String> ticks = fx(() -> java.util.stream.Stream.concat(
                                chart.getXAxis().getChildrenUnmodifiable().stream(), chart.getYAxis().getChildrenUnmodifiable().stream())
                        .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                        .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
                assertTrue(ticks.size() >= 6, mode + ": " + chartId + " has its tick labels: " + ticks);
            }
        }
    }

    private static Bounds plot(FxRobot robot, String chartId) {
        Parent chart = robot.lookup(chartId).queryAs(Parent.class);
        try {
            Node background = fx(() -> chart.lookup(".chart-plot-background"));
            return fx(() -> background.localToScene(background.getLayoutBounds()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double right(Node node) throws Exception {
        return fx(() -> node.localToScene(node.getLayoutBounds()).getMaxX());
    }
}
