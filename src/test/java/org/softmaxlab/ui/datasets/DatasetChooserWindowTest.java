package org.softmaxlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.IdxFolder;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.testing.DrawnIdxFolder;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.main.InspectionTabs;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * A folder of hand-drawn digits chosen in the real window: it becomes the data set (title, chooser,
 * the Weights tab's class names), trains, and each class picture of the Weights tab is that digit's
 * template: it resembles its own class's drawings more than any other class's.
 */
@Tag("window")
class DatasetChooserWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @TempDir
    Path dir;

    /** The window's data set is the application's ({@code WindowDataset}): the next tests in this JVM expect Fashion-MNIST. */
    @AfterEach
    void backToFashionMnist() throws Exception {
        fx(() -> {
            org.softmaxlab.ui.inspect.WindowDataset.use(org.softmaxlab.data.DatasetSignature.FASHION_MNIST);
            return null;
        });
    }

    @Test
    void aFolderOfDrawnDigitsBecomesTheDataSetAndItsWeightsShowTheDigits(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        Path digits = DrawnIdxFolder.write(dir.resolve("drawn-digits"), 40, 5, 3);
        robot.interact(() -> {
            app.window().selectTab(InspectionTabs.WEIGHTS_TAB_ID);
            app.window().datasets().chooseFolder(digits);
        });
        await("the folder is read", () -> !app.window().datasets().busyProperty().get());
        assertEquals(digits.toString(), fx(() -> app.window().datasets().currentProperty().get()));
        assertEquals("SoftmaxLab \u2014 softmax regression on drawn-digits", fx(() -> app.stage().getTitle()));
        assertEquals("drawn-digits", fx(() -> robot.lookup("#" + DatasetChooserView.ID)
                .queryAs(javafx.scene.control.MenuButton.class).getText()));

        app.setField("#epochs", "10");
        app.setField("#batch-size", "32");
        robot.clickOn("#start");
        await("the run has finished", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != null);
        await("the Weights tab shows the digits' names", () -> names(robot).equals(
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));

        float[] w = fx(() -> app.window().training().weightsProperty().get());
        assertEquals(785 * 10, w.length);
        Dataset data = IdxFolder.read(digits);
        double[][] means = classMeans(data.train(), 10);
        int own = 0;
        for (int c = 0; c < 10; c++) {
            int best = 0;
            for (int k = 1; k < 10; k++) {
                if (correlation(w, c, means[k]) > correlation(w, c, means[best])) {
                    best = k;
                }
            }
            own += best == c ? 1 : 0;
        }
        assertTrue(own >= 9, "class pictures that look most like their own class's drawings: " + own + " of 10");
    }

    private static List<String> names(FxRobot robot) {
        return robot.lookup("." + Styles.WEIGHT_NAME).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Each class's mean image minus the mean of all: where its strokes run more than the others'. */
    private static double[][] classMeans(ImageSet images, int classes) {
        double[][] sums = new double[classes][784];
        double[] all = new double[784];
        int[] counts = new int[classes];
        for (int i = 0; i < images.size(); i++) {
            float[] row = images.scaledRow(i);
            int c = images.label(i);
            counts[c]++;
            for (int p = 0; p < 784; p++) {
                sums[c][p] += row[p];
                all[p] += row[p] / images.size();
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int p = 0; p < 784; p++) {
                sums[c][p] = sums[c][p] / counts[c] - all[p];
            }
        }
        return sums;
    }

    /** Pearson correlation of class {@code c}'s weight column (of [785 × 10], bias row last) with {@code image}. */
    private static double correlation(float[] w, int c, double[] image) {
        double mw = 0;
        double mi = 0;
        for (int p = 0; p < 784; p++) {
            mw += w[p * 10 + c] / 784.0;
            mi += image[p] / 784.0;
        }
        double sww = 0;
        double sii = 0;
        double swi = 0;
        for (int p = 0; p < 784; p++) {
            double a = w[p * 10 + c] - mw;
            double b = image[p] - mi;
            sww += a * a;
            sii += b * b;
            swi += a * b;
        }
        return swi / Math.sqrt(sww * sii);
    }
}
