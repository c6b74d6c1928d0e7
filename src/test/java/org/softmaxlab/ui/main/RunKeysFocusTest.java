package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * The run keys with real key presses, wherever the focus is: after Ctrl+Enter the focus was in
 * "Rate now" with its text selected, and Space replaced "0.1" instead of pausing; at a run's end it
 * jumped to the run list and scrolled the settings panel. Space types in a field the user clicked.
 */
@Tag("window")
class RunKeysFocusTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();




    private Node focusOwner() throws Exception {
        return fx(() -> app.stage().getScene().getFocusOwner());
    }

    private void startWithKeys(FxRobot robot, String epochs) throws Exception {
        app.startRun(epochs, "16",
                () -> robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL));
        robot.interact(() -> { }); // the focus settles within the pulse after the start
    }

    @Test
    void spaceAndEscWorkAfterCtrlEnterTypedInAField(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        robot.clickOn("#seed"); // the last field of the form, which is disabled during a run
        startWithKeys(robot, "10000");
        assertFalse(focusOwner() instanceof TextInputControl, "no field took the focus: " + focusOwner());
        app.typeAndAwait(KeyCode.SPACE, RunState.PAUSED);
        app.typeAndAwait(KeyCode.SPACE, RunState.RUNNING);
        assertEquals("0.1", fx(() -> robot.lookup("#live-learning-rate").queryAs(TextField.class).getText()),
                "Rate now still shows the run's rate");
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
    }

    @Test
    void theFirstFocusIsInNoFieldSoSpacePausesTheFirstRun(FxRobot robot) throws Exception {
        startWithKeys(robot, "10000");
        app.typeAndAwait(KeyCode.SPACE, RunState.PAUSED);
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
    }

    @Test
    void aRunsEndMovesNoFocusAndScrollsNothing(FxRobot robot) throws Exception {
        app.awaitState(RunState.READY);
        ScrollPane side = robot.lookup(".side-scroll").queryAs(ScrollPane.class);
        double scrolled = fx(side::getVvalue);
        startWithKeys(robot, "10000");
        // As after clicking Stop: the focused button is disabled once the run has ended.
        Node stop = robot.lookup("#stop").query();
        await("Stop can be pressed", () -> !stop.isDisabled());
        robot.interact(stop::requestFocus);
        assertEquals(stop, focusOwner());
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
        robot.interact(() -> { });
        Node owner = focusOwner();
        assertEquals(app.stage().getScene().getRoot(), owner, "the focus rests on the window, not on a control");
        assertEquals(scrolled, fx(side::getVvalue), "the settings panel did not scroll");
    }

    @Test
    void spaceTypesInAFieldTheUserClicked(FxRobot robot) throws Exception {
        startWithKeys(robot, "10000");
        robot.clickOn("#live-learning-rate");
        robot.interact(() -> robot.lookup("#live-learning-rate").queryAs(TextField.class).clear());
        robot.write("0.5");
        robot.type(KeyCode.SPACE);
        assertEquals(RunState.RUNNING, fx(() -> app.window().training().stateProperty().get()), "Space typed, no pause");
        assertEquals("0.5 ", fx(() -> robot.lookup("#live-learning-rate").queryAs(TextField.class).getText()));
        app.typeAndAwait(KeyCode.ESCAPE, RunState.READY);
    }
}
