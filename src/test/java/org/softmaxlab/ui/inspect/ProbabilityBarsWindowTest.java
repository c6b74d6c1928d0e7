package org.softmaxlab.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.SharedTestStage;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Probability bars of a data set of many classes: the ten most probable, and a line for the rest. */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class ProbabilityBarsWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToFashionMnist() throws Exception {
        fx(() -> {
            WindowDataset.use(DatasetSignature.FASHION_MNIST);
            return null;
        });
    }

    @Test
    void thirtyClassesShowTheTenMostProbableAndTheTrueClassAndSayHowManyAreLeftOut() throws Exception {
        // Class c gets weight c + 1, except the true class 2, which the model thinks unlikely.
        float[] p = new float[30];
        for (int c = 0; c < 30; c++) {
            p[c] = c == 2 ? 0.1f : c + 1;
        }
        float sum = 0;
        for (float v : p) {
            sum += v;
        }
        for (int c = 0; c < 30; c++) {
            p[c] /= sum;
        }
        Scene scene = show(30, p, 2, 29);
        List<String> names = fx(() -> IntStream.range(0, 10)
                .mapToObj(r -> ((Label) scene.lookup("#t-name-" + r)).getText()).toList());
        assertEquals(List.of("n29", "n28", "n27", "n26", "n25", "n24", "n23", "n22", "n21", "n2"), names,
                "most probable first, the true class last");
        assertEquals(String.format(Locale.US, "%.1f%%", 100 * p[29]), text(scene, "#t-row-0"));
        assertEquals(String.format(Locale.US, "%.1f%%", 100 * p[2]), text(scene, "#t-row-9"));
        double shown = 0;
        for (int c : new int[] {29, 28, 27, 26, 25, 24, 23, 22, 21, 2}) {
            shown += p[c];
        }
        assertEquals(Messages.format("probability.rest", 20, 1 - shown), text(scene, "#t-rest"));
        assertTrue(text(scene, "#t-rest").startsWith("20 more classes not shown"), text(scene, "#t-rest"));
        assertTrue(fx(() -> scene.lookup("#t-rest").isVisible()));
        assertEquals(10, fx(() -> scene.getRoot().lookupAll(".probability-track").size()), "ten bars, not thirty");
    }

    @Test
    void tenClassesKeepOneRowAClassInLabelOrderAndNoLine() throws Exception {
        float[] p = new float[10];
        java.util.Arrays.fill(p, 0.05f);
        p[7] = 0.55f;
        Scene scene = show(10, p, 7, 7);
        for (int c = 0; c < 10; c++) {
            int k = c;
            assertNotNull(fx(() -> scene.lookup("#t-" + k)), "class " + k + " has its row");
        }
        assertEquals("55.0%", text(scene, "#t-7"));
        assertFalse(fx(() -> scene.lookup("#t-rest").isVisible()));
    }

    @Test
    void theRowsAreTheMostProbableUnlessTheTrueClassIsLeftOut() {
        float[] p = {0.1f, 0.4f, 0.05f, 0.3f, Float.NaN, 0.15f};
        assertArrayEquals(new int[] {1, 3, 5}, ProbabilityBars.shownClasses(p, -1, 3));
        assertArrayEquals(new int[] {1, 3, 2}, ProbabilityBars.shownClasses(p, 2, 3));
        assertArrayEquals(new int[] {1, 3, 5}, ProbabilityBars.shownClasses(p, 3, 3));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, ProbabilityBars.shownClasses(p, 2, 10));
    }

    private Scene show(int classes, float[] p, int truth, int predicted) throws Exception {
        return fx(() -> {
            List<String> names = IntStream.range(0, classes).mapToObj(c -> "n" + c).toList();
            WindowDataset.use(classes == 10 ? DatasetSignature.FASHION_MNIST
                    : new DatasetSignature(names, ImageShape.square(28, 1)));
            ProbabilityBars bars = new ProbabilityBars("t-");
            bars.show(p, truth, predicted);
            Scene scene = new Scene(new StackPane(bars.root()), 500, 500);
            scene.getStylesheets().add(Resources.stylesheet());
            SharedTestStage.show(stage, scene);
            return scene;
        });
    }

    private static String text(Scene scene, String id) throws Exception {
        return fx(() -> ((Label) scene.lookup(id)).getText());
    }
}
