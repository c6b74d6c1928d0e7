package org.softmaxlab.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.Theme;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Styles;

class AppearanceViewModelTest {

    private final AppearanceViewModel appearance = new AppearanceViewModel();

    @Test
    void takesTheLookAndLanguageFromSettingsAndWritesThemBack() {
        Settings saved = Settings.DEFAULTS.withTheme(Theme.DARK).withPresentationMode(true).withLanguageTag("zh-CN")
                .withTrainConfig(TrainConfig.DEFAULTS.withEpochs(3));
        appearance.load(saved);
        assertEquals(Theme.DARK, appearance.theme());
        assertTrue(appearance.presentationModeProperty().get());
        assertEquals(Language.SIMPLIFIED_CHINESE, appearance.languageProperty().get());
        assertEquals(saved, appearance.applyTo(Settings.DEFAULTS.withTrainConfig(TrainConfig.DEFAULTS.withEpochs(3))));

        appearance.themeProperty().set(Theme.LIGHT);
        appearance.languageProperty().set(Language.ENGLISH);
        Settings written = appearance.applyTo(saved);
        assertEquals(Theme.LIGHT, written.theme());
        assertEquals("en", written.languageTag());
        assertEquals(3, written.trainConfig().epochs(), "what the look does not own is left alone");
    }

    @Test
    void aClearedChoiceKeepsThePreviousOne() {
        appearance.themeProperty().set(Theme.DARK);
        appearance.themeProperty().set(null);
        assertEquals(Theme.DARK, appearance.theme());
        appearance.languageProperty().set(null);
        assertEquals(Language.ENGLISH, appearance.languageProperty().get());
    }

    @Test
    void fullScreenTogglesAndIsNotRemembered() {
        appearance.toggleFullScreen();
        assertTrue(appearance.fullScreenProperty().get());
        assertEquals(Settings.DEFAULTS, appearance.applyTo(Settings.DEFAULTS));
        appearance.toggleFullScreen();
        assertFalse(appearance.fullScreenProperty().get());
    }

    @Test
    void rootStyleClassesFollowTheLook() {
        ObservableList<String> classes = FXCollections.observableArrayList("root");
        RootStyles.apply(classes, Theme.DARK, true);
        assertEquals(List.of("root", Styles.THEME_DARK, Styles.PRESENTATION), classes);
        RootStyles.apply(classes, Theme.DARK, true);
        assertEquals(3, classes.size(), "no class twice");
        RootStyles.apply(classes, Theme.LIGHT, false);
        assertEquals(List.of("root"), classes);
    }
}
