package org.softmaxlab.ui.main;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the keyboard focus where the user put it, or nowhere in particular. When the focused control
 * is disabled (Start once a run starts, Pause and Stop once it ends), hidden or rebuilt away, JavaFX
 * hands the focus to the next control: that was "Rate now" with its text selected, so Space replaced
 * "0.1" instead of pausing, and at a run's end the run list, scrolling the settings panel. Here the
 * focus goes to the scene's root instead, where Space, Ctrl+Enter and Esc are the run keys
 * ({@link KeyboardShortcuts}) and Tab starts from the top. A text field is focused only by the user's
 * click or Tab, never by the window's first focus.
 */
final class FocusParking {

    private final Scene scene;
    private final InvalidationListener ownerChanged = this::ownerMayHaveGone;
    private Node watched;

    private FocusParking(Scene scene) {
        this.scene = scene;
    }

    /** Watches {@code scene}'s focus from now on. */
    static void install(Scene scene) {
        FocusParking parking = new FocusParking(scene);
        scene.focusOwnerProperty().addListener((obs, old, now) -> parking.focusMoved(old, now));
        parking.focusMoved(null, scene.getFocusOwner());
    }

    private void focusMoved(Node old, Node now) {
        if (watched != null) {
            watched.disabledProperty().removeListener(ownerChanged);
            watched.visibleProperty().removeListener(ownerChanged);
            watched.sceneProperty().removeListener(ownerChanged);
        }
        watched = now;
        if (now == null) {
            return;
        }
        now.disabledProperty().addListener(ownerChanged);
        now.visibleProperty().addListener(ownerChanged);
        now.sceneProperty().addListener(ownerChanged);
        if (old == null && now instanceof TextInputControl) {
            // The window's first focus (or JavaFX's own recovery): nobody chose this field.
            Platform.runLater(() -> {
                if (scene.getFocusOwner() == now) {
                    park();
                }
            });
        }
    }

    /** The focused control was disabled, hidden or taken out of the scene: park the focus before JavaFX moves it on. */
    private void ownerMayHaveGone(Observable changed) {
        Node owner = watched;
        if (owner != null && (owner.isDisabled() || !owner.isVisible() || owner.getScene() != scene)) {
            park();
        }
    }

    private void park() {
        if (scene.getRoot() != null) {
            scene.getRoot().requestFocus();
        }
    }
}
