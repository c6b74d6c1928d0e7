package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Styles;
import org.testfx.api.FxRobot;

/** Help → Keys and classroom guide: opened with F1, lists every run key, speaks the window's language and look. */
@Tag("window")
class HelpDialogTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();




    private DialogPane openGuide(FxRobot robot) throws Exception {
        await("the menu is built", () -> robot.lookup("#" + MainMenu.ID).tryQuery().isPresent());
        robot.type(KeyCode.F1);
        await("the guide is open", () -> guide(robot) != null);
        return fx(() -> guide(robot));
    }

    private static DialogPane guide(FxRobot robot) {
        return (DialogPane) Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#" + HelpDialog.ID)).filter(n -> n != null)
                .findFirst().orElse(null);
    }

    private static String text(DialogPane pane) throws Exception {
        return fx(() -> pane.lookupAll(".label").stream().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n")));
    }

    private static void close(FxRobot robot, DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void theGuideListsTheRunKeysAndTheClassroomUse(FxRobot robot) throws Exception {
        DialogPane pane = openGuide(robot);
        String text = text(pane);
        // Every key the window knows (KeyboardShortcuts, the menu's accelerators), S and E included: they were missing.
        java.util.List<String> keys = fx(() -> pane.lookupAll(".help-key").stream()
                .map(n -> ((Labeled) n).getText()).toList());
        assertEquals(java.util.List.of("Ctrl+Enter", "Space", "Esc", "S", "E", "Ctrl+O", "Ctrl+S", "F11", "Ctrl+Q", "F1"),
                keys);
        assertTrue(text.contains("How to use this in class"), text);
        // What docs/classroom.md teaches with: pace, Step, One step, evidence maps, Compare (missing before).
        for (String topic : new String[] {"Show me the overflow", "Presentation mode", "Pace", "Step (S)",
                "Step epoch (E)", "One step tab", "evidence maps", "Compare"}) {
            assertTrue(text.contains(topic), topic + " in " + text);
        }
        // The guide names what is remembered, and the pace and the model are (SessionMemoryTest).
        assertTrue(text.contains("the pace, the model and its settings") && text.contains("remembered"), text);
        close(robot, pane);
    }

    @Test
    void theGuideSpeaksChineseAndTakesTheDarkPresentationLook(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.window().appearance().languageProperty().set(Language.SIMPLIFIED_CHINESE);
            app.window().appearance().themeProperty().set(Theme.DARK);
            app.window().appearance().presentationModeProperty().set(true);
        });
        DialogPane pane = openGuide(robot);
        String text = text(pane);
        assertTrue(text.contains("在课堂上怎么用"), text);
        assertTrue(text.contains("演示上溢"), text);
        for (String topic : new String[] {"速度", "单步剖析", "证据图", "对比"}) {
            assertTrue(text.contains(topic), topic + " in " + text);
        }
        Node root = pane;
        assertTrue(fx(() -> root.getStyleClass().contains(Styles.THEME_DARK)), "dark");
        assertTrue(fx(() -> root.getStyleClass().contains(Styles.PRESENTATION)), "presentation");
        close(robot, pane);
    }
}
