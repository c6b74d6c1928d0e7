package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.ui.OwnStageWindow;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Where and how big the window opens, and what it remembers: a first start takes most of the screen;
 * a restart opens at the remembered size even when the window system answers the first map with a
 * size of its own (JavaFX 21 under openbox opened every window at its minimum size, whatever was
 * remembered); the size on closing is saved.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class WindowBoundsTest {

    private final OwnStageWindow app = new OwnStageWindow();
    private final List<Settings> saved = new ArrayList<>();

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void aFirstStartTakesMostOfTheScreenAndKeepsAUsableMinimum(FxRobot robot) throws Exception {
        app.show(robot, Settings.DEFAULTS, saved::add, stage -> { });
        WindowBounds expected = fx(() -> WindowPlacement.firstStart(Screen.getPrimary().getVisualBounds(),
                WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT));
        assertEquals(expected.width(), fx(app.stage()::getWidth));
        assertEquals(expected.height(), fx(app.stage()::getHeight));
        assertEquals(WindowPlacement.MIN_WIDTH, fx(app.stage()::getMinWidth));
        assertEquals(WindowPlacement.MIN_HEIGHT, fx(app.stage()::getMinHeight));
    }

    @Test
    void aRestartOpensAtTheRememberedSizeEvenIfTheWindowSystemShrankIt(FxRobot robot) throws Exception {
        WindowBounds remembered = new WindowBounds(20, 30, 1180, 720);
        app.show(robot, Settings.DEFAULTS.withWindow(remembered), saved::add, stage -> {
            // What openbox did: the window mapped at its minimum size, after the size had been set.
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        await("the remembered size is back", () -> app.stage().getWidth() == 1180 && app.stage().getHeight() == 720);
        assertEquals(20, fx(app.stage()::getX));
        assertEquals(30, fx(app.stage()::getY));

        robot.interact(() -> app.stage().setWidth(1100));
        robot.interact(() -> app.stage().close());
        WindowBounds closing = saved.get(saved.size() - 1).window();
        assertEquals(new WindowBounds(20, 30, 1100, 720), closing, "the size on closing is remembered");
    }
}
