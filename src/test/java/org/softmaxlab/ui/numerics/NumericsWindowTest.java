package org.softmaxlab.ui.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/** The Numerics tab in the real window, typed into as a student would: nothing on it goes stale. */
@Tag("locale")
@Tag("window")
class NumericsWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();




    @Test
    void theTrueClassBoxAndTheVerdictFollowWhatIsTyped(FxRobot robot) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        robot.clickOn("#" + MainWindow.NUMERICS_TAB_ID);
        TextField logits = robot.lookup("#logits").queryAs(TextField.class);
        robot.doubleClickOn(logits).eraseText(logits.getText().length() + 2).write("1, 2, 3, 4");
        await("four classes", () -> trueClass(robot).getItems().size() == 4);
        int chosen = fx(() -> app.window().numerics().trueClassProperty().get());
        assertEquals(Integer.valueOf(chosen), fx(() -> trueClass(robot).getValue()), "the box shows the class");
        assertTrue(fx(() -> lossRowTitle(robot)).endsWith("of class " + chosen), lossRowTitle(robot));
        assertTrue(verdict(robot).getStyleClass().contains(Styles.NUMERICS_ALL_FINITE), "ordinary numbers: green");

        robot.eraseText(1).write("x"); // "1, 2, 3, x"
        await("the problem is said", () -> !app.window().numerics().problemProperty().get().isEmpty());
        Label verdict = verdict(robot);
        assertFalse(fx(() -> verdict.getStyleClass().contains(Styles.NUMERICS_ALL_FINITE)),
                "no green verdict for a text that is no vector: " + fx(verdict::getText));
        assertTrue(fx(verdict::getText).contains("last valid logits"), fx(verdict::getText));
        assertFalse(fx(() -> robot.lookup(".numerics-presets .toggle-button").queryAll().stream()
                .anyMatch(b -> ((javafx.scene.control.ToggleButton) b).isSelected())), "no preset lit");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Integer> trueClass(FxRobot robot) {
        return robot.lookup("#true-class").queryAs(ComboBox.class);
    }

    private static String lossRowTitle(FxRobot robot) {
        return robot.lookup("#numerics-table ." + Styles.NUMERICS_LOSS_ROW).queryAs(Label.class).getText()
                .replace('\n', ' ');
    }

    private static Label verdict(FxRobot robot) {
        return (Label) robot.lookup("#numerics-reasons").queryAs(VBox.class).getChildren().get(0);
    }
}
