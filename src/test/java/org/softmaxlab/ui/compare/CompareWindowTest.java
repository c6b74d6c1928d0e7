package org.softmaxlab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.ui.TestData;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.gallery.GalleryItem;
import org.softmaxlab.ui.main.InspectionTabs;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/** The Compare tab in the real window on the real-data subset: two short runs, their table and a cell's gallery. */
@Tag("window")
class CompareWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    private Node compareTab(FxRobot robot, String query) {
        return robot.lookup(query).query(); // the embedded gallery has ids of its own
    }

    @SuppressWarnings("unchecked")
    private List<GalleryItem> cellTiles(FxRobot robot) throws Exception {
        GridView<GalleryItem> grid = (GridView<GalleryItem>) compareTab(robot, "#compare-gallery-grid");
        return fx(() -> List.copyOf(grid.getItems()));
    }

    @Test
    void theFourCountsCoverTheTestSetAndACellShowsExactlyItsImages(FxRobot robot) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        app.finishedRun("1", "0.01");
        app.resetConfirmed(); // a trained model would be lost: Reset asks first
        app.finishedRun("2", "0.1");
        robot.clickOn("#" + InspectionTabs.COMPARE_TAB_ID);
        await("both runs are chosen", () -> app.window().inspection().compare().comparisonProperty().get() != null);
        RunComparison comparison = fx(() -> app.window().inspection().compare().comparisonProperty().get());
        int testImages = TestData.subset().test().size();

        int sum = 0;
        for (Cell cell : Cell.values()) {
            String text = fx(() -> ((Button) robot.lookup("#compare-cell-" + cell.name()).query()).getText());
            int count = Integer.parseInt(text.substring(text.indexOf('\n') + 1).replace(",", ""));
            assertEquals(comparison.count(cell), count, cell + ": " + text);
            sum += count;
        }
        assertEquals(testImages, sum);

        for (Cell cell : new Cell[] {Cell.ONLY_A_RIGHT, Cell.BOTH_WRONG, Cell.ONLY_B_RIGHT}) {
            robot.clickOn("#compare-cell-" + cell.name());
            int expected = comparison.count(cell);
            await(cell + " shows its images", () -> cellTiles(robot).size() == expected
                    && app.window().inspection().compare().cellProperty().get() == cell);
            List<GalleryItem> tiles = cellTiles(robot);
            int[] indices = comparison.indices(cell);
            assertEquals(indices.length, tiles.size());
            assertTrue(tiles.stream().allMatch(t -> java.util.Arrays.stream(indices).anyMatch(i -> i == t.index())));
            String count = fx(() -> ((Label) compareTab(robot, "#compare-gallery-count")).getText());
            assertTrue(count.endsWith(String.format(java.util.Locale.US, "%,d images of this cell", expected)), count);
        }
        assertTrue(comparison.count(Cell.ONLY_B_RIGHT) > 0, "a longer run at a better rate fixes some images");
    }
}
