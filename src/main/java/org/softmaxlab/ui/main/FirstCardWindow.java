package org.softmaxlab.ui.main;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.WindowBounds;
import org.softmaxlab.ui.FramesLater;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.loading.FirstCard;

/**
 * Puts the loading card on screen before the main window exists: the stage opens where and as big
 * as {@link MainWindow#show} will have it, in the remembered look and language, with the light
 * {@link FirstCard} scene; {@code MainWindow.show} on the same stage then replaces the scene without
 * moving the window. Ctrl+Q (⌘Q) closes it as the main window's File → Quit does.
 */
public final class FirstCardWindow {

    /** The first frames after the show, at each of which the size asked for is asked again if it was changed. */
    private static final int SETTLE_FRAMES = 3;

    private FirstCardWindow() {
    }

    /** Shows the card on {@code stage} as {@code settings} remember the window. Call on the JavaFX thread. */
    public static void show(Stage stage, Settings settings) {
        Scene scene = FirstCard.scene(settings.theme(), settings.presentationMode());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        WindowBounds opening = WindowBoundsKeeper.place(stage, settings.window());
        stage.show();
        // The window system's answer to the map (openbox: the minimum size, JDK-8316423) comes within the
        // first frames: asked again at once, the card does not open small and grow a moment later.
        for (int frame = 1; frame <= SETTLE_FRAMES; frame++) {
            FramesLater.run(frame, () -> WindowBoundsKeeper.settle(stage, opening));
        }
    }
}
