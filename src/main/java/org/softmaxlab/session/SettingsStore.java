package org.softmaxlab.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.io.AtomicFiles;

/**
 * Keeps {@link Settings} in {@value #FILE_NAME} in the per-user config folder.
 *
 * <p>Loading never fails: settings are a convenience, and a start-up must not stop over them. A file
 * it cannot fully use is moved aside to {@value #BAD_FILE_NAME} (replacing an older one) before
 * anything overwrites it, so a hand edit gone wrong can still be looked at and repaired; the
 * {@link LoadedSettings#notice() notice} says so. Saving writes the whole file atomically.
 *
 * <p>Call from one thread at a time (the GUI's background executor, or the FX thread for this small file).
 */
public final class SettingsStore {

    /** The settings file's name in the config folder. */
    public static final String FILE_NAME = "settings.properties";

    /** Where a file that could not be fully used is kept. */
    public static final String BAD_FILE_NAME = FILE_NAME + ".bad";

    private final Path file;
    private final Path badFile;

    /** A store in {@code configDir}; the folder is created on the first save. */
    public SettingsStore(Path configDir) {
        Objects.requireNonNull(configDir, "configDir");
        this.file = configDir.resolve(FILE_NAME);
        this.badFile = configDir.resolve(BAD_FILE_NAME);
    }

    /** The store of the user running this JVM, in {@link AppDirectories#configDir()}. */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(AppDirectories.forCurrentUser().configDir());
    }

    /** The settings file. */
    public Path file() {
        return file;
    }

    /**
     * The saved settings. No file (a first start) gives the defaults and no notice. A file that cannot
     * be parsed gives the defaults; invalid values give their defaults, the rest as saved. Either way
     * the file is moved to {@value #BAD_FILE_NAME} and the notice says what was ignored.
     */
    public LoadedSettings load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return new LoadedSettings(Settings.DEFAULTS, Optional.empty());
        } catch (IOException e) {
            // Maybe only a locked or unreadable file: leave it where it is.
            return new LoadedSettings(Settings.DEFAULTS, Optional.of(new SettingsNotice(
                    SettingsNotice.Problem.UNREADABLE, file, e.getMessage(), SettingsNotice.Aside.LEFT_IN_PLACE, "")));
        } catch (IllegalArgumentException e) {
            return defaultsInstead(SettingsNotice.Problem.NOT_A_SETTINGS_FILE, e.getMessage());
        }
        if (!SettingsProperties.hasAnySetting(properties)) {
            return defaultsInstead(SettingsNotice.Problem.NO_SETTINGS, "");
        }
        SettingsProperties.Decoded decoded = SettingsProperties.decode(properties);
        if (decoded.ignored().isEmpty()) {
            return new LoadedSettings(decoded.settings(), Optional.empty());
        }
        return new LoadedSettings(decoded.settings(), Optional.of(keptAside(SettingsNotice.Problem.SOME_IGNORED,
                String.join("; ", decoded.ignored()))));
    }

    /** Writes {@code settings} to {@link #file()}, atomically, creating the config folder if needed. */
    public void save(Settings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        AtomicFiles.write(file, SettingsProperties.format(settings).getBytes(StandardCharsets.ISO_8859_1));
    }

    private LoadedSettings defaultsInstead(SettingsNotice.Problem problem, String detail) {
        return new LoadedSettings(Settings.DEFAULTS, Optional.of(keptAside(problem, detail)));
    }

    /** Moves the file aside; the notice of {@code problem} says where it went, or that it could not. */
    private SettingsNotice keptAside(SettingsNotice.Problem problem, String detail) {
        try {
            AtomicFiles.move(file, badFile);
            return new SettingsNotice(problem, file, detail, SettingsNotice.Aside.KEPT, badFile.toString());
        } catch (IOException e) {
            return new SettingsNotice(problem, file, detail, SettingsNotice.Aside.NOT_KEPT, e.getMessage());
        }
    }
}
