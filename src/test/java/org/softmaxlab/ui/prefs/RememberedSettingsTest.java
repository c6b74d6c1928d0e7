package org.softmaxlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.session.Theme;

class RememberedSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aChangeIsSavedAndNoChangeIsNot() {
        List<Settings> saved = new ArrayList<>();
        RememberedSettings settings = new RememberedSettings(Settings.DEFAULTS, saved::add);
        assertEquals(Optional.empty(), settings.update(s -> s.withTheme(Theme.DARK)));
        assertEquals(List.of(Settings.DEFAULTS.withTheme(Theme.DARK)), saved);
        settings.update(s -> s.withTheme(Theme.DARK));
        assertEquals(1, saved.size(), "the same settings are not written again");
        assertEquals(Theme.DARK, settings.current().theme());
    }

    @Test
    void aFailedSaveIsReportedAndTheSettingsStillApply() {
        RememberedSettings settings = new RememberedSettings(Settings.DEFAULTS, s -> {
            throw new IOException("disk full");
        });
        Optional<String> problem = settings.update(s -> s.withPresentationMode(true));
        assertEquals(Optional.of("disk full"), problem);
        assertTrue(settings.current().presentationMode());
    }

    @Test
    void whatIsSavedIsWhatTheNextStartReads() {
        SettingsStore store = new SettingsStore(dir);
        RememberedSettings settings = new RememberedSettings(Settings.DEFAULTS, store::save);
        settings.update(s -> s.withLanguageTag("zh-CN").withTheme(Theme.DARK).withPresentationMode(true));
        assertEquals(settings.current(), store.load().settings());
    }
}
