package org.softmaxlab.ui.appearance;

import javafx.collections.ObservableList;
import javafx.scene.Parent;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Styles;

/**
 * Puts the look on a root node as style classes of the one stylesheet: {@value Styles#THEME_DARK}
 * and {@value Styles#PRESENTATION}. Everything below the root (and the popups it owns, whose CSS
 * parent is their owner) follows from the stylesheet's rules for these classes.
 */
public final class RootStyles {

    private RootStyles() {
    }

    /** Keeps {@code root}'s style classes in step with {@code appearance} from now on. */
    public static void follow(Parent root, AppearanceViewModel appearance) {
        Runnable update = () -> apply(root.getStyleClass(), appearance.theme(),
                appearance.presentationModeProperty().get());
        appearance.themeProperty().addListener((obs, old, now) -> update.run());
        appearance.presentationModeProperty().addListener((obs, old, now) -> update.run());
        update.run();
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
