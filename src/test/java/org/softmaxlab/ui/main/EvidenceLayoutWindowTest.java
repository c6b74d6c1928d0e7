package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.softmaxlab.ui.OwnStageWindow;
import org.softmaxlab.ui.gallery.GalleryViewModel;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Mistakes detail's evidence texts (the note, each map's logit decomposition, the difference)
 * are shown whole in the narrow detail column: wrapped, neither elided ("…") nor cut at the
 * column's edge or bottom, at the smallest window and at a large one; the gallery's count line
 * below stays in the window.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class EvidenceLayoutWindowTest {

    private final OwnStageWindow app = new OwnStageWindow();
    private MainWindow window;

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @ParameterizedTest
    @CsvSource({"1024, 660", "1600, 1000"})
    void theEvidenceLinesAreWholeInTheDetailColumn(int width, int height, FxRobot robot) throws Exception {
        show(robot, width, height);
        GalleryViewModel gallery = window.inspection().gallery();
        robot.interact(() -> {
            window.selectTab(InspectionTabs.GALLERY_TAB_ID);
            gallery.setEvaluation(Fixtures.evaluationOf(gallery.images(), Fixtures.linearParameters(3)));
        });
        await("the gallery shows the mistakes", () -> !gallery.items().isEmpty());
        robot.interact(() -> {
            gallery.select(gallery.items().get(0));
            app.stage().getScene().getRoot().applyCss();
            app.stage().getScene().getRoot().layout();
        });
        Node column = fx(() -> robot.lookup("#gallery-detail").query());
        Bounds columnBounds = fx(() -> column.localToScene(column.getLayoutBounds()));
        for (String id : List.of("#gallery-evidence-note", "#gallery-evidence-first-sum", "#gallery-evidence-second-sum",
                "#gallery-evidence-difference-sum", "#gallery-evidence-hover")) {
            Label label = fx(() -> robot.lookup(id).queryAs(Label.class));
            String text = fx(label::getText);
            assertFalse(text.isBlank(), id + " says something");
            assertEquals(text, fx(() -> shownText(label)), id + " is shown whole, not elided");
            double needed = fx(() -> label.prefHeight(label.getWidth()));
            assertTrue(fx(label::getHeight) >= needed - 0.5, id + " is " + fx(label::getHeight)
                    + " px high, needs " + needed + " for its lines: \"" + text + "\"");
            Bounds bounds = fx(() -> label.localToScene(label.getLayoutBounds()));
            assertTrue(bounds.getMaxX() <= columnBounds.getMaxX() + 0.5, id + " ends at x " + bounds.getMaxX()
                    + ", past the detail column's edge " + columnBounds.getMaxX());
        }
        Node count = fx(() -> robot.lookup("#gallery-count").query());
        Bounds countBounds = fx(() -> count.localToScene(count.getLayoutBounds()));
        double sceneHeight = fx(() -> app.stage().getScene().getHeight());
        assertTrue(countBounds.getMaxY() <= sceneHeight, "the count line ends at y " + countBounds.getMaxY()
                + ", below the window's " + sceneHeight);
    }

    /** What the label draws: its text, or a shortened one ending in "…" when it does not fit. */
    private static String shownText(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private void show(FxRobot robot, int width, int height) throws Exception {
        app.showSized(robot, width, height);
        window = app.window();
        await("the data is loaded", () -> window.training().stateProperty().get() == RunState.READY
                && window.inspection().gallery().images() != null);
    }
}
