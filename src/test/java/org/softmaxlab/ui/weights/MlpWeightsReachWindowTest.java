package org.softmaxlab.ui.weights;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.main.InspectionTabs;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * The MLP's Weights tab (issue 21 item 3): its 256 hidden-unit filters stand above the output layer W₂
 * and the colour scale, which the tab cut off at a laptop's window size with no way to scroll to them.
 * At 1280×800 and at the smallest window, the tab scrolls down to W₂ and its scale.
 */
@Tag("window")
class MlpWeightsReachWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @Test
    void theOutputLayerAndItsScaleCanBeScrolledIntoView(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.interact(() -> app.window().training().settings().modelKindProperty().set(ModelSpec.Kind.MLP));
        app.trainThroughStart("1");
        robot.interact(() -> app.window().selectTab(InspectionTabs.WEIGHTS_TAB_ID));
        await("W₂ is drawn", () -> app.window().inspection().weights().outputLayerProperty().get() != null);
        for (double[] size : List.of(new double[] {1280, 800},
                new double[] {WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT})) {
            robot.interact(() -> {
                app.stage().setWidth(size[0]);
                app.stage().setHeight(size[1]);
            });
            String at = (int) size[0] + "×" + (int) size[1];
            for (String id : List.of("#weights-output-layer", ".weights-legend")) {
                Node node = fx(() -> robot.lookup(id).query());
                ScrollPane scroll = scrollHolding(node);
                if (scroll != null) {
                    robot.interact(() -> {
                        scroll.setVvalue(scroll.getVmax());
                        app.stage().getScene().getRoot().applyCss();
                        app.stage().getScene().getRoot().layout();
                    });
                }
                Bounds shown = fx(() -> node.localToScene(node.getLayoutBounds()));
                Bounds seen = fx(() -> scroll != null ? scroll.localToScene(scroll.getLayoutBounds())
                        : tabContent(node).localToScene(tabContent(node).getLayoutBounds()));
                assertTrue(shown.getMaxY() <= seen.getMaxY() + 0.5 && shown.getMinY() >= seen.getMinY() - 0.5,
                        at + ": " + id + " spans y " + shown.getMinY() + "–" + shown.getMaxY() + ", the tab shows y "
                                + seen.getMinY() + "–" + seen.getMaxY() + (scroll == null ? " and does not scroll" : ""));
                double windowWidth = fx(() -> app.stage().getScene().getWidth());
                assertTrue(shown.getMaxX() <= windowWidth + 0.5, at + ": " + id + " ends at x " + shown.getMaxX());
            }
        }
    }

    /** The scroll pane of the Weights tab that holds {@code node}, if any. */
    private static ScrollPane scrollHolding(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
            if (p.getStyleClass().contains("tab-content-area")) {
                return null;
            }
        }
        return null;
    }

    /** The tab's content area that holds {@code node}: all of the tab the window shows. */
    private static Parent tabContent(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("tab-content-area")) {
                return p;
            }
        }
        throw new IllegalStateException("not in a tab");
    }
}
