package org.softmaxlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.session.LoadedSettings;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;

@Tag("locale")
class StartupSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartSpeaksTheSystemsLanguage() {
        LoadedSettings nothing = new LoadedSettings(Settings.DEFAULTS, Optional.empty());
        StartupSettings chinese = StartupSettings.resolve(nothing, true, Locale.SIMPLIFIED_CHINESE);
        assertEquals(Language.SIMPLIFIED_CHINESE, chinese.language());
        assertEquals("zh-CN", chinese.settings().languageTag(), "the choice is remembered");
        assertEquals(Language.ENGLISH, StartupSettings.resolve(nothing, true, Locale.GERMANY).language());
    }

    @Test
    void aRememberedLanguageWinsOverTheSystems() {
        Settings english = Settings.DEFAULTS.withTheme(Theme.DARK).withLanguageTag("en");
        StartupSettings start = StartupSettings.resolve(new LoadedSettings(english, Optional.empty()), false,
                Locale.SIMPLIFIED_CHINESE);
        assertEquals(Language.ENGLISH, start.language());
        assertEquals(Theme.DARK, start.settings().theme());

        Settings chinese = Settings.DEFAULTS.withLanguageTag("zh-CN");
        assertEquals(Language.SIMPLIFIED_CHINESE, StartupSettings.resolve(
                new LoadedSettings(chinese, Optional.empty()), false, Locale.US).language());
    }

    @Test
    void settingsThrownAwayLeaveTheLanguageToTheSystemAndKeepTheNotice() {
        SettingsNotice garbage = new SettingsNotice(SettingsNotice.Problem.NO_SETTINGS, Path.of("settings.properties"), "",
                SettingsNotice.Aside.KEPT, "settings.properties.bad");
        LoadedSettings reset = new LoadedSettings(Settings.DEFAULTS, Optional.of(garbage));
        StartupSettings start = StartupSettings.resolve(reset, false, Locale.SIMPLIFIED_CHINESE);
        assertEquals(Language.SIMPLIFIED_CHINESE, start.language());
        assertEquals(Optional.of(garbage), start.notice());
    }

    @Test
    void loadingFromAStoreTellsAFirstStartFromALaterOne() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Language.SIMPLIFIED_CHINESE, StartupSettings.load(store, Locale.CHINA).language());
        store.save(Settings.DEFAULTS.withLanguageTag("en"));
        assertEquals(Language.ENGLISH, StartupSettings.load(store, Locale.CHINA).language());
    }

    @Test
    void aCorruptStoreGivesDefaultsAndANotice() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "\u0000\u0001 not a settings file \\u12", StandardCharsets.ISO_8859_1);
        StartupSettings start = StartupSettings.load(store, Locale.US);
        assertEquals(Settings.DEFAULTS, start.settings());
        assertTrue(start.notice().isPresent());
        assertTrue(Files.exists(dir.resolve(SettingsStore.BAD_FILE_NAME)), "the bad file is kept");
    }

    @Test
    void theDataFolderIsTheCommandLinesThenARememberedOneThatStillExists() throws IOException {
        Path remembered = Files.createDirectory(dir.resolve("fmnist"));
        Settings settings = Settings.DEFAULTS.withDataFolder(remembered);
        Path given = Path.of("/given/on/the/command/line");
        assertEquals(given, StartupSettings.dataFolder(given, settings));
        assertEquals(remembered, StartupSettings.dataFolder(null, settings));
        assertNull(StartupSettings.dataFolder(null, settings.withDataFolder(dir.resolve("unplugged"))));
        assertNull(StartupSettings.dataFolder(null, Settings.DEFAULTS));
    }
}
