package org.softmaxlab.ui;

import static org.softmaxlab.ui.FxWait.await;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.ui.files.SystemFilePicker;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.main.WindowSetup;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.testfx.api.FxRobot;

/**
 * The real main window on {@link TestData}'s subset, on a stage of its own that the test opens
 * itself: for tests whose remembered settings differ test by test, or that act as the window system
 * right after the show ({@link WindowExtension} opens one window before each test instead).
 * Close it in {@code @AfterEach}.
 */
public final class OwnStageWindow {

    private final ExecutorService background = DaemonThreads.newBackgroundExecutor();
    private MainWindow window;
    private Stage stage;

    /**
     * Shows a window that remembers {@code settings} and hands every save to {@code saved};
     * {@code windowSystem} runs on the JavaFX thread just after the show. Returns once the window's
     * views are built.
     */
    public void show(FxRobot robot, Settings settings, Consumer<Settings> saved, Consumer<Stage> windowSystem)
            throws Exception {
        WindowSetup setup = new WindowSetup(new RememberedSettings(settings, saved::accept),
                Optional.empty(), null, new SystemFilePicker());
        CountDownLatch shown = new CountDownLatch(1);
        robot.interact(() -> {
            stage = new Stage();
            window = TestWindows.onSubset(background, setup);
            window.show(stage);
            windowSystem.accept(stage);
            window.whenViewsBuilt(shown::countDown);
        });
        await("the window is built", () -> shown.getCount() == 0);
    }

    /** Shows a window remembered at {@code width} × {@code height}; returns once it has that size. */
    public void showSized(FxRobot robot, double width, double height) throws Exception {
        show(robot, Settings.DEFAULTS.withWindow(new WindowBounds(0, 0, width, height)), next -> { }, shown -> { });
        await("the window has its size", () -> stage.getWidth() == width && stage.getHeight() == height);
    }

    /** The window shown, or null before {@link #show}. */
    public MainWindow window() {
        return window;
    }

    /** Its stage, or null before {@link #show}. */
    public Stage stage() {
        return stage;
    }

    /** Closes the stage and ends the window (its run, its executor), if one was shown. */
    public void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> stage.close());
            TestWindows.close(window, background);
        }
    }
}
