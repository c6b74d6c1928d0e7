package org.softmaxlab.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.MnistLayout;
import org.softmaxlab.inspect.Stroke;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.testing.DrawnDigits;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.main.InspectionTabs;
import org.softmaxlab.ui.main.WindowSetup;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing pad driven as a class would in its first ten minutes, with the mouse and the keys:
 * three classes named (one in Chinese), fifteen drawings each at different places and sizes, a
 * stroke cleared and brought back, a bad drawing deleted, a class with too few drawings refused,
 * saved as an image folder and trained at once; then the Weights tab shows the three shapes.
 */
@Tag("window")
class DrawingPadWindowTest {

    /** Three shapes whose templates differ clearly; strokes in the unit square. */
    private static final List<String> CLASSES = List.of("circle", "line", "十字");
    private static final float[][][] SHAPES = {
            {circle(12)},
            {{0.5f, 0.05f, 0.5f, 0.95f}},
            {{0.1f, 0.1f, 0.9f, 0.9f}, {0.9f, 0.1f, 0.1f, 0.9f}},
    };
    private static final int PER_CLASS = 15;
    private static final int SIDE = 28;
    /** Screen pixels between the mouse's steps along a stroke. */
    private static final double STEP = 6;

    @TempDir
    Path dir;

    private SettingsStore store;

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset(background -> {
        store = new SettingsStore(dir.resolve("config"));
        return new WindowSetup(new RememberedSettings(Settings.DEFAULTS, store::save), Optional.empty(), null,
                WindowSetup.transientDefaults().files());
    });

    /** The window's data set is the application's: the next tests in this JVM expect Fashion-MNIST. */
    @AfterEach
    void backToFashionMnist() throws Exception {
        fx(() -> {
            WindowDataset.use(DatasetSignature.FASHION_MNIST);
            Messages.setLanguage(Language.ENGLISH);
            return null;
        });
    }

    @Test
    void threeShapesDrawnFifteenTimesEachAreSavedTrainedAndShownAsTheirWeights(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        // Few drawings: small batches, so that a few seconds of training separate the shapes.
        app.setField("#epochs", "20");
        app.setField("#batch-size", "8");
        robot.clickOn("#menu-bar-file").clickOn("#menu-bar-draw");
        await("the pad is open", () -> app.window().drawingPad() != null
                && app.window().drawingPad().stage().isShowing());
        DrawingPadViewModel pad = app.window().drawingPad().viewModel();
        robot.interact(() -> pad.parentFolderProperty().set(dir));
        assertEquals(dir, store.load().settings().drawingsFolder(), "the folder chosen is remembered for next time");

        DrawnDigits hand = new DrawnDigits(11);
        List<List<Drawing>> drawn = new ArrayList<>();
        for (int k = 0; k < CLASSES.size(); k++) {
            robot.clickOn("#draw-new-class").write(CLASSES.get(k)).type(KeyCode.ENTER);
            drawn.add(new ArrayList<>());
            if (k == 0) {
                clearAndUndo(robot, pad);
            }
            int count = k == 2 ? 1 : PER_CLASS;
            for (int i = 0; i < count; i++) {
                addDrawing(robot, hand, k, drawn);
            }
        }

        // One drawing of 十字 so far: Save and train says what is missing and writes nothing.
        robot.clickOn("#draw-train");
        assertTrue(fx(() -> pad.failedProperty().get()));
        assertEquals("\"十字\" has 1 drawing and needs at least 2 to train: one to train on and one to test with."
                + " Draw more of it (or remove the class).", fx(() -> pad.messageProperty().get()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("config")), files.toList(), "nothing written but the settings");
        }
        for (int i = 1; i < PER_CLASS; i++) {
            addDrawing(robot, hand, 2, drawn);
        }

        // A stray scribble added to "line" by mistake: deleted with its button.
        robot.clickOn(classCell(robot, 1));
        draw(robot, new Drawing(List.of(Stroke.of(10, 300, 300, 310)), DrawingPadView.PAD_SIDE, DrawingPadView.PAD_SIDE));
        robot.type(KeyCode.ENTER);
        assertEquals(PER_CLASS + 1, fx(() -> pad.stateProperty().get().classes().get(1).examples().size()));
        robot.clickOn("#draw-delete-" + PER_CLASS);
        assertEquals("Drawings of line: 15", fx(() -> robot.lookup("#draw-examples-heading").queryAs(Label.class).getText()));
        assertEquals(List.of("circle (15)", "line (15)", "十字 (15)"), fx(() -> classRows(robot)), "the counts per class");

