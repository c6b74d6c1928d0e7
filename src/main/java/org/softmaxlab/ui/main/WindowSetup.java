package org.softmaxlab.ui.main;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.session.DatasetMemory;
import org.softmaxlab.session.Settings;
import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.session.SettingsStore;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.files.FilePicker;
import org.softmaxlab.ui.files.SystemFilePicker;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.prefs.RememberedSettings;
import org.softmaxlab.ui.prefs.StartupSettings;

/**
 * What the app hands the window beyond its data: the remembered settings (and the notice if they
 * could not all be used), the folder to load from, and how files are chosen. Tests build one with a temporary store and a picker that answers at once.
 *
 * @param settings       the remembered settings; the window saves changes through them
 * @param settingsNotice why some saved settings were not used, shown in the window's banner; or empty
 * @param dataFolder     the folder to load the data from, or null to search the usual places
 * @param files          asks for files to open and save
 * @param datasets       the class names and shape of each data set read before (for model files)
 */
public record WindowSetup(RememberedSettings settings, Optional<SettingsNotice> settingsNotice, Path dataFolder,
                          FilePicker files, DatasetMemory datasets) {

    public WindowSetup {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(settingsNotice, "settingsNotice");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(datasets, "datasets");
    }

    /** A setup that remembers the data sets it reads for this window only. */
    public WindowSetup(RememberedSettings settings, Optional<SettingsNotice> settingsNotice, Path dataFolder,
                       FilePicker files) {
        this(settings, settingsNotice, dataFolder, files, DatasetMemory.inMemory());
    }

    /** The app's setup: settings from {@code store} as {@code startup} found them, saved back there. */
    public static WindowSetup of(StartupSettings startup, SettingsStore store) {
        return new WindowSetup(new RememberedSettings(startup.settings(), store::save), startup.notice(),
                StartupSettings.dataFolder(DataLoading.defaultDirectory(), startup.settings()),
                new SystemFilePicker(), DatasetMemory.in(store.file().getParent()));
    }

    /**
     * Defaults remembered for this window only, in the language spoken now, with file dialogs: for
     * windows started without a settings store.
     */
    public static WindowSetup transientDefaults() {
        return new WindowSetup(
                RememberedSettings.inMemory(Settings.DEFAULTS.withLanguageTag(Messages.language().tag())),
                Optional.empty(), DataLoading.defaultDirectory(), new SystemFilePicker());
    }

    /** This setup with the same settings, kept in memory only: changes are not saved. */
    public WindowSetup savingNothing() {
        return new WindowSetup(RememberedSettings.inMemory(settings.current()), settingsNotice, dataFolder, files);
    }
}
