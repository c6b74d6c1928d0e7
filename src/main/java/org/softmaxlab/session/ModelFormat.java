package org.softmaxlab.session;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file format for trained models, chosen by file name extension (see {@link ModelFormats}). Reading
 * checks everything and changes nothing; writing replaces the file atomically.
 */
public interface ModelFormat {

    /** The file name extension, with its dot, e.g. {@code .smlab}. */
    String extension();

    /** What the format is, in English, e.g. "SoftmaxLab model". */
    String description();

    /** @throws ModelFileException with a message naming the file, the problem and what to do */
    SavedModel read(Path file) throws ModelFileException;

    /** Saves {@code model}; a failed save leaves any previous file as it was and nothing else behind. */
    void write(Path file, SavedModel model) throws IOException;
}
