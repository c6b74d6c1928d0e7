package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.ui.OwnStageWindow;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Presentation mode (a projector's large type) at the smallest window the app allows: nothing is cut
 * at the window's right edge and no label is shortened to "…" (issue #15).
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class PresentationMinimumSizeWindowTest {

    private final OwnStageWindow app = new OwnStageWindow();
    private MainWindow window;
    private Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    /** The window at its minimum size, switched to presentation mode as the View menu does it. */
    private void showInPresentationModeAtMinimumSize(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        window = app.window();
        stage = app.stage();
        setPresentationMode(robot, true);
    }

    private void setPresentationMode(FxRobot robot, boolean on) {
        robot.interact(() -> {
            window.appearance().presentationModeProperty().set(on);
            layOut();
        });
    }

    private void open(FxRobot robot, String tabId) {
        robot.interact(() -> {
            window.selectTab(tabId);
            layOut();
        });
    }

    private void layOut() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    /** One epoch on the subset: the gallery has mistakes to show. */
    private void trainOneEpoch(FxRobot robot) throws Exception {
        await("the data is loaded", () -> window.training().stateProperty().get() == RunState.READY);
        robot.interact(() -> {
            window.training().settings().textProperty(Field.EPOCHS).set("1");
            window.training().start();
        });
        await("the run has finished", () -> window.training().stateProperty().get() == RunState.READY
                && window.training().noticeProperty().get() != null);
        await("the gallery shows the mistakes", () -> !window.inspection().gallery().items().isEmpty());
    }

    @Test
    void theMistakesTabsDetailEndsInsideTheWindowAndItsToolbarIsWhole(FxRobot robot) throws Exception {
        showInPresentationModeAtMinimumSize(robot);
        trainOneEpoch(robot);
        open(robot, InspectionTabs.GALLERY_TAB_ID);
        robot.interact(() -> {
            window.inspection().gallery().select(window.inspection().gallery().items().get(0));
            layOut();
        });
        await("the detail shows", () -> robot.lookup("#gallery-detail-predicted").queryAs(Label.class).isVisible());
        robot.interact(this::layOut);
        double windowWidth = fx(() -> stage.getScene().getWidth());
        for (String id : List.of("#gallery-detail", "#gallery-probability-0", "#gallery-show-all")) {
            double right = rightEdge(robot.lookup(id).query());
            assertTrue(right <= windowWidth + 0.5, id + " ends at x " + right + ", the window at " + windowWidth);
        }
        Parent toolbar = fx(() -> robot.lookup(".inspect-toolbar").queryAs(Parent.class));
        List<Labeled> words = fx(() -> toolbar.lookupAll(".label").stream()
                .filter(n -> n instanceof Label && !(n.getParent() instanceof javafx.scene.control.ChoiceBox)).map(Labeled.class::cast)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
        words.add(fx(() -> robot.lookup("#gallery-show-all").queryAs(Button.class)));
        assertEquals(4, words.size(), "true class, predicted, order, show all");
        for (Labeled word : words) {
            assertWhole(word);
        }
        double toolbarRight = rightEdge(toolbar);
        assertTrue(toolbarRight <= windowWidth + 0.5, "the toolbar ends at x " + toolbarRight);
    }

    @Test
    void aGalleryGivenLessRoomThanItNeedsKeepsOneColumnOfTiles(FxRobot robot) throws Exception {
        showInPresentationModeAtMinimumSize(robot);
        // The Compare tab sets the gallery beside its table: at this size it has less room than the gallery
        // needs, and the tiles were squeezed to a sliver beside the detail (its message one word a line).
        open(robot, InspectionTabs.COMPARE_TAB_ID);
        Parent compare = fx(() -> (Parent) robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getContent());
        org.controlsfx.control.GridView<?> grid = fx(() -> (org.controlsfx.control.GridView<?>) compare.lookup("#compare-gallery-grid"));
        double shown = fx(grid::getWidth);
        double tile = fx(grid::getCellWidth);
        assertTrue(shown >= tile, "the tiles' column is " + shown + " px wide, a tile " + tile);
    }

    @Test
    void thePaceLabelIsWholeInPresentationModeAndAfterIt(FxRobot robot) throws Exception {
        showInPresentationModeAtMinimumSize(robot);
        Label pace = fx(() -> (Label) robot.lookup("#pace").query().getParent().getChildrenUnmodifiable().get(0));
        assertWhole(pace);
        setPresentationMode(robot, false);
        robot.interact(this::layOut);
        assertWhole(pace);
    }

    @Test
    void theNumericsInputLabelsAndPresetsAreWhole(FxRobot robot) throws Exception {
        showInPresentationModeAtMinimumSize(robot);
        open(robot, MainWindow.NUMERICS_TAB_ID);
        double windowWidth = fx(() -> stage.getScene().getWidth());
        for (String row : List.of(".numerics-input", "#numerics-presets")) {
            List<Labeled> words = fx(() -> robot.lookup(row).queryAs(Parent.class).getChildrenUnmodifiable().stream()
                    .filter(Labeled.class::isInstance).map(Labeled.class::cast).toList());
            assertFalse(words.isEmpty(), row);
            for (Labeled word : words) {
                assertWhole(word);
                double right = rightEdge(word);
                assertTrue(right <= windowWidth + 0.5, "\"" + fx(word::getText) + "\" ends at x " + right);
            }
        }
    }

    @Test
    void theAxisLabelsAreWholeWithTheRunsNoticeShown(FxRobot robot) throws Exception {
        showInPresentationModeAtMinimumSize(robot);
        trainOneEpoch(robot);
        open(robot, MainWindow.TRAINING_TAB_ID);
        assertTrue(fx(() -> robot.lookup("#notice").query().isVisible()), "the run's notice is shown above the charts");
        for (String chart : List.of("#loss-chart", "#accuracy-chart")) {
            List<Label> labels = fx(() -> robot.lookup(chart).queryAs(Parent.class).lookupAll(".axis-label")
                    .stream().map(Label.class::cast).toList());
            assertEquals(2, labels.size(), chart);
            for (Label label : labels) {
                assertWhole(label);
            }
        }
    }

    @Test
    void theWeightsLegendIsWhole(FxRobot robot) throws Exception {
        showInPresentationModeAtMinimumSize(robot);
        trainOneEpoch(robot);
        open(robot, InspectionTabs.WEIGHTS_TAB_ID);
        await("the weights are drawn", () -> window.inspection().weights().imagesProperty().get() != null);
        robot.interact(this::layOut);
        List<Labeled> words = fx(() -> robot.lookup(".weights-legend").queryAs(Parent.class)
                .getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance).map(Labeled.class::cast).toList());
        assertEquals(3, words.size(), "the two ends of the scale and its caption");
        double windowWidth = fx(() -> stage.getScene().getWidth());
        for (Labeled word : words) {
            if (fx(word::isWrapText)) {
                double height = fx(word::getHeight);
                double needed = fx(() -> word.prefHeight(word.getWidth()));
                assertTrue(height >= needed - 0.5, "\"" + fx(word::getText) + "\" wraps into " + height
                        + " px of height, needs " + needed);
            } else {
                assertWhole(word);
            }
            double right = rightEdge(word);
            assertTrue(right <= windowWidth + 0.5, "\"" + fx(word::getText) + "\" ends at x " + right);
        }
    }

    private static double rightEdge(Node node) throws Exception {
        Bounds bounds = fx(() -> node.localToScene(node.getLayoutBounds()));
        return bounds.getMaxX();
    }

    private static void assertWhole(Labeled label) throws Exception {
        double shown = fx(label::getWidth);
        double needed = fx(() -> label.prefWidth(-1));
        String text = fx(label::getText);
        assertTrue(shown >= needed - 0.5, "\"" + text + "\" is " + shown + " px wide, needs " + needed);
        assertTrue(fx(() -> ((Node) label).isVisible()), text + " visible");
    }
}
