package org.softmaxlab.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * TestFX hands every test class that asks with {@code @Start} the same stage, as an earlier test left it: maximized,
 * full screen, or sized for another scene (in the suite it was once 1382 px wide, and a matrix meant to scroll in a
 * 700 px tab no longer needed to). A test that puts its own scene on it shows it at the scene's size.
 */
public final class SharedTestStage {

    private SharedTestStage() {
    }

    /** Shows {@code scene} on {@code stage} at the scene's own size; call on the JavaFX thread. */
    public static void show(Stage stage, Scene scene) {
        stage.setMaximized(false);
        stage.setFullScreen(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }
}
