package org.softmaxlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens and saves models in either format, chosen by the file's extension: {@value NpzModelFile#EXTENSION}
 * is NumPy's state_dict archive ({@link NpzModelFile}), anything else SoftmaxLab's own format
 * ({@link ModelFile}).
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Whether {@code file} is saved and opened as a NumPy .npz. */
    public static boolean isNpz(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(NpzModelFile.EXTENSION);
    }

    public static SavedModel read(Path file) throws ModelFileException {
        return isNpz(file) ? NpzModelFile.read(file) : ModelFile.read(file);
    }

    /** Saves atomically; an .npz keeps the weights only (see {@link NpzModelFile}). */
    public static void write(Path file, SavedModel model) throws IOException {
        if (isNpz(file)) {
            NpzModelFile.write(file, model);
        } else {
            ModelFile.write(file, model);
        }
    }
}
