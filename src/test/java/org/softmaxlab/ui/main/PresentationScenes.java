package org.softmaxlab.ui.main;

import static org.softmaxlab.ui.SceneSteps.await;
import static org.softmaxlab.ui.SceneSteps.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;

/**
 * Not a test: the window at its minimum size in presentation mode, on the full data after a short
 * run, every tab and the guide saved as PNG snapshots of the window's scene, in English and Chinese,
 * light and dark, for looking at (issue #15). Run on an X server (Xvfb):
 * {@code DISPLAY=:N java -cp target/classes:target/test-classes:… org.softmaxlab.ui.main.PresentationScenes
 * FOLDER [PICTURE.png]}.
 */
public final class PresentationScenes {

    private static MainWindow window;
    private static Stage stage;

    private PresentationScenes() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Optional<Path> picture = args.length > 1 ? Optional.of(Path.of(args[1])) : Optional.empty();
        SmallestWindowOnRealData shown = SmallestWindowOnRealData.show();
        window = shown.window();
        stage = shown.stage();
        await(() -> window.training().stateProperty().get() == RunState.READY);
        fx(() -> {
            window.appearance().presentationModeProperty().set(true);
            window.training().settings().textProperty(Field.EPOCHS).set("2");
            window.training().start();
            return null;
        });
        await(() -> window.training().stateProperty().get() == RunState.RUNNING);
        await(() -> window.training().stateProperty().get() == RunState.READY);
        picture.ifPresent(file -> window.inspection().ownImage().load(file));
        for (Language language : List.of(Language.ENGLISH, Language.forTag("zh-CN"))) {
            for (Theme theme : Theme.values()) {
                fx(() -> {
                    window.appearance().languageProperty().set(language);
                    window.appearance().themeProperty().set(theme);
                    return null;
                });
                String prefix = language.tag() + "-" + theme.name().toLowerCase() + "-";
                shootTabs(folder, prefix);
            }
        }
        fx(() -> {
            window.appearance().presentationModeProperty().set(false);
            window.appearance().languageProperty().set(Language.ENGLISH);
            window.appearance().themeProperty().set(Theme.values()[0]);
            window.selectTab(MainWindow.TRAINING_TAB_ID);
            return null;
        });
        Thread.sleep(800);
        scrollSidePanel(1);
        Thread.sleep(500);
        save(stage.getScene(), folder.resolve("en-after-presentation-off.png"));
        shown.exit();
    }

    private static void shootTabs(Path folder, String prefix) throws Exception {
        List<String> tabs = List.of(MainWindow.TRAINING_TAB_ID, MainWindow.NUMERICS_TAB_ID,
                InspectionTabs.GALLERY_TAB_ID, InspectionTabs.CONFUSION_TAB_ID, InspectionTabs.WEIGHTS_TAB_ID,
                InspectionTabs.OWN_IMAGE_TAB_ID, InspectionTabs.STEP_TAB_ID, InspectionTabs.COMPARE_TAB_ID);
        for (String tab : tabs) {
            fx(() -> {
                window.selectTab(tab);
                if (tab.equals(InspectionTabs.GALLERY_TAB_ID) && !window.inspection().gallery().items().isEmpty()) {
                    window.inspection().gallery().select(window.inspection().gallery().items().get(0));
                }
                return null;
            });
            Thread.sleep(900);
            save(stage.getScene(), folder.resolve(prefix + tab + ".png"));
        }
        // The side panel's lower half: run buttons, Rate now, pace, the runs list.
        scrollSidePanel(1);
        Thread.sleep(500);
        save(stage.getScene(), folder.resolve(prefix + "side-bottom.png"));
        scrollSidePanel(0);
        Alert help = fx(() -> HelpDialog.show(stage, window.appearance()));
        Thread.sleep(900);
        save(help.getDialogPane().getScene(), folder.resolve(prefix + "help.png"));
        fx(() -> {
            help.close();
            return null;
        });
    }

    private static void scrollSidePanel(double where) throws Exception {
        fx(() -> {
            ((javafx.scene.control.ScrollPane) stage.getScene().lookup(".side-scroll")).setVvalue(where);
            return null;
        });
    }

    private static void save(Scene scene, Path file) throws Exception {
        SmallestWindowOnRealData.save(scene, file);
    }
}
