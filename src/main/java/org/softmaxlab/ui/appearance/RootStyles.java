package org.softmaxlab.ui.appearance;

import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Styles;

/**
 * Puts the look on the scene's root node as style classes of the one stylesheet:
 * {@value Styles#THEME_DARK} and {@value Styles#PRESENTATION}. Everything below the root (and the
 * popups it owns, whose CSS parent is their owner) follows from the stylesheet's rules for these
 * classes, whose colours are defined as {@code .root.theme-dark}: on the node that is the scene's
 * root, since that is where Modena defines the colours they replace.
 */
public final class RootStyles {

    private RootStyles() {
    }

    /**
     * Keeps the style classes of the root of {@code root}'s scene in step with {@code appearance} from
     * now on, and moves them along when another node becomes the scene's root. (ControlsFX's
     * validation once did that mid-session, putting its decoration pane above the window's root: the
     * dark theme's colours, defined for {@code .root.theme-dark}, stopped applying while its
     * descendant rules went on, and dark labels sat on dark panels.)
     */
    public static void follow(Parent root, AppearanceViewModel appearance) {
        Runnable update = () -> apply(lookRoot(root).getStyleClass(), appearance.theme(),
                appearance.presentationModeProperty().get());
        ChangeListener<Parent> moved = (obs, old, now) -> {
            if (old != null) {
                apply(old.getStyleClass(), Theme.LIGHT, false);
            }
            update.run();
        };
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.rootProperty().removeListener(moved);
            }
            if (now != null) {
                now.rootProperty().addListener(moved);
            }
            moved.changed(null, old == null ? root : old.getRoot(), lookRoot(root));
        });
        if (root.getScene() != null) {
            root.getScene().rootProperty().addListener(moved);
        }
        appearance.themeProperty().addListener((obs, old, now) -> update.run());
        appearance.presentationModeProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    /** The node that carries the look: the scene's root, or {@code root} itself before it has a scene. */
    private static Parent lookRoot(Parent root) {
        Scene scene = root.getScene();
        return scene == null ? root : scene.getRoot();
    }

    /** Sets the classes for {@code theme} and {@code presentation} in {@code styleClasses}. */
    public static void apply(ObservableList<String> styleClasses, Theme theme, boolean presentation) {
        toggle(styleClasses, Styles.THEME_DARK, theme == Theme.DARK);
        toggle(styleClasses, Styles.PRESENTATION, presentation);
    }

    private static void toggle(ObservableList<String> styleClasses, String styleClass, boolean on) {
        if (on && !styleClasses.contains(styleClass)) {
            styleClasses.add(styleClass);
        } else if (!on) {
            styleClasses.removeAll(styleClass);
        }
    }
}
