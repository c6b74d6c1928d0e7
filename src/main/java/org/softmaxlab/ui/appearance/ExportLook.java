package org.softmaxlab.ui.appearance;

import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import org.softmaxlab.ui.Styles;

/**
 * Pictures for export are taken in the light theme: they end up on white slides and printed pages,
 * where a dark picture is a dark box. Presentation mode stays (its large type suits a slide).
 */
public final class ExportLook {

    private ExportLook() {
    }

    /**
     * Runs {@code snapshots} (which take node snapshots in {@code scene}) with the dark theme off and
     * returns their result; call on the JavaFX thread. A snapshot applies CSS and lays out at once,
     * and the screen is only redrawn at the next pulse, by which time the theme is back: the window
     * never shows the light look.
     */
    public static <T> T light(Scene scene, Supplier<T> snapshots) {
        ObservableList<String> classes = scene == null ? null : scene.getRoot().getStyleClass();
        int dark = classes == null ? -1 : classes.indexOf(Styles.THEME_DARK);
        if (dark < 0) {
            return snapshots.get();
        }
        classes.remove(dark);
        try {
            return snapshots.get();
        } finally {
            classes.add(dark, Styles.THEME_DARK);
        }
    }
}
