package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.ui.TestWindows;
import org.softmaxlab.ui.files.SystemFilePicker;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Where and how big the window opens, and what it remembers: a first start takes most of the screen;
 * a restart opens at the remembered size even when the window system answers the first map with a
 * size of its own (JavaFX 21 under openbox opened every window at its minimum size, whatever was
 * remembered); the size on closing is saved.
 */
@ExtendWith(ApplicationExtension.class)
class WindowBoundsTest {

    private final ExecutorService background = DaemonThreads.newBackgroundExecutor();
    private final List<Settings> saved = new ArrayList<>();
    private MainWindow window;
    private Stage stage;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window != null) {
            robot.interact(() -> stage.close());
            TestWindows.close(window, background);
        }
    }

    /** Shows a window remembering {@code settings}; {@code windowSystem} runs just after it is shown. */
    private void show(FxRobot robot, Settings settings, Runnable windowSystem) throws Exception {
        WindowSetup setup = new WindowSetup(new RememberedSettings(settings, next -> saved.add(next)),
                Optional.empty(), null, background, new SystemFilePicker());
        CountDownLatch shown = new CountDownLatch(1);
        robot.interact(() -> {
            stage = new Stage();
            window = TestWindows.onSubset(background, setup);
            window.show(stage);
            windowSystem.run();
            window.whenViewsBuilt(shown::countDown);
        });
        await("the window is built", () -> shown.getCount() == 0);
    }

    @Test
    void aFirstStartTakesMostOfTheScreenAndKeepsAUsableMinimum(FxRobot robot) throws Exception {
        show(robot, Settings.DEFAULTS, () -> { });
        WindowBounds expected = fx(() -> WindowPlacement.firstStart(Screen.getPrimary().getVisualBounds(),
                WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT));
        assertEquals(expected.width(), fx(stage::getWidth));
        assertEquals(expected.height(), fx(stage::getHeight));
        assertEquals(WindowPlacement.MIN_WIDTH, fx(stage::getMinWidth));
        assertEquals(WindowPlacement.MIN_HEIGHT, fx(stage::getMinHeight));
    }

    @Test
    void aRestartOpensAtTheRememberedSizeEvenIfTheWindowSystemShrankIt(FxRobot robot) throws Exception {
        WindowBounds remembered = new WindowBounds(20, 30, 1180, 720);
        show(robot, Settings.DEFAULTS.withWindow(remembered), () -> {
            // What openbox did: the window mapped at its minimum size, after the size had been set.
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        await("the remembered size is back", () -> stage.getWidth() == 1180 && stage.getHeight() == 720);
        assertEquals(20, fx(stage::getX));
        assertEquals(30, fx(stage::getY));

        robot.interact(() -> stage.setWidth(1100));
        robot.interact(() -> stage.close());
        WindowBounds closing = saved.get(saved.size() - 1).window();
        assertEquals(new WindowBounds(20, 30, 1100, 720), closing, "the size on closing is remembered");
    }
}
