package org.softmaxlab.ui.main;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * The window's keys: Space pauses or resumes, Ctrl+Enter (⌘+Enter on macOS) starts, Esc stops,
 * S steps one batch and E one epoch (while paused or before Start), wherever the focus is; in a text
 * field only Space, S and E type. A scene filter rather than accelerators, so that Space still types a space in a text field and
 * does not also press whichever button has the focus.
 */
public final class KeyboardShortcuts implements EventHandler<KeyEvent> {

    private final Scene scene;
    private final TrainingViewModel training;

    private KeyboardShortcuts(Scene scene, TrainingViewModel training) {
        this.scene = scene;
        this.training = training;
    }

    /**
     * Installs the keys on {@code scene}, and {@link FocusParking} so that they work wherever focus is
     * but in a text field the user chose.
     */
    public static void install(Scene scene, TrainingViewModel training) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new KeyboardShortcuts(scene, training));
        FocusParking.install(scene);
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            training.start();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && training.canStopProperty().get()) {
            training.stop();
            event.consume();
        } else if ((event.getCode() == KeyCode.S || event.getCode() == KeyCode.E) && !event.isShortcutDown()
                && !event.isAltDown() && !(scene.getFocusOwner() instanceof TextInputControl)) {
            if (event.getCode() == KeyCode.S) {
                training.step();
            } else {
                training.stepEpoch();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()
                && !(scene.getFocusOwner() instanceof TextInputControl)) {
            training.togglePause();
            event.consume();
        }
    }
}
