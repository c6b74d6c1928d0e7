package org.softmaxlab.session;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SettingsStore#load()} found.
 *
 * @param settings the settings to use: as saved, with defaults where nothing (valid) was saved
 * @param notice   when something saved was ignored, what and where the original file was kept; empty
 *                 when the file was fine or simply not there
 */
public record LoadedSettings(Settings settings, Optional<SettingsNotice> notice) {

    public LoadedSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(notice, "notice");
    }
}
