package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder that holds (or, as a search candidate, may hold) the four Fashion-MNIST files.
 *
 * @param source what kind of place it is
 * @param folder the folder itself
 */
public record DatasetLocation(DatasetSource source, Path folder) {

    public DatasetLocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String toString() {
        return source.description() + ": " + folder;
    }
}
