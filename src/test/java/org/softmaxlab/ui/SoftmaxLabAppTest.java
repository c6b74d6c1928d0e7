package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softmaxlab.ui.FxWait.await;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.ui.loading.FirstCard;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app puts the first card (its own small stylesheet, no main window yet) on screen before it
 * builds the main window, which then takes the same stage over. Headless through Monocle, with
 * settings in a temporary home.
 */
@Tag("window")
class SoftmaxLabAppTest {

    private final List<String> scenes = new CopyOnWriteArrayList<>();
    private Application application;
    private String home;

    @AfterEach
    void close() throws Exception {
        if (application != null) {
            FxToolkit.cleanupAfterTest(new FxRobot(), application);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (home == null) {
            System.clearProperty(AppDirectories.HOME_PROPERTY);
        } else {
            System.setProperty(AppDirectories.HOME_PROPERTY, home);
        }
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void theFirstCardIsOnScreenBeforeTheMainWindowIsBuilt(@TempDir Path temporaryHome) throws Exception {
        home = System.getProperty(AppDirectories.HOME_PROPERTY);
        System.setProperty(AppDirectories.HOME_PROPERTY, temporaryHome.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> stage.sceneProperty().addListener((obs, old, scene) -> scenes.add(
                describe(scene) + " " + scene.getStylesheets() + (stage.isShowing() ? " on screen" : ""))));

        application = FxToolkit.setupApplication(SoftmaxLabApp::new);
        await("the main window took the stage over", () -> scenes.size() == 2);

        String card = Resources.url(FirstCard.STYLESHEET).toExternalForm();
        assertEquals(List.of("first card [" + card + "]", "main window [" + Resources.stylesheet() + "] on screen"),
                scenes);
    }

    private static String describe(Scene scene) {
        if (scene.lookup("#first-card") != null) {
            return "first card";
        }
        return scene.lookup("#main-window") != null ? "main window" : "another scene";
    }
}
