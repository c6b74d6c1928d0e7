package org.softmaxlab.ui.prefs;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.softmaxlab.session.Settings;

/**
 * The settings SoftmaxLab remembers, as they stand now, written to the store whenever they change.
 * The store writes atomically, so a crash mid-save leaves the previous file. Call from the JavaFX
 * thread (the file is a few hundred bytes).
 */
public final class RememberedSettings {

    /** Where settings go: {@code SettingsStore::save} in the app. */
    @FunctionalInterface
    public interface Saver {
        void save(Settings settings) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(RememberedSettings.class.getName());

    private final Saver saver;
    private Settings current;

    /** Settings starting as {@code initial}, saved through {@code saver} on each change. */
    public RememberedSettings(Settings initial, Saver saver) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    /** Settings kept for this session only (tests, and windows started without a store). */
    public static RememberedSettings inMemory(Settings initial) {
        return new RememberedSettings(initial, settings -> { });
    }

    /** The settings as they stand. */
    public Settings current() {
        return current;
    }

    /**
     * Applies {@code change} and saves the result if it differs. Returns why saving failed (the
     * settings in memory are changed all the same), or empty.
     */
    public Optional<String> update(UnaryOperator<Settings> change) {
        Settings next = change.apply(current);
        if (next.equals(current)) {
            return Optional.empty();
        }
        current = next;
        return save();
    }

    /** Writes the settings as they stand; returns why that failed, or empty. */
    public Optional<String> save() {
        try {
            saver.save(current);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settings not saved", e);
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
