package org.softmaxlab.ui.main;

import static org.softmaxlab.ui.SceneSteps.await;
import static org.softmaxlab.ui.SceneSteps.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.run.RunState;

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
        SmallestWindowOnRealData shown = SmallestWindowOnRealData.show();
        window = shown.window();
        stage = shown.stage();
        await(() -> window.training().stateProperty().get() == RunState.READY);
        for (int i = 0; i < LongLabelledRuns.SETTINGS.length; i++) {
            int index = i;
            fx(() -> {
                LongLabelledRuns.start(window, index);
                return null;
            });
            await(() -> window.training().stateProperty().get() == RunState.RUNNING);
            await(() -> window.training().stateProperty().get() == RunState.READY);
        }
        fx(() -> {
            LongLabelledRuns.tickAll(window);
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
        shown.exit();
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

    private static void save(javafx.scene.Scene scene, Path file) throws Exception {
        SmallestWindowOnRealData.save(scene, file);
    }
}
