package org.softmaxlab.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.loading.FolderResolver;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.main.FirstCardWindow;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.main.WindowSetup;
import org.softmaxlab.ui.prefs.StartupSettings;

/**
 * The JavaFX application: one main window, one background executor. Start it through
 * {@link Launcher}. Nothing slow happens in {@link #start}: it shows the loading card alone
 * ({@link FirstCardWindow}); the main window is built once that is on screen, and ND4J and the data
 * load in the background after that. The remembered settings (a small file) are read first, so that
 * the window opens in the language, look and place it was left in.
 */
public final class SoftmaxLabApp extends Application {

    /** Set to true to print how long after JVM start the window appeared. */
    public static final String STARTUP_TIMING_PROPERTY = "softmaxlab.startupTiming";

    /**
     * Frames painted with the first card before the main window is built, which blocks the JavaFX thread:
     * at the start of the third, the first has reached the screen (the bare window of
     * {@code src/bench/startup.sh} is timed at the same moment).
     */
    static final int FIRST_CARD_FRAMES = 3;

    private ExecutorService background;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        background = DaemonThreads.newBackgroundExecutor();
        SettingsStore store = SettingsStore.forCurrentUser();
        StartupSettings startup = StartupSettings.load(store, Locale.getDefault());
        Messages.setLanguage(startup.language());
        boolean selfCheck = getParameters().getRaw().contains(Launcher.SELF_CHECK);
        boolean timing = Boolean.getBoolean(STARTUP_TIMING_PROPERTY);
        // The card first, with a stylesheet of its own: building the main window (its view-models, FXML
        // and the app's stylesheet, whose CSS JavaFX then applies) would keep it off screen for a second.
        FirstCardWindow.show(stage, startup.settings());
        FramesLater.run(FIRST_CARD_FRAMES, () -> {
            if (timing) {
                printSinceJvmStart("loading card on screen");
            }
            if (stage.isShowing()) { // else closed during the card: the app is ending
                showMainWindow(stage, startup, store, selfCheck, timing);
            }
        });
    }

    /** Builds the main window and puts it on {@code stage} in place of the first card; the data then loads. */
    private void showMainWindow(Stage stage, StartupSettings startup, SettingsStore store, boolean selfCheck,
                                boolean timing) {
        WindowSetup setup = WindowSetup.of(startup, store);
        // The check trains one epoch through the form: that must not become the user's remembered settings.
        window = new MainWindow(new DataLoading(background, FolderResolver.LOCATOR, MnistFamily.FASHION_MNIST::load),
                DatasetDownloads.intoUserCache(background), background,
                selfCheck ? setup.savingNothing() : setup);
        if (ExitTiming.enabled()) {
            ExitTiming.follow(stage); // before show, so that its handlers run around the window's own
        }
        window.show(stage);
        if (selfCheck) {
            SelfCheck.install(window);
        }
        if (timing) {
            reportStartupTimes();
        }
    }

    /**
     * Prints when the whole window had been laid out (at the start of the frame after the one that
     * built it) and when the data was ready to train on.
     */
    private void reportStartupTimes() {
        window.whenViewsBuilt(() -> FramesLater.run(1, () -> printSinceJvmStart("whole window laid out")));
        window.loading().phaseProperty().addListener((obs, old, phase) -> {
            if (phase == LoadingViewModel.Phase.READY) {
                printSinceJvmStart("data ready");
            }
        });
    }

    private static void printSinceJvmStart(String what) {
        ProcessHandle.current().info().startInstant().ifPresent(started -> System.err.printf(
                "softmaxlab: %s %d ms after JVM start%n", what,
                Duration.between(started, Instant.now()).toMillis()));
    }

    @Override
    public void stop() throws InterruptedException {
        if (window != null) {
            window.shutdown();
        }
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(500, TimeUnit.MILLISECONDS);
        }
        ExitTiming.print("Application.stop() done"); // says nothing unless the timeline was asked for
    }
}
