package org.softmaxlab.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.loading.FolderResolver;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.main.WindowSetup;
import org.softmaxlab.ui.prefs.StartupSettings;

/**
 * The JavaFX application: one main window, one background executor. Start it through
 * {@link Launcher}. Nothing slow happens in {@link #start}: ND4J and the data load in the
 * background while the window is already on screen. The remembered settings (a small file) are
 * read first, so that the window opens in the language, look and place it was left in.
 */
public final class SoftmaxLabApp extends Application {

    /** Set to true to print how long after JVM start the window appeared. */
    public static final String STARTUP_TIMING_PROPERTY = "softmaxlab.startupTiming";

    private ExecutorService background;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        background = DaemonThreads.newBackgroundExecutor();
        SettingsStore store = SettingsStore.forCurrentUser();
        StartupSettings startup = StartupSettings.load(store, Locale.getDefault());
        Messages.setLanguage(startup.language());
        boolean selfCheck = getParameters().getRaw().contains(Launcher.SELF_CHECK);
        WindowSetup setup = WindowSetup.of(startup, store, background);
        // The check trains one epoch through the form: that must not become the user's remembered settings.
        window = new MainWindow(new DataLoading(background, FolderResolver.LOCATOR, FashionMnist::load),
                DatasetDownloads.intoUserCache(background), background,
                selfCheck ? setup.savingNothing() : setup);
        if (ExitTiming.enabled()) {
            ExitTiming.follow(stage); // before show, so that its handlers run around the window's own
        }
        window.show(stage);
        if (selfCheck) {
            SelfCheck.install(window);
        }
        if (Boolean.getBoolean(STARTUP_TIMING_PROPERTY)) {
            reportStartupTimes();
        }
    }

    /**
     * Prints when the loading card had been painted, when the whole window had been laid out (at the
     * start of the frame after the one that built it) and when the data was ready to train on.
     */
    private void reportStartupTimes() {
        window.whenCardPainted(() -> printSinceJvmStart("loading card on screen"));
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
        if (ExitTiming.enabled()) {
            ExitTiming.print("Application.stop() done");
        }
    }
}
