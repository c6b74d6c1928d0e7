package org.softmaxlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.session.Theme;

@Tag("locale")
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
        // The warning (with its stack trace) is caught here rather than printed into the build log.
        Logger log = Logger.getLogger(RememberedSettings.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parentHandlers = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        log.addHandler(recorder);
        Optional<String> problem;
        try {
            problem = settings.update(s -> s.withPresentationMode(true));
        } finally {
            log.removeHandler(recorder);
            log.setUseParentHandlers(parentHandlers);
        }
        assertEquals(Optional.of("disk full"), problem);
        assertTrue(settings.current().presentationMode());
        assertEquals(1, records.size(), "the failure is logged once");
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertEquals("disk full", records.get(0).getThrown().getMessage());
    }

    @Test
    void whatIsSavedIsWhatTheNextStartReads() {
        SettingsStore store = new SettingsStore(dir);
        RememberedSettings settings = new RememberedSettings(Settings.DEFAULTS, store::save);
        settings.update(s -> s.withLanguageTag("zh-CN").withTheme(Theme.DARK).withPresentationMode(true));
        assertEquals(settings.current(), store.load().settings());
    }
}
