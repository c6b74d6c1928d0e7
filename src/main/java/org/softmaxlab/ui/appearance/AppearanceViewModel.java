package org.softmaxlab.ui.appearance;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;

/**
 * How the window looks and speaks: theme, presentation mode (large type, thick lines, strong
 * contrast for a projector), full screen, and language. The View and Language menus write these
 * properties; the window follows them. Full screen is not remembered between sessions: a window that
 * opens full screen on a laptop after last week's projector is a surprise.
 */
public final class AppearanceViewModel {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty presentationMode = new SimpleBooleanProperty(this, "presentationMode");
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);

    /** Light, English, not in presentation mode, windowed. */
    public AppearanceViewModel() {
        // A cleared choice (null) would leave the window without a look: fall back instead.
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old);
            }
        });
        language.addListener((obs, old, now) -> {
            if (now == null) {
                language.set(old);
            }
        });
    }

    /** Takes the theme, presentation mode and language of {@code settings}. */
    public void load(Settings settings) {
        theme.set(settings.theme());
        presentationMode.set(settings.presentationMode());
        language.set(Language.forTag(settings.languageTag()));
    }

    /** {@code settings} with this theme, presentation mode and language. */
    public Settings applyTo(Settings settings) {
        return settings.withTheme(theme.get())
                .withPresentationMode(presentationMode.get())
                .withLanguageTag(language.get().tag());
    }

    /** Switches full screen on or off (F11). */
    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** Light or dark. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Large type, thick lines and strong contrast, for a projector. */
    public BooleanProperty presentationModeProperty() {
        return presentationMode;
    }

    /** Whether the window fills the screen; the window also sets it when full screen ends another way. */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** The language of every text in the window. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The theme (never null). */
    public Theme theme() {
        return Objects.requireNonNull(theme.get());
    }
}
