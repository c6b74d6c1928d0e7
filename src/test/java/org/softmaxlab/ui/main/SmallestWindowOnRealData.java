package org.softmaxlab.ui.main;

import static org.softmaxlab.ui.SceneSteps.fx;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.ui.SceneSteps;
import org.softmaxlab.ui.files.SystemFilePicker;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.prefs.WindowPlacement;

/**
 * Not a test: the real main window at its minimum size (1024×660) on the full Fashion-MNIST, started
 * with the JavaFX platform, for the screenshot walk-throughs ({@link PresentationScenes},
 * {@link ProjectorScenes}) run on an X server.
 */
final class SmallestWindowOnRealData {

    private final ExecutorService background = DaemonThreads.newBackgroundExecutor();
    private MainWindow window;
    private Stage stage;

    /** Starts JavaFX and shows the window; returns once it is shown. */
    static SmallestWindowOnRealData show() throws Exception {
        SmallestWindowOnRealData shown = new SmallestWindowOnRealData();
        WindowBounds smallest = new WindowBounds(0, 0, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        WindowSetup setup = new WindowSetup(new RememberedSettings(Settings.DEFAULTS.withWindow(smallest), next -> { }),
                Optional.empty(), null, new SystemFilePicker());
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            shown.window = new MainWindow(new DataLoading(shown.background, chosen -> RealData.folder(),
                    MnistFamily.FASHION_MNIST::load),
                    new DatasetDownloads(shown.background, () -> {
                        throw new IllegalStateException("the data is there");
                    }), shown.background, setup);
            shown.stage = new Stage();
            shown.window.show(shown.stage);
            done.complete(null);
        });
        done.get();
        return shown;
    }

    MainWindow window() {
        return window;
    }

    Stage stage() {
        return stage;
    }

    /** Saves a snapshot of {@code scene} as PNG {@code file}. */
    static void save(Scene scene, Path file) throws Exception {
        var image = fx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(image, "png", file.toFile());
        System.err.println("saved " + file);
    }

    /** Ends the window, its run and the JVM. */
    void exit() throws Exception {
        SceneSteps.exit(window, background);
    }
}