        robot.clickOn("#draw-set-name").type(KeyCode.END).eraseText(30).write("shapes");
        Path folder = dir.resolve("shapes");
        assertEquals("Saved as " + folder, fx(() -> robot.lookup("#draw-folder").queryAs(Label.class).getText()),
                "where it goes is shown before it is saved");
        int runsBefore = fx(() -> app.window().runs().history().runs().size());
        robot.clickOn("#draw-train");
        await("the save has ended", () -> pad.savedProperty().get() != null || pad.failedProperty().get());
        assertEquals(folder, fx(() -> pad.savedProperty().get()), fx(() -> pad.messageProperty().get()));
        await("the drawings have trained", () -> app.window().runs().history().runs().size() == runsBefore + 1
                && app.window().runs().history().runs().get(runsBefore).status() != RunRecord.Status.RUNNING
                && app.window().runs().history().runs().get(runsBefore).testPredictions().isPresent()
                && app.window().training().stateProperty().get() == RunState.READY);
        assertEquals(CLASSES, fx(() -> WindowDataset.current().classNames()), "the saved folder is the data set");
        RunRecord run = fx(() -> app.window().runs().history().runs().get(runsBefore));
        double trainAccuracy = run.finalMetrics().orElseThrow().trainAccuracy();
        assertTrue(trainAccuracy >= 0.9, "accuracy on the training drawings: " + trainAccuracy);

        checkSavedAsMnistWould(folder);

        // The Weights tab, as a teacher opens it next: one picture per shape, each most like its own shape.
        robot.interact(() -> app.window().drawingPad().stage().hide());
        robot.clickOn("#" + InspectionTabs.WEIGHTS_TAB_ID);
        await("the Weights tab names the shapes", () -> weightNames(robot).equals(CLASSES));
        await("the Weights tab shows three pictures", () -> {
            int[][] images = app.window().inspection().weights().imagesProperty().get();
            return images != null && images.length == CLASSES.size();
        });
        int[][] pictures = fx(() -> app.window().inspection().weights().imagesProperty().get());
        double[][] means = classMeans(drawn);
        for (int c = 0; c < CLASSES.size(); c++) {
            double own = correlation(signedWeights(pictures[c]), means[c]);
            assertTrue(own > 0.3, CLASSES.get(c) + "'s picture against its own drawings: r = " + own);
            for (int k = 0; k < CLASSES.size(); k++) {
                if (k != c) {
                    double other = correlation(signedWeights(pictures[c]), means[k]);
                    assertTrue(own > other + 0.2, CLASSES.get(c) + "'s picture looks like its own shape (r = " + own
                            + ") more than like " + CLASSES.get(k) + " (r = " + other + ")");
                }
            }
        }

