package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.inspect.ConfusionMatrix;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.TestData;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.gallery.GalleryItem;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * The inspection tabs in the real window on the real-data subset (1,000 test images), headless:
 * a short run, then the confusion matrix, the gallery and your own picture as a person uses them.
 */
@Tag("window")
class InspectionWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    /** Trains two epochs through the Start button and waits until the gallery has the result. */
    private Evaluation train(FxRobot robot) throws Exception {
        Evaluation evaluation = app.trainThroughStart("2");
        await("the matrix is counted", () -> app.window().inspection().confusion().matrixProperty().get() != null);
        return evaluation;
    }

    private String selectedTab(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }

    @SuppressWarnings("unchecked")
    private List<GalleryItem> galleryItems(FxRobot robot) throws Exception {
        GridView<GalleryItem> grid = robot.lookup("#gallery-grid").queryAs(GridView.class);
        return fx(() -> List.copyOf(grid.getItems()));
    }

    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Tag("locale") // the window formats in its own language, not the JVM locale
    @Test
    void clickingAConfusionCellShowsExactlyThosePairsInTheGallery(FxRobot robot) throws Exception {
        Evaluation evaluation = train(robot);
        ConfusionMatrix matrix = ConfusionMatrix.of(evaluation);
        int wrong = matrix.wrong();
        // The most common confusion: the cell a teacher would click first.
        int bestT = 0;
        int bestP = 1;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t != p && matrix.count(t, p) > matrix.count(bestT, bestP)) {
                    bestT = t;
                    bestP = p;
                }
            }
        }
        robot.clickOn("#" + InspectionTabs.CONFUSION_TAB_ID);
        String cell = "#confusion-cell-" + bestT + "-" + bestP;
        assertEquals(String.valueOf(matrix.count(bestT, bestP)), text(robot, cell));

        robot.clickOn(cell);
        assertEquals(InspectionTabs.GALLERY_TAB_ID, selectedTab(robot));
        int t = bestT;
        int p = bestP;
        await("the gallery is filtered", () -> galleryItems(robot).size() == matrix.count(t, p));
        List<GalleryItem> items = galleryItems(robot);
        assertTrue(items.size() > 1, "a real confusion: " + items.size());
        for (GalleryItem item : items) {
            assertEquals(t, item.trueClass(), "item " + item);
            assertEquals(p, item.predictedClass(), "item " + item);
            assertEquals(t, evaluation.label(item.index()));
            assertEquals(p, evaluation.prediction(item.index()));
        }
        assertEquals(String.format(Locale.US, "%d of %,d wrong", items.size(), wrong), text(robot, "#gallery-count"));

        // A diagonal cell: the images of that class classified correctly.
        robot.clickOn("#" + InspectionTabs.CONFUSION_TAB_ID);
        robot.clickOn("#confusion-cell-1-1");
        await("the gallery shows correct trousers", () -> galleryItems(robot).size() == matrix.count(1, 1));
        assertTrue(galleryItems(robot).stream().allMatch(i -> i.trueClass() == 1 && i.predictedClass() == 1));
        assertTrue(text(robot, "#gallery-count").endsWith("Trouser images classified correctly"),
                text(robot, "#gallery-count"));
        // Sorted by the probability of the true class, lowest first: for correct images, the least confident.
        assertEquals("Least confident first", text(robot, "#gallery-sort .label"));
    }

    @Tag("locale") // the window formats in its own language, not the JVM locale
    @Test
    void clickingATileShowsItsProbabilities(FxRobot robot) throws Exception {
        Evaluation evaluation = train(robot);
        robot.clickOn("#" + InspectionTabs.GALLERY_TAB_ID);
        GalleryItem first = galleryItems(robot).get(0);
        robot.clickOn(tileOf(robot, first));
        await("the detail shows", () -> robot.lookup("#gallery-detail-predicted").queryAs(Label.class).isVisible());
        assertEquals(first.index(), fx(() -> app.window().inspection().gallery().selectedProperty().get().index()));
        float shown = evaluation.probability(first.index(), first.trueClass());
        assertEquals(String.format(Locale.US, "%.1f%%", 100 * shown), text(robot, "#gallery-probability-" + first.trueClass()));
    }

    /** The visible tile showing {@code item}. */
    @SuppressWarnings("unchecked")
    private static GridCell<GalleryItem> tileOf(FxRobot robot, GalleryItem item) {
        return robot.lookup(".gallery-tile").match(n -> item.equals(((GridCell<GalleryItem>) n).getItem()))
                .queryAs(GridCell.class);
    }

    @Test
    void yourOwnPictureGetsTenProbabilitiesThatSumToOne(FxRobot robot, @TempDir Path dir) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        Path picture = Fixtures.writePng(TestData.subset().test(), 0, dir.resolve("first-test-image.png"));
        robot.clickOn("#" + InspectionTabs.OWN_IMAGE_TAB_ID);
        assertTrue(fx(() -> app.window().training().weightsWantedProperty().get()), "this tab follows the weights");
        robot.interact(() -> app.window().inspection().ownImageView().open(picture));
        await("the picture is read", () -> app.window().inspection().ownImage().pixelsProperty().get() != null);
        assertEquals("Train a model first: then it classifies this picture.", text(robot, "#own-image-message"));

        train(robot);
        await("the picture is classified", () -> app.window().inspection().ownImage().probabilitiesProperty().get() != null);
        float[] probabilities = fx(() -> app.window().inspection().ownImage().probabilitiesProperty().get());
        assertEquals(10, probabilities.length);
        double sum = 0;
        double shownSum = 0;
        for (int c = 0; c < 10; c++) {
            assertTrue(probabilities[c] >= 0 && probabilities[c] <= 1);
            sum += probabilities[c];
            String shown = text(robot, "#own-image-probability-" + c);
            shownSum += Double.parseDouble(shown.replace("%", ""));
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals(100.0, shownSum, 0.6, "the bars' percentages add up, up to rounding");
        assertTrue(text(robot, "#own-image-result").startsWith("Looks like: "), text(robot, "#own-image-result"));
        assertFalse(fx(() -> robot.lookup("#own-image-message").query().isVisible()));

        robot.clickOn("#" + InspectionTabs.WEIGHTS_TAB_ID);
        assertTrue(fx(() -> app.window().training().weightsWantedProperty().get()), "the weights tab follows them too");
        await("the weights are drawn", () -> app.window().inspection().weights().imagesProperty().get() != null);
        assertEquals(10, fx(() -> app.window().inspection().weights().imagesProperty().get().length));
        robot.clickOn("#" + MainWindow.TRAINING_TAB_ID);
        assertFalse(fx(() -> app.window().training().weightsWantedProperty().get()), "no weight copies for hidden views");
    }

    private Tab tab(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
    }

    @Test
    void aLanguageSwitchRebuildsTheInspectionTabsInTheNewLanguageAndTheirLinksHold(FxRobot robot) throws Exception {
        train(robot);
        robot.clickOn("#" + InspectionTabs.GALLERY_TAB_ID);
        GalleryItem first = galleryItems(robot).get(0);
        robot.clickOn(tileOf(robot, first));
        await("the detail shows", () -> robot.lookup("#gallery-detail-predicted").queryAs(Label.class).isVisible());
        assertTrue(text(robot, "#gallery-count").endsWith("wrong"), text(robot, "#gallery-count"));
        Node galleryBefore = fx(() -> tab(robot, InspectionTabs.GALLERY_TAB_ID).getContent());

        robot.interact(() -> app.window().appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE));
        await("the gallery speaks Chinese", () -> text(robot, "#gallery-count").contains("错分"));
        assertTrue(fx(() -> tab(robot, InspectionTabs.GALLERY_TAB_ID).getContent() != galleryBefore), "a new view");
        assertEquals("错分图像", fx(() -> tab(robot, InspectionTabs.GALLERY_TAB_ID).getText()));
        assertEquals("混淆矩阵", fx(() -> tab(robot, InspectionTabs.CONFUSION_TAB_ID).getText()));
        assertTrue(text(robot, "#gallery-detail-predicted").startsWith("预测："), "the picked image stays picked");

        // The confusion cells still lead to the gallery, and the weights tab still asks for weights.
        robot.clickOn("#" + InspectionTabs.CONFUSION_TAB_ID);
        assertTrue(text(robot, "#confusion-overall").startsWith("测试集"), text(robot, "#confusion-overall"));
        robot.clickOn("#confusion-cell-1-1");
        assertEquals(InspectionTabs.GALLERY_TAB_ID, selectedTab(robot));
        await("the gallery shows correct trousers in Chinese", () -> text(robot, "#gallery-count").contains("裤子"));
        robot.clickOn("#" + InspectionTabs.WEIGHTS_TAB_ID);
        assertTrue(fx(() -> app.window().training().weightsWantedProperty().get()));

        robot.interact(() -> app.window().appearance().languageProperty().set(Language.ENGLISH));
        assertTrue(fx(() -> tab(robot, InspectionTabs.GALLERY_TAB_ID).getContent() == null),
                "hidden tabs are rebuilt when shown, not all at once");
        robot.clickOn("#" + InspectionTabs.GALLERY_TAB_ID);
        await("the gallery speaks English again",
                () -> text(robot, "#gallery-count").endsWith("Trouser images classified correctly"));
    }
}
