package org.softmaxlab.ui.main;

import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.appearance.RootStyles;

/** Ties the window to the look: its root follows theme and presentation mode, the stage follows full screen. */
final class WindowLook {

    private WindowLook() {
    }

    /** Connects {@code stage} and its {@code root} to {@code appearance}, both ways for full screen. */
    static void install(Stage stage, Parent root, AppearanceViewModel appearance) {
        RootStyles.follow(root, appearance);
        // F11 enters and leaves full screen; Esc stays the key that stops a run.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        appearance.fullScreenProperty().addListener((obs, old, now) -> {
            stage.setFullScreenExitHint(Messages.get("window.fullScreenHint"));
            stage.setFullScreen(now);
        });
        stage.fullScreenProperty().addListener((obs, old, now) -> appearance.fullScreenProperty().set(now));
    }
}
