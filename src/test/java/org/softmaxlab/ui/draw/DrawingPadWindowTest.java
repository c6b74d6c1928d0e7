package org.softmaxlab.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.MnistLayout;
import org.softmaxlab.inspect.Stroke;
import org.softmaxlab.testing.DrawnDigits;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing pad driven as a class would in its first ten minutes, with the mouse and the keys:
 * three classes named, fifteen drawings each, one bad one deleted and drawn again, saved as an
 * image folder.
 */
@Tag("window")
class DrawingPadWindowTest {

    /** The classes and the digit each is drawn as. */
    private static final List<String> CLASSES = List.of("zero", "one", "seven");
    private static final int[] DIGITS = {0, 1, 7};
    private static final int PER_CLASS = 15;

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @TempDir
    Path dir;

    @Test
    void threeClassesOfFifteenDrawingsAreDrawnAndSavedAsAnImageFolder(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.clickOn("#menu-bar-file").clickOn("#menu-bar-draw");
        await("the pad is open", () -> app.window().drawingPad() != null
                && app.window().drawingPad().stage().isShowing());
        DrawingPadViewModel pad = app.window().drawingPad().viewModel();
        robot.interact(() -> pad.parentFolderProperty().set(dir));
        DrawnDigits hand = new DrawnDigits(7);
        for (int k = 0; k < CLASSES.size(); k++) {
            robot.clickOn("#draw-new-class").write(CLASSES.get(k)).type(KeyCode.ENTER);
            for (int i = 0; i < PER_CLASS; i++) {
                draw(robot, hand.digit(DIGITS[k], DrawingPadView.PAD_SIDE));
                robot.type(KeyCode.ENTER);
            }
        }
        PadState state = fx(() -> pad.stateProperty().get());
        assertEquals(CLASSES, state.names());
        for (DrawnClass c : state.classes()) {
            assertEquals(PER_CLASS, c.examples().size(), c.name());
        }
        assertTrue(fx(() -> robot.lookup("#draw-class-list").queryListView().getItems().size()) == 3);

        // A stray scribble added to "seven" by mistake: deleted with its button.
        draw(robot, new Drawing(List.of(Stroke.of(10, 300, 300, 310)), DrawingPadView.PAD_SIDE, DrawingPadView.PAD_SIDE));
        robot.type(KeyCode.ENTER);
        assertEquals(PER_CLASS + 1, fx(() -> pad.stateProperty().get().selectedClass().examples().size()));
        robot.clickOn("#draw-delete-" + PER_CLASS);
        assertEquals(PER_CLASS, fx(() -> pad.stateProperty().get().selectedClass().examples().size()));

        robot.clickOn("#draw-set-name").type(KeyCode.END).eraseText(30).write("digits");
        robot.clickOn("#draw-save");
        Path folder = dir.resolve("digits");
        await("the save has ended", () -> pad.savedProperty().get() != null || pad.failedProperty().get());
        assertEquals(folder, fx(() -> pad.savedProperty().get()), fx(() -> pad.messageProperty().get()));
        for (int k = 0; k < CLASSES.size(); k++) {
            try (Stream<Path> files = Files.list(folder.resolve(CLASSES.get(k)))) {
                assertEquals(PER_CLASS, files.filter(f -> f.toString().endsWith(".png")).count());
            }
        }
        // What is saved is what the drawing became: a 28×28 picture centred by its mass.
        BufferedImage png = ImageIO.read(folder.resolve("one/0001.png").toFile());
        float[] pixels = new float[28 * 28];
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = png.getRaster().getSample(p % 28, p / 28, 0) / 255f;
        }
        double[] mass = MnistLayout.centreOfMass(pixels, 28, 28);
        assertEquals(14, mass[0], 0.3);
        assertEquals(14, mass[1], 0.3);
    }

    /**
     * Draws {@code drawing} on the pad with the mouse, stroke by stroke, as a hand would move. The points of a
     * stroke go to the pad without TestFX's wait for the JavaFX thread after each (about 50 ms a point: that wait
     * made this test 80 s of the suite's 6 minutes); the events queue in order, and the wait comes once per stroke.
     */
    static void draw(FxRobot robot, Drawing drawing) throws Exception {
        Node canvas = robot.lookup("#draw-pad .draw-pad").query();
        Bounds screen = fx(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        for (Stroke s : drawing.strokes()) {
            mouse.moveNoWait(at(screen, s.x(0), s.y(0)));
            mouse.pressNoWait(MouseButton.PRIMARY);
            for (int i = 1; i < s.size(); i++) {
                mouse.moveNoWait(at(screen, s.x(i), s.y(i)));
            }
            mouse.releaseNoWait(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static Point2D at(Bounds screen, double x, double y) {
        return new Point2D(screen.getMinX() + Math.min(x, screen.getWidth() - 1),
                screen.getMinY() + Math.min(y, screen.getHeight() - 1));
    }
}
