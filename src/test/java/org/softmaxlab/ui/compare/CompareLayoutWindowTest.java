package org.softmaxlab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.main.InspectionTabs;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * The Compare tab's layout in the real window: in presentation mode the embedded gallery drew over
 * the 2×2 table's right column, so "Only A right" could not be clicked. At the smallest window, at
 * 1600×1000 and in presentation mode, the table's cells and the gallery are apart and the cells take clicks.
 * The embedded gallery's nodes have ids of their own (they had the Mistakes tab's, twice in one scene).
 */
@Tag("window")
class CompareLayoutWindowTest {

    private static final String GALLERY = "#" + CompareView.GALLERY_ID_PREFIX;

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    private void look(FxRobot robot, int width, int height, boolean presentation) {
        robot.interact(() -> {
            app.window().appearance().presentationModeProperty().set(presentation);
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        robot.interact(() -> {
            app.window().selectTab(InspectionTabs.COMPARE_TAB_ID);
            app.stage().getScene().getRoot().applyCss();
            app.stage().getScene().getRoot().layout();
        });
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** The gallery's parts on screen: its toolbar, its tiles, its footer and (when shown) the picked image's detail. */
    private List<Node> galleryParts(FxRobot robot) {
        List<Node> parts = new ArrayList<>();
        parts.add(robot.lookup(GALLERY + "true-class").queryAs(Node.class).getParent());
        parts.add(robot.lookup(GALLERY + "grid").query());
        parts.add(robot.lookup(GALLERY + "count").queryAs(Node.class).getParent());
        Node detail = robot.lookup(GALLERY + "detail").query();
        if (detail.isVisible()) {
            parts.add(detail);
        }
        return parts;
    }

    private void assertApart(FxRobot robot, String look) throws Exception {
        fx(() -> {
            Scene scene = app.stage().getScene();
            List<Node> parts = galleryParts(robot);
            for (Cell cell : Cell.values()) {
                Node button = robot.lookup("#compare-cell-" + cell.name()).query();
                Bounds b = inScene(button);
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth() && b.getMinY() >= 0
                        && b.getMaxY() <= scene.getHeight(), look + ": " + cell + " is in the window: " + b);
                for (Node part : parts) {
                    assertFalse(b.intersects(inScene(part)),
                            look + ": " + cell + " " + b + " and the gallery's " + part.getId() + " " + inScene(part));
                }
            }
            // The run choices shorten their long labels inside the window (in Chinese presentation mode at 1024×660
            // they ran past its right edge, cut without "…").
            for (String choice : new String[] {"#compare-a", "#compare-b"}) {
                Bounds c = inScene(robot.lookup(choice).query());
                assertTrue(c.getMaxX() <= scene.getWidth() + 0.5, look + ": " + choice + " ends inside the window: " + c
                        + " in " + scene.getWidth());
            }
            // Each part within the gallery: a detail laid out at a negative x drew over the table.
            Bounds gallery = inScene(robot.lookup(GALLERY + "grid").queryAs(Node.class).getParent().getParent());
            for (Node part : parts) {
                Bounds p = inScene(part);
                assertTrue(p.getMinX() >= gallery.getMinX() - 0.5 && p.getMaxX() <= gallery.getMaxX() + 0.5,
                        look + ": the gallery's " + part + " " + p + " lies within the gallery " + gallery);
            }
            return null;
        });
    }

    @Test
    void theTableAndTheGalleryAreApartAndTheCellsTakeClicks(FxRobot robot) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        app.finishedRun("1", "0.01");
        app.resetConfirmed();
        // Settings that differ in more than the rate make the long run labels a class sees ("lr 0.1, batch 128, …").
        app.setField("#batch-size", "128");
        app.setField("#init-std", "0.02");
        app.setField("#seed", "7");
        app.finishedRun("1", "0.1");
        robot.clickOn("#" + InspectionTabs.COMPARE_TAB_ID);
        await("both runs are chosen", () -> app.window().inspection().compare().comparisonProperty().get() != null);

        int[][] sizes = {{1024, 660}, {1600, 1000}};
        for (boolean presentation : new boolean[] {true, false}) {
            for (int[] size : sizes) {
                String look = size[0] + "x" + size[1] + (presentation ? " presentation" : "");
                look(robot, size[0], size[1], presentation);
                assertApart(robot, look);
                for (Cell cell : new Cell[] {Cell.ONLY_A_RIGHT, Cell.BOTH_WRONG}) {
                    robot.clickOn("#compare-cell-" + cell.name());
                    assertEquals(cell, fx(() -> app.window().inspection().compare().cellProperty().get()), look);
                }
            }
        }
        // Chinese run labels are the widest (a teacher's projector in Chinese: they ran past the window's edge).
        robot.interact(() -> app.window().appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE));
        try {
            look(robot, 1024, 660, true);
            assertApart(robot, "1024x660 presentation, Chinese");
        } finally {
            robot.interact(() -> app.window().appearance().languageProperty().set(Language.ENGLISH));
        }
    }

    private static void collectIds(Node node, Map<String, Integer> ids) {
        if (node.getId() != null) {
            ids.merge(node.getId(), 1, Integer::sum);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectIds(child, ids));
        }
    }

    @Test
    void theEmbeddedGalleryHasIdsOfItsOwn(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().selectTab(InspectionTabs.GALLERY_TAB_ID));
        robot.interact(() -> app.window().selectTab(InspectionTabs.COMPARE_TAB_ID));
        robot.interact(() -> app.stage().getScene().getRoot().applyCss());
        Map<String, Integer> ids = fx(() -> {
            Map<String, Integer> found = new TreeMap<>();
            collectIds(app.stage().getScene().getRoot(), found);
            return found;
        });
        assertEquals(1, ids.getOrDefault("gallery-grid", 0), "the Mistakes tab's gallery is there once");
        assertEquals(1, ids.getOrDefault("compare-gallery-grid", 0), "the Compare tab's gallery has its own ids");
        List<String> twice = ids.entrySet().stream().filter(e -> e.getValue() > 1)
                .filter(e -> e.getKey().startsWith("gallery-") || e.getKey().startsWith("compare-"))
                .map(Map.Entry::getKey).toList();
        assertTrue(twice.isEmpty(), "ids used twice in one scene: " + twice);
    }
}
