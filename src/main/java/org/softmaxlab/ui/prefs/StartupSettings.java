package org.softmaxlab.ui.prefs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.session.LoadedSettings;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.ui.Language;

/**
 * What the window starts with: the remembered settings, the notice when they could not all be used,
 * and the language. Decided before the window is built, so that it opens as it was left.
 *
 * @param settings the settings to start with (language already decided)
 * @param notice   why some or all saved settings were not used, for the window to show; or empty
 * @param language the language to speak
 */
public record StartupSettings(Settings settings, Optional<SettingsNotice> notice, Language language) {

    public StartupSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(language, "language");
    }

    /** Loads from {@code store}; a first start speaks the language of {@code systemLocale}. */
    public static StartupSettings load(SettingsStore store, Locale systemLocale) {
        boolean firstStart = !Files.exists(store.file());
        return resolve(store.load(), firstStart, systemLocale);
    }

    /**
     * Decides the language: the remembered one, except on a first start (nothing saved yet) or when
     * everything saved was thrown away, where nobody chose one: then Chinese on a Chinese system
     * ({@code zh*}), English elsewhere.
     */
    public static StartupSettings resolve(LoadedSettings loaded, boolean firstStart, Locale systemLocale) {
        Settings settings = loaded.settings();
        boolean allDefaults = loaded.notice().isPresent() && settings.equals(Settings.DEFAULTS);
        Language language = firstStart || allDefaults ? Language.forSystemLocale(systemLocale)
                : Language.forTag(settings.languageTag());
        return new StartupSettings(settings.withLanguageTag(language.tag()), loaded.notice(), language);
    }

    /**
     * The folder to load the data from: the one given on the command line, else the one remembered if
     * it is still a folder (a USB stick may be gone), else null to search the usual places.
     */
    public static Path dataFolder(Path commandLine, Settings settings) {
        if (commandLine != null) {
            return commandLine;
        }
        Path remembered = settings.dataFolder();
        return remembered != null && Files.isDirectory(remembered) ? remembered : null;
    }
}
