package org.softmaxlab.ui.confusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.inspect.Fixtures;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The matrix view in a scene of its own with the app's stylesheet, headless. */
@Tag("locale")
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class ConfusionViewTest {

    private final ConfusionViewModel viewModel = new ConfusionViewModel(BackgroundTasks.sameThread());
    private ConfusionView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        viewModel.setEvaluation(Fixtures.evaluation(3_000, 1_648));
        view = new ConfusionView(viewModel);
        scene = new Scene(view.root(), 1100, 800);
        scene.getStylesheets().add(Resources.stylesheet());
        scene.getRoot().getStyleClass().addAll(Styles.THEME_DARK, Styles.PRESENTATION);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aPngExportedInTheDarkThemeIsLightForSlidesWhileTheWindowStaysDark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("matrix.png");
        List<String> look = fx(() -> List.copyOf(scene.getRoot().getStyleClass()));
        // What the Export PNG button does once a file is chosen.
        fx(() -> {
            viewModel.exportPng(file, view.snapshot());
            return null;
        });

        BufferedImage png = ImageIO.read(file.toFile());
        assertTrue(luminance(png.getRGB(0, 0)) > 240, "white background: " + hex(png.getRGB(0, 0)));
        assertTrue(luminance(png.getRGB(png.getWidth() - 1, png.getHeight() - 1)) > 240,
                "white to the far corner: " + hex(png.getRGB(png.getWidth() - 1, png.getHeight() - 1)));
        // The heading "Test set: …" across the top: dark type, as on paper.
        int darkest = 255;
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < png.getWidth() / 3; x++) {
                darkest = Math.min(darkest, luminance(png.getRGB(x, y)));
            }
        }
        assertTrue(darkest < 80, "dark text in the heading, darkest " + darkest);

        assertEquals(look, fx(() -> List.copyOf(scene.getRoot().getStyleClass())), "the window keeps its look");
        Color onScreen = fx(() -> {
            Region picture = (Region) scene.lookup("#confusion-picture");
            picture.applyCss();
            return (Color) picture.getBackground().getFills().get(0).getFill();
        });
        assertTrue(onScreen.getBrightness() < 0.3, "the matrix on screen is still dark: " + onScreen);
    }

    @Test
    void atTheMinimumWindowSizeTheExportIsWideEnoughAndNothingInItIsCut(@TempDir Path dir) throws Exception {
        // The tab is narrower than the 1024 px window (the run controls sit beside it): held to 620 px here.
        fx(() -> {
            Region tab = (Region) view.root();
            tab.getStyleClass().removeAll(Styles.THEME_DARK, Styles.PRESENTATION);
            javafx.scene.layout.HBox holder = new javafx.scene.layout.HBox(tab);
            holder.getStyleClass().addAll(Styles.THEME_DARK, Styles.PRESENTATION);
            tab.setPrefSize(620, 560);
            tab.setMaxSize(620, 560);
            scene.setRoot(holder);
            holder.applyCss();
            holder.layout();
            return null;
        });
        Path file = dir.resolve("small.png");
        fx(() -> {
            viewModel.exportPng(file, view.snapshot());
            return null;
        });
        BufferedImage png = ImageIO.read(file.toFile());
        assertTrue(png.getWidth() >= ConfusionView.PICTURE_MIN_WIDTH,
                "the picture keeps its width in a small window: " + png.getWidth());
        for (String id : List.of("#confusion-accuracy-header", "#confusion-caption")) {
            double[] sizes = fx(() -> {
                javafx.scene.control.Label label = (javafx.scene.control.Label) scene.lookup(id);
                return new double[] {label.getWidth(), label.prefWidth(-1), label.getHeight(),
                    label.prefHeight(label.getWidth())};
            });
            if (id.equals("#confusion-accuracy-header")) {
                assertTrue(sizes[0] >= sizes[1] - 0.5, id + " on one line: " + sizes[0] + " < " + sizes[1]);
            }
            assertTrue(sizes[2] >= sizes[3] - 0.5, id + " tall enough: " + sizes[2] + " < " + sizes[3]);
        }
    }

    private static int luminance(int argb) {
        int r = argb >> 16 & 0xFF;
        int g = argb >> 8 & 0xFF;
        int b = argb & 0xFF;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