        yourImageTakesADrawing(robot, hand);
        thePadFollowsTheLook(robot);
    }

    /**
     * Dark, presentation mode, then Chinese: the pad, opened again, is in all three with its drawings.
     * (A language switch once rebuilt the pad as a new scene root, which lost the theme's classes.)
     */
    private void thePadFollowsTheLook(FxRobot robot) throws Exception {
        var look = app.window().appearance();
        robot.interact(() -> {
            look.themeProperty().set(Theme.DARK);
            look.presentationModeProperty().set(true);
            look.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        });
        robot.interact(() -> app.window().showDrawingPad());
        DrawingPadWindow padWindow = app.window().drawingPad();
        await("the pad is open again", () -> padWindow.stage().isShowing());
        List<String> classes = fx(() -> List.copyOf(padWindow.stage().getScene().getRoot().getStyleClass()));
        assertTrue(classes.contains(Styles.THEME_DARK) && classes.contains(Styles.PRESENTATION), classes.toString());
        assertEquals("画一个数据集", fx(() -> padWindow.stage().getTitle()));
        assertEquals(List.of("circle\uff0815\uff09", "line\uff0815\uff09", "十字\uff0815\uff09"), fx(() -> classRows(robot)),
                "the drawings are kept, counted in Chinese");
    }

    @Test
    void openedFirstInPresentationModeThePadIsLargeEnoughForItsType(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.interact(() -> app.window().appearance().presentationModeProperty().set(true));
        robot.clickOn("#menu-bar-file").clickOn("#menu-bar-draw");
        await("the pad is open", () -> app.window().drawingPad() != null
                && app.window().drawingPad().stage().isShowing());
        double width = fx(() -> app.window().drawingPad().stage().getWidth());
        double height = fx(() -> app.window().drawingPad().stage().getHeight());
        // Sized before it was shown, the pad was NaN wide: a blank sliver of a window.
        assertTrue(width >= 1320 && height >= 860, width + " \u00d7 " + height);
    }

    /** Your image's Draw…: a shape drawn on its pad is classified as the shape, stroke by stroke. */
    private void yourImageTakesADrawing(FxRobot robot, DrawnDigits hand) throws Exception {
        robot.clickOn("#" + InspectionTabs.OWN_IMAGE_TAB_ID);
        assertEquals("Your picture is made to look like this data set's images: gray, fitted into 28\u00d728, and inverted"
                + " if its background is light; a drawing is laid out the way MNIST's digits were. The current model"
                + " then classifies it.", fx(() -> robot.lookup("#own-image-caption").queryAs(Label.class).getText()));
        robot.clickOn("#own-image-draw");
        await("Your image's pad is open", () -> app.window().inspection().ownImageView().quickPadShown() != null);
        var ownImage = app.window().inspection().ownImage();
        for (int k : new int[] {2, 0}) {
            robot.clickOn("#" + QuickPad.ID + "-clear");
            draw(robot, "#" + QuickPad.ID + " .draw-pad", hand.draw(SHAPES[k], QuickPad.SIDE));
            int expected = k;
            await("the drawing is classified as " + CLASSES.get(k), () -> ownImage.predictedProperty().get() == expected);
            assertEquals("Your drawing", fx(() -> ownImage.fileNameProperty().get()));
            String result = fx(() -> ownImage.resultProperty().get());
            assertTrue(result.startsWith("Looks like: " + CLASSES.get(k) + " ("), result);
        }
    }

    /** A stroke drawn, Esc clears it, Ctrl+Z brings it back (and the preview with it), Esc again. */
    private static void clearAndUndo(FxRobot robot, DrawingPadViewModel pad) throws Exception {
        draw(robot, new Drawing(List.of(Stroke.of(40, 40, 200, 200)), DrawingPadView.PAD_SIDE, DrawingPadView.PAD_SIDE));
        assertNotNull(fx(() -> pad.previewProperty().get()), "the pad as the model sees it");
        robot.type(KeyCode.ESCAPE);
        assertTrue(fx(() -> pad.stateProperty().get().pad().isEmpty()), "Esc clears the pad");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, fx(() -> pad.stateProperty().get().pad().strokes().size()), "Ctrl+Z brings the stroke back");
        robot.clickOn("#draw-clear");
        assertTrue(fx(() -> pad.stateProperty().get().pad().isEmpty()), "so does Clear");
        assertEquals(0, fx(() -> pad.stateProperty().get().selectedClass().examples().size()));
    }

    /** Draws shape {@code k} by hand somewhere on the pad, at some size, and adds it with Enter. */
    private static void addDrawing(FxRobot robot, DrawnDigits hand, int k, List<List<Drawing>> drawn) throws Exception {
        Drawing drawing = hand.draw(SHAPES[k], DrawingPadView.PAD_SIDE);
        draw(robot, drawing);
        robot.type(KeyCode.ENTER);
        drawn.get(k).add(drawing);
    }

    /** Every saved drawing is as MNIST's digits are: its ink about 20 pixels across, its mass at the centre. */
    private static void checkSavedAsMnistWould(Path folder) throws Exception {
        for (String name : CLASSES) {
            List<Path> pngs;
            try (Stream<Path> files = Files.list(folder.resolve(name))) {
                pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
            }
            assertEquals(PER_CLASS, pngs.size(), name);
            for (Path png : pngs) {
                float[] pixels = pixels(png);
                double[] mass = MnistLayout.centreOfMass(pixels, SIDE, SIDE);
                assertEquals(SIDE / 2.0, mass[0], 0.5, png + " centred across");
                assertEquals(SIDE / 2.0, mass[1], 0.5, png + " centred down");
                int ink = inkExtent(pixels);
                assertTrue(ink >= 18 && ink <= 22, png + " fitted into 20×20: ink " + ink + " pixels across");
            }
        }
    }

    private static float[] pixels(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        float[] pixels = new float[SIDE * SIDE];
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = image.getRaster().getSample(p % SIDE, p / SIDE, 0) / 255f;
        }
        return pixels;
    }

    /** The longer side of the box around the pixels at least a quarter lit. */
    private static int inkExtent(float[] pixels) {
        int minR = SIDE;
        int maxR = -1;
        int minC = SIDE;
        int maxC = -1;
        for (int p = 0; p < pixels.length; p++) {
            if (pixels[p] >= 0.25f) {
                minR = Math.min(minR, p / SIDE);
                maxR = Math.max(maxR, p / SIDE);
                minC = Math.min(minC, p % SIDE);
                maxC = Math.max(maxC, p % SIDE);
            }
        }
        return Math.max(maxR - minR, maxC - minC) + 1;
    }

    /** Each class's mean drawing (laid out as the pad lays out) minus the mean of all: where its strokes run more. */
    private static double[][] classMeans(List<List<Drawing>> drawn) throws Exception {
        double[][] means = new double[drawn.size()][SIDE * SIDE];
        double[] all = new double[SIDE * SIDE];
        int total = drawn.stream().mapToInt(List::size).sum();
        for (int k = 0; k < drawn.size(); k++) {
            for (Drawing d : drawn.get(k)) {
                float[] pixels = MnistLayout.layOut(d, SIDE, SIDE);
                for (int p = 0; p < pixels.length; p++) {
                    means[k][p] += pixels[p] / drawn.get(k).size();
                    all[p] += pixels[p] / (double) total;
                }
            }
        }
        for (double[] mean : means) {
            for (int p = 0; p < mean.length; p++) {
                mean[p] -= all[p];
            }
        }
        return means;
    }

    /**
     * A weight picture's pixels back as signed values: red for positive weights, blue for negative,
     * white at 0 ({@code WeightImages}' colour map), so red minus blue grows with the weight.
     */
    private static double[] signedWeights(int[] argb) {
        double[] w = new double[argb.length];
        for (int p = 0; p < argb.length; p++) {
            w[p] = ((argb[p] >> 16) & 0xFF) - (argb[p] & 0xFF);
        }
        return w;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int p = 0; p < a.length; p++) {
            ma += a[p] / a.length;
            mb += b[p] / b.length;
        }
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int p = 0; p < a.length; p++) {
            saa += (a[p] - ma) * (a[p] - ma);
            sbb += (b[p] - mb) * (b[p] - mb);
            sab += (a[p] - ma) * (b[p] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static List<String> weightNames(FxRobot robot) {
        return robot.lookup("." + Styles.WEIGHT_NAME).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static List<String> classRows(FxRobot robot) {
        return robot.lookup("#draw-class-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty() && cell.getText() != null).map(ListCell::getText).toList();
    }

    private static Node classCell(FxRobot robot, int index) {
        return robot.lookup("#draw-class-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == index).findFirst().orElseThrow();
    }

    /** A closed circle as one stroke, {@code points} segments, in the unit square. */
    private static float[] circle(int points) {
        float[] xy = new float[2 * (points + 1)];
        for (int i = 0; i <= points; i++) {
            double a = 2 * Math.PI * i / points;
            xy[2 * i] = (float) (0.5 + 0.45 * Math.cos(a));
            xy[2 * i + 1] = (float) (0.5 + 0.45 * Math.sin(a));
        }
        return xy;
    }

    /**
     * Draws {@code drawing} on {@code padSelector}'s surface with the mouse, stroke by stroke, as a
     * hand would move: pressed at the stroke's start, dragged through its points in steps of a few
     * screen pixels, released at its end. The events go out without TestFX's wait for the JavaFX
     * thread after each (about 50 ms an event); they queue in order, and the wait comes once a stroke.
     */
    public static void draw(FxRobot robot, String padSelector, Drawing drawing) throws Exception {
        Node canvas = robot.lookup(padSelector).query();
        Bounds screen = fx(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        for (Stroke s : drawing.strokes()) {
            Point2D from = at(screen, s.x(0), s.y(0));
            mouse.moveNoWait(from);
            mouse.pressNoWait(MouseButton.PRIMARY);
            for (int i = 1; i < s.size(); i++) {
                Point2D to = at(screen, s.x(i), s.y(i));
                int steps = Math.max(1, (int) Math.ceil(from.distance(to) / STEP));
                for (int j = 1; j <= steps; j++) {
                    mouse.moveNoWait(from.interpolate(to, j / (double) steps));
                }
                from = to;
            }
            mouse.releaseNoWait(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void draw(FxRobot robot, Drawing drawing) throws Exception {
        draw(robot, "#draw-pad .draw-pad", drawing);
    }

    private static Point2D at(Bounds screen, double x, double y) {
        return new Point2D(screen.getMinX() + Math.min(x, screen.getWidth() - 1),
                screen.getMinY() + Math.min(y, screen.getHeight() - 1));
    }
}
