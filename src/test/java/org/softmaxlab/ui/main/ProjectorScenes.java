package org.softmaxlab.ui.main;

import static org.softmaxlab.ui.SceneSteps.await;
import static org.softmaxlab.ui.SceneSteps.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.softmaxlab.session.Theme;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.SceneSteps;
import org.softmaxlab.ui.files.SystemFilePicker;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.prefs.WindowPlacement;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;

/**
 * Not a test: the projector walk-through of issue 21 at the window's minimum size (1024×660) on the full
 * data: five one-epoch runs whose labels are long (they differ in five settings), all ticked, drawn in
 * normal and presentation mode, then switched to Chinese, in light and dark; every tab, as PNG snapshots
 * of the window's scene. Run on an X server (Xvfb):
 * {@code DISPLAY=:N java -cp target/classes:target/test-classes:… org.softmaxlab.ui.main.ProjectorScenes FOLDER}.
 */
public final class ProjectorScenes {

    private static MainWindow window;
    private static Stage stage;

    private ProjectorScenes() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        ExecutorService background = DaemonThreads.newBackgroundExecutor();
        WindowBounds smallest = new WindowBounds(0, 0, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        WindowSetup setup = new WindowSetup(new RememberedSettings(Settings.DEFAULTS.withWindow(smallest), next -> { }),
                Optional.empty(), null, new SystemFilePicker());
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            window = new MainWindow(new DataLoading(background, chosen -> RealData.folder(), MnistFamily.FASHION_MNIST::load),
                    new DatasetDownloads(background, () -> {
                        throw new IllegalStateException("the data is there");
                    }), background, setup);
            stage = new Stage();
            window.show(stage);
            shown.complete(null);
        });
        shown.get();
        await(() -> window.training().stateProperty().get() == RunState.READY);
        String[][] runs = {
            {"0.1", "256", "0.01", "42"},
            {"0.03", "128", "0.02", "7"},
            {"0.3", "64", "0.005", "11"},
            {"1", "512", "0.01", "3"},
            {"0.05", "256", "0.03", "1234"},
        };
        for (String[] run : runs) {
            fx(() -> {
                if (window.training().canResetProperty().get()) {
                    window.training().reset();
                }
                var form = window.training().settings();
                form.textProperty(Field.EPOCHS).set("1");
                form.textProperty(Field.LEARNING_RATE).set(run[0]);
                form.textProperty(Field.BATCH_SIZE).set(run[1]);
                form.textProperty(Field.INIT_STD).set(run[2]);
                form.textProperty(Field.SEED).set(run[3]);
                window.training().start();
                return null;
            });
            await(() -> window.training().stateProperty().get() == RunState.RUNNING);
            await(() -> window.training().stateProperty().get() == RunState.READY);
        }
        fx(() -> {
            window.runs().history().runs().forEach(run -> window.runs().setSelected(run.id(), true));
            window.selectTab(MainWindow.TRAINING_TAB_ID);
            return null;
        });
        Thread.sleep(900);
        save(stage.getScene(), folder.resolve("en-light-normal-five-runs.png"));
        fx(() -> {
            window.appearance().presentationModeProperty().set(true);
            return null;
        });
        for (Language language : List.of(Language.ENGLISH, Language.forTag("zh-CN"))) {
            for (Theme theme : Theme.values()) {
                fx(() -> {
                    window.appearance().languageProperty().set(language);
                    window.appearance().themeProperty().set(theme);
                    return null;
                });
                shootTabs(folder, language.tag() + "-" + theme.name().toLowerCase() + "-presentation-");
            }
        }
        SceneSteps.exit(window, background);
    }

    private static void shootTabs(Path folder, String prefix) throws Exception {
        List<String> tabs = List.of(MainWindow.TRAINING_TAB_ID, InspectionTabs.GALLERY_TAB_ID,
                InspectionTabs.WEIGHTS_TAB_ID, InspectionTabs.STEP_TAB_ID, InspectionTabs.COMPARE_TAB_ID);
        for (String tab : tabs) {
            fx(() -> {
                window.selectTab(tab);
                return null;
            });
            Thread.sleep(900);
            save(stage.getScene(), folder.resolve(prefix + tab + ".png"));
        }
        fx(() -> {
            window.selectTab(MainWindow.TRAINING_TAB_ID);
            return null;
        });
    }

    private static void save(Scene scene, Path file) throws Exception {
        var image = fx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(image, "png", file.toFile());
        System.err.println("saved " + file);
    }
}
