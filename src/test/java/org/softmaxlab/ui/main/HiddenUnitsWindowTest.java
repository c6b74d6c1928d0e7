package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.inspect.HiddenUnits;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.TestData;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.gallery.GalleryItem;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * The MLP's "why this prediction" in the real window, at the smallest window size: a mistake's
 * detail shows the hidden units that added most to the predicted logit, and the numbers on screen
 * (each unit's contribution, the other units, the bias) add up to the logit shown, whose softmax is
 * the probability the gallery shows. Your image explains its picture the same way.
 */
@Tag("window")
class HiddenUnitsWindowTest {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @Test
    void aMistakeOfTheMlpIsExplainedByHiddenUnitsWhoseNumbersAddUpToTheLogit(FxRobot robot) throws Exception {
        Evaluation evaluation = trainAnMlp(robot);
        robot.interact(() -> {
            app.stage().setWidth(WindowPlacement.MIN_WIDTH);
            app.stage().setHeight(WindowPlacement.MIN_HEIGHT);
        });
        robot.clickOn("#" + InspectionTabs.GALLERY_TAB_ID);
        GalleryItem first = galleryItems(robot).get(0);
        robot.clickOn(tileOf(robot, first));
        await("the hidden units show", () -> robot.lookup("#gallery-hidden-units").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertFalse(fx(() -> shown(robot.lookup("#gallery-evidence-first-sum").query())), "no evidence maps for the MLP");

        // The predicted class's line: top units + other units + b = logit → p.
        double[] line = decimals(text(robot, "#gallery-hidden-units-first-sum"));
        assertEquals(5, line.length, text(robot, "#gallery-hidden-units-first-sum"));
        double shownTiles = 0;
        for (int r = 0; r < HiddenUnits.DEFAULT_TOP; r++) {
            String product = text(robot, "#gallery-hidden-unit-" + r + "-product");
            double[] hw = decimals(product);
            double contribution = decimals(text(robot, "#gallery-hidden-unit-" + r + "-contribution"))[0];
            assertEquals(hw[0] * hw[1], contribution, 0.01 + 0.005 * (Math.abs(hw[0]) + Math.abs(hw[1])), product);
            assertTrue(hw[0] > 0, "a unit that added to the logit is active: " + product);
            shownTiles += contribution;
        }
        assertEquals(line[0], shownTiles, HiddenUnits.DEFAULT_TOP * 0.005 + 0.0005, "the tiles add up to 'top 8'");
        assertEquals(line[3], line[0] + line[1] + line[2], 0.002, "top + rest + b = logit");
        assertEquals(evaluation.probability(first.index(), first.predictedClass()), line[4], 1e-4,
                "the logit's softmax is the gallery's probability");
        double[] second = decimals(text(robot, "#gallery-hidden-units-second-sum"));
        assertEquals(second[3], second[0] + second[1] + second[2], 0.002, "the true class adds up too");
        assertEquals(evaluation.probability(first.index(), first.trueClass()), second[4], 1e-4);

        // Ranked by the difference, the same decomposition holds for logit(predicted) − logit(true).
        robot.interact(() -> robot.lookup("#gallery-hidden-units-ranking").queryAs(ChoiceBox.class)
                .setValue(HiddenUnits.Ranking.DIFFERENCE));
        double[] difference = decimals(text(robot, "#gallery-hidden-units-difference-sum"));
        assertEquals(difference[3], difference[0] + difference[1] + difference[2], 0.002);
        assertEquals(line[3] - second[3], difference[3], 0.002);
        double tipped = 0;
        for (int r = 0; r < HiddenUnits.DEFAULT_TOP; r++) {
            tipped += decimals(text(robot, "#gallery-hidden-unit-" + r + "-contribution"))[0];
        }
        assertEquals(difference[0], tipped, HiddenUnits.DEFAULT_TOP * 0.005 + 0.0005);

        assertFitsTheColumn(robot);
    }

    @Test
    void yourOwnPictureIsExplainedByTheMlpsHiddenUnitsToo(FxRobot robot, @TempDir Path dir) throws Exception {
        trainAnMlp(robot);
        Path picture = Fixtures.writePng(TestData.subset().test(), 0, dir.resolve("first-test-image.png"));
        robot.clickOn("#" + InspectionTabs.OWN_IMAGE_TAB_ID);
        robot.interact(() -> app.window().inspection().ownImageView().open(picture));
        await("the picture is classified", () -> app.window().inspection().ownImage().probabilitiesProperty().get() != null);
        await("the hidden units show", () -> robot.lookup("#own-image-hidden-units").tryQuery()
                .map(HiddenUnitsWindowTest::shown).orElse(false));
        float[] probabilities = fx(() -> app.window().inspection().ownImage().probabilitiesProperty().get());
        int predicted = fx(() -> app.window().inspection().ownImage().predictedProperty().get());
        double[] line = decimals(text(robot, "#own-image-hidden-units-first-sum"));
        assertEquals(line[3], line[0] + line[1] + line[2], 0.002, "top + rest + b = logit");
        assertEquals(probabilities[predicted], line[4], 1e-4, "the logit of the probability shown");
        assertTrue(text(robot, "#own-image-hidden-units-first-sum").startsWith(fx(() -> ClassNames.of(predicted))));
        double shownTiles = 0;
        for (int r = 0; r < HiddenUnits.DEFAULT_TOP; r++) {
            shownTiles += decimals(text(robot, "#own-image-hidden-unit-" + r + "-contribution"))[0];
        }
        assertEquals(line[0], shownTiles, HiddenUnits.DEFAULT_TOP * 0.005 + 0.0005);
    }

    /** Every tile lies inside the detail column, and every label shows its whole text. */
    private void assertFitsTheColumn(FxRobot robot) throws Exception {
        robot.interact(() -> app.stage().getScene().getRoot().layout());
        Bounds column = fx(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup("#gallery-detail").query(); // the scrolled column
            return scroll.localToScene(scroll.getLayoutBounds());
        });
        Parent panel = fx(() -> robot.lookup("#gallery-hidden-units").queryAs(Parent.class));
        List<String> problems = fx(() -> {
            List<String> found = new ArrayList<>();
            for (Node tile : panel.lookupAll(".hidden-unit-tile")) {
                Bounds b = tile.localToScene(tile.getLayoutBounds());
                if (b.getMinX() < column.getMinX() - 0.5 || b.getMaxX() > column.getMaxX() + 0.5) {
                    found.add(tile.getId() + " at " + b + " outside " + column);
                }
            }
            for (Node node : panel.lookupAll(".label")) {
                Label label = (Label) node;
                if (!label.isVisible() || label.getText() == null || label.getText().isEmpty()) {
                    continue;
                }
                boolean cut = label.isWrapText() ? label.getHeight() < label.prefHeight(label.getWidth()) - 0.5
                        : label.getWidth() < label.prefWidth(-1) - 0.5;
                if (cut) {
                    found.add("'" + label.getText() + "' is cut: " + label.getWidth() + " × " + label.getHeight());
                }
            }
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(WindowPlacement.MIN_WIDTH, fx(() -> app.stage().getWidth()), "checked at the smallest window");
    }

    private Evaluation trainAnMlp(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.interact(() -> app.window().training().settings().modelKindProperty().set(ModelSpec.Kind.MLP));
        return app.trainThroughStart("1");
    }

    /** Whether {@code node} and all that hold it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double[] decimals(String text) {
        Matcher m = DECIMAL.matcher(text);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private static List<GalleryItem> galleryItems(FxRobot robot) throws Exception {
        GridView<GalleryItem> grid = robot.lookup("#gallery-grid").queryAs(GridView.class);
        return fx(() -> List.copyOf(grid.getItems()));
    }

    @SuppressWarnings("unchecked")
    private static GridCell<GalleryItem> tileOf(FxRobot robot, GalleryItem item) {
        return robot.lookup(".gallery-tile").match(n -> item.equals(((GridCell<GalleryItem>) n).getItem()))
                .queryAs(GridCell.class);
    }
}
