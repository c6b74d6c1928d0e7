package org.softmaxlab.ui;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.main.WindowSetup;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on TestFX's stage, on {@link TestData}'s subset, opened before each test
 * and closed after it; test methods may take an {@link FxRobot}. Register it as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * final WindowExtension app = WindowExtension.onSubset();
 * ... app.window().training() ...
 * }</pre>
 *
 * <p>The data is read on the test's thread before the window opens, so a missing data set fails
 * (or, when allowed, skips) the test at once with {@link org.softmaxlab.testing.RealData}'s
 * message, instead of a window that waits for data that never comes.
 */
public final class WindowExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Function<ExecutorService, MainWindow> newWindow;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private ExecutorService background;
    private MainWindow window;
    private Application application;

    private WindowExtension(Function<ExecutorService, MainWindow> newWindow) {
        this.newWindow = Objects.requireNonNull(newWindow, "newWindow");
    }

    /** A window on the subset with settings kept for this window only. */
    public static WindowExtension onSubset() {
        return new WindowExtension(TestWindows::onSubset);
    }

    /**
     * A window on the subset that remembers, looks and chooses files as {@code setup} says; it is
     * called on the JavaFX thread with the window's background executor, after the test class's
     * fields (a {@code @TempDir} too) are set.
     */
    public static WindowExtension onSubset(Function<ExecutorService, WindowSetup> setup) {
        return new WindowExtension(background -> TestWindows.onSubset(background, setup.apply(background)));
    }

    private CountDownLatch viewsBuilt;

    /** The window under test. */
    public MainWindow window() {
        return window;
    }

    /** The stage it is shown on. */
    public Stage stage() {
        return stage;
    }

    /** The run's state, read on the JavaFX thread. */
    public RunState state() throws Exception {
        return FxWait.fx(() -> window.training().stateProperty().get());
    }

    /** Waits until the run is in {@code expected} state. */
    public void awaitState(RunState expected) throws Exception {
        FxWait.await("the state is " + expected, () -> window.training().stateProperty().get() == expected);
    }

    /** Puts {@code text} into the text field {@code id} (a CSS id such as {@code "#epochs"}), as a paste would. */
    public void setField(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    /** Types {@code key} (into whatever has the focus) and waits until the run is in {@code expected} state. */
    public void typeAndAwait(KeyCode key, RunState expected) throws Exception {
        robot.type(key);
        awaitState(expected);
    }

    /**
     * Once the data is there, sets Epochs and Batch size, starts the run through {@code start} (a
     * click on Start, or the keys), and waits until it runs.
     */
    public void startRun(String epochs, String batchSize, Runnable start) throws Exception {
        awaitState(RunState.READY);
        setField("#epochs", epochs);
        setField("#batch-size", batchSize);
        start.run();
        awaitState(RunState.RUNNING);
    }

    /**
     * Once the data is there, trains {@code epochs} through the Start button (with the settings as
     * they are otherwise) and returns the test evaluation, once the gallery shows its mistakes.
     */
    public Evaluation trainThroughStart(String epochs) throws Exception {
        awaitState(RunState.READY);
        setField("#epochs", epochs);
        robot.clickOn("#start");
        FxWait.await("the run has finished", () -> window.training().stateProperty().get() == RunState.READY
                && window.training().noticeProperty().get() != null);
        Evaluation evaluation = FxWait.fx(() -> window.training().evaluationProperty().get());
        if (evaluation == null) {
            throw new AssertionError("a finished run has its test evaluation");
        }
        FxWait.await("the gallery shows the mistakes", () -> window.inspection().gallery().items().size()
                == evaluation.size() - evaluation.correctCount());
        return evaluation;
    }

    /**
     * Trains a run of {@code epochs} at {@code rate} through the Start button and returns its record
     * once the run list has it finished with its test predictions (for runs that end evaluated, not
     * diverged). Waits for the record rather than for RUNNING then READY: a short run can be over
     * within one pulse.
     */
    public RunRecord finishedRun(String epochs, String rate) throws Exception {
        setField("#epochs", epochs);
        setField("#learning-rate", rate);
        int before = FxWait.fx(() -> window.runs().history().runs().size());
        robot.clickOn("#start");
        FxWait.await("the run at lr " + rate + " has finished", () -> window.runs().history().runs().size() == before + 1
                && window.runs().history().runs().get(before).status() != RunRecord.Status.RUNNING
                && window.runs().history().runs().get(before).testPredictions().isPresent()
                && window.training().stateProperty().get() == RunState.READY);
        return FxWait.fx(() -> window.runs().history().runs().get(before));
    }

    /** Presses Reset and confirms it (a trained model would be lost: Reset asks first). */
    public void resetConfirmed() {
        robot.clickOn("#reset");
        robot.clickOn("#reset-dialog-reset");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        viewsBuilt = new CountDownLatch(1);
        TestData.subset();
        stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new Application() {
            @Override
            public void start(Stage primary) {
                background = DaemonThreads.newBackgroundExecutor();
                window = newWindow.apply(background);
                window.show(primary);
                window.whenViewsBuilt(viewsBuilt::countDown);
            }

            @Override
            public void stop() {
                TestWindows.close(window, background);
                stage.setFullScreen(false);
            }
        });
        awaitViewsBuilt();
    }

    /**
     * Waits until the window's settings, tabs and status bar exist: they are built a few frames after
     * the loading card, so a test that looks them up at once can otherwise find none.
     */
    private void awaitViewsBuilt() throws Exception {
        if (!viewsBuilt.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not build its views within 60 s");
        }
        // Controls make their skins, and a scroll pane shows its content, only at the next CSS pass:
        // until then a lookup of a field inside the side panel finds nothing.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        }).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (application != null) {
            // As TestFX's ApplicationExtension: stop the application, hide its windows, release keys.
            FxToolkit.cleanupAfterTest(robot, application);
            WaitForAsyncUtils.waitForFxEvents();
        }
        application = null;
        window = null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }
}
