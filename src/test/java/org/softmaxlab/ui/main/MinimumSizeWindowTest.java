package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.ui.OwnStageWindow;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** At the smallest window the app allows, labels are shown whole ("Cross-e…" and "T…" were cut). */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class MinimumSizeWindowTest {

    private final OwnStageWindow app = new OwnStageWindow();

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private void showAtMinimumSize(FxRobot robot) throws Exception {
        app.showSized(robot, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
    }

    private void open(FxRobot robot, String tabId) {
        robot.interact(() -> {
            app.window().selectTab(tabId);
            app.stage().getScene().getRoot().applyCss();
            app.stage().getScene().getRoot().layout();
        });
    }

    @Test
    void theLossAxisLabelIsShownWhole(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        open(robot, MainWindow.TRAINING_TAB_ID);
        Label axisLabel = fx(() -> (Label) robot.lookup("#loss-chart").queryAs(Parent.class).lookup(".axis-label"));
        // The y axis's label; the epoch axis label is looked up first only if it comes first in the tree.
        List<Label> labels = fx(() -> robot.lookup("#loss-chart").queryAs(Parent.class).lookupAll(".axis-label")
                .stream().map(Label.class::cast).toList());
        assertFalse(labels.isEmpty(), "axis labels found: " + axisLabel);
        labels.forEach(MinimumSizeWindowTest::assertWhole);
    }

    @Test
    void theChartToolbarsCommandsAreShownWhole(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        open(robot, MainWindow.TRAINING_TAB_ID);
        // The note gives way (its tooltip has the whole text); the commands must not ("Fit epoc…", "Log-…").
        for (String id : List.of("#fit-epochs", "#log-loss")) {
            assertWhole(fx(() -> robot.lookup(id).queryAs(Labeled.class)));
        }
    }

    @Test
    void theGalleryFilterLabelsAreShownWhole(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        open(robot, InspectionTabs.GALLERY_TAB_ID);
        // The filters' labels, not the choice boxes' own inner ones.
        List<Label> labels = fx(() -> robot.lookup(".inspect-toolbar").queryAs(Parent.class).lookupAll(".label")
                .stream().filter(n -> n instanceof Label && !(n.getParent() instanceof javafx.scene.control.ChoiceBox))
                .map(Label.class::cast).toList());
        assertEquals(3, labels.size(), "true class, predicted, sort");
        labels.forEach(MinimumSizeWindowTest::assertWhole);
    }

    @Test
    void theNumericsTextsWrapToTheWindowAndOnlyTheTableScrollsSideways(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        open(robot, MainWindow.NUMERICS_TAB_ID);
        javafx.scene.control.ScrollPane view = fx(() -> robot.lookup("#numerics-view")
                .queryAs(javafx.scene.control.ScrollPane.class));
        javafx.scene.control.ScrollPane table = fx(() -> robot.lookup("#numerics-table-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class));
        double seen = fx(() -> view.getViewportBounds().getWidth());
        double content = fx(() -> view.getContent().getLayoutBounds().getWidth());
        assertTrue(content <= seen + 0.5, "the view's content is " + content + " px wide, " + seen + " are seen");
        double tableWidth = fx(() -> table.getContent().getLayoutBounds().getWidth());
        assertTrue(tableWidth > fx(() -> table.getViewportBounds().getWidth()),
                "at this size the float32/float64 table is wider than the window: it scrolls sideways");
        double shownHeight = fx(() -> table.getViewportBounds().getHeight());
        double tableHeight = fx(() -> table.getContent().getLayoutBounds().getHeight());
        assertTrue(shownHeight >= tableHeight - 0.5,
                "the scroll bar covers no row: " + shownHeight + " px seen of " + tableHeight);
    }

    @Test
    void theTenClassPicturesFitTheWeightsTab(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        open(robot, InspectionTabs.WEIGHTS_TAB_ID);
        javafx.geometry.Bounds grid = fx(() -> robot.lookup("#weights-grid").query().localToScene(
                robot.lookup("#weights-grid").query().getLayoutBounds()));
        double windowWidth = fx(() -> app.stage().getScene().getWidth());
        assertTrue(grid.getMaxX() <= windowWidth + 0.5,
                "the pictures end at x " + grid.getMaxX() + ", the window at " + windowWidth);
    }

    @Test
    void theRunRowLabelsAreShownWholeAfterPresentationModeWasLeft(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        for (boolean on : new boolean[] {true, false}) {
            robot.interact(() -> {
                app.window().appearance().presentationModeProperty().set(on);
                app.stage().getScene().getRoot().applyCss();
                app.stage().getScene().getRoot().layout();
            });
        }
        for (String id : List.of("#pace", "#live-learning-rate")) {
            Label label = fx(() -> (Label) robot.lookup(id).query().getParent().getChildrenUnmodifiable().get(0));
            assertWhole(label); // "Pace" was "…" once the larger type had widened the list
        }
    }

    @Test
    void theOneStepTablesNumbersAreWholeInPresentationMode(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        await("the data is loaded", () -> app.window().training().stateProperty().get() == org.softmaxlab.ui.run.RunState.READY);
        robot.interact(() -> {
            app.window().appearance().presentationModeProperty().set(true);
            app.window().selectTab(InspectionTabs.STEP_TAB_ID);
            app.window().training().step();
        });
        await("the step is opened up", () -> app.window().training().lastBatchProperty().get() != null
                && fx(() -> robot.lookup("#step-table").queryAs(Parent.class).isVisible()
                        && !robot.lookup("#step-loss").queryAs(Label.class).getText().isEmpty()));
        robot.interact(() -> {
            app.stage().getScene().getRoot().applyCss();
            app.stage().getScene().getRoot().layout();
        });
        List<Label> cells = fx(() -> robot.lookup("#step-table").queryAs(Parent.class).getChildrenUnmodifiable()
                .stream().filter(Label.class::isInstance).map(Label.class::cast).toList());
        assertTrue(cells.size() > 50, cells.size() + " cells");
        for (Label cell : cells) {
            String shown = fx(() -> cell.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse(""));
            assertEquals(fx(cell::getText), shown, "a cell of the table is shown whole, not as \"…\"");
        }
        for (String id : List.of("#status-speed", "#status-time")) { // the pace is said there, whole
            Label status = fx(() -> robot.lookup(id).queryAs(Label.class));
            if (!fx(status::getText).isEmpty()) {
                assertWhole(status);
            }
        }
        robot.interact(() -> app.window().training().stop());
    }

    @Test
    void theOneStepTableShowsEveryColumnWithoutScrollingSideways(FxRobot robot) throws Exception {
        showAtMinimumSize(robot);
        await("the data is loaded", () -> app.window().training().stateProperty().get() == org.softmaxlab.ui.run.RunState.READY);
        robot.interact(() -> {
            app.window().selectTab(InspectionTabs.STEP_TAB_ID);
            app.window().training().step();
        });
        await("the step is opened up", () -> fx(() -> robot.lookup("#step-table").queryAs(Parent.class).isVisible()
                && !robot.lookup("#step-loss").queryAs(Label.class).getText().isEmpty()));
        javafx.scene.control.ScrollPane view = fx(() -> robot.lookup("#step-view").queryAs(javafx.scene.control.ScrollPane.class));
        javafx.scene.control.ScrollPane numbers = fx(() -> robot.lookup("#step-table-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class));
        for (boolean presentation : List.of(false, true)) {
            robot.interact(() -> {
                app.window().appearance().presentationModeProperty().set(presentation);
                app.stage().getScene().getRoot().applyCss();
                app.stage().getScene().getRoot().layout();
            });
            String mode = presentation ? "presentation mode" : "normal mode";
            // The tab as a whole never scrolls sideways (the picture's column and the four ΔW pictures
            // widened it in presentation mode).
            double content = fx(() -> view.getContent().getLayoutBounds().getWidth());
            double shown = fx(() -> view.getViewportBounds().getWidth());
            assertTrue(content <= shown + 0.5, mode + ": the tab's content is " + content + " px wide, " + shown + " are seen");
            if (presentation) {
                continue; // its larger type needs about 680 px for the table, 586 are there: the table alone scrolls
            }
            double table = fx(() -> numbers.getContent().getLayoutBounds().getWidth());
            double seen = fx(() -> numbers.getViewportBounds().getWidth());
            assertTrue(table <= seen + 0.5, mode + ": the table is " + table + " px wide, " + seen + " are seen");
            double viewRight = fx(() -> view.localToScene(view.getViewportBounds()).getMaxX());
            List<Label> heads = fx(() -> robot.lookup("#step-table").queryAs(Parent.class).getChildrenUnmodifiable()
                    .stream().filter(n -> n instanceof Label l && l.getText().startsWith("p "))
                    .map(Label.class::cast).toList());
            assertEquals(2, heads.size(), "the heads p = softmax(o) and p − y");
            for (Label head : heads) {
                double right = fx(() -> head.localToScene(head.getLayoutBounds()).getMaxX());
                assertTrue(right <= viewRight + 0.5, mode + ": \"" + fx(head::getText) + "\" ends at x " + right
                        + ", the tab shows up to " + viewRight);
            }
        }
        robot.interact(() -> app.window().training().stop());
    }

    /** {@code label} shows its whole text (it is as wide as it needs) and is visible. */
    private static void assertWhole(Labeled label) {
        try {
            double shown = fx(label::getWidth);
            double needed = fx(() -> label.prefWidth(-1));
            String text = fx(label::getText);
            assertTrue(shown >= needed - 0.5, "\"" + text + "\" is " + shown + " px wide, needs " + needed);
            assertTrue(fx(() -> ((Node) label).isVisible()), text + " visible");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
