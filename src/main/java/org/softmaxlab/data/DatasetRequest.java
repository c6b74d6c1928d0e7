package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which data set to read: a known name ("fashion-mnist", "mnist", "kmnist") or a folder (of IDX files
 * or of images), and how images from a folder are prepared. {@link DataSources#load} hands it to the
 * source that reads it.
 *
 * @param name    a known data set's name, or null when {@code folder} is given
 * @param folder  a folder to read, or null when {@code name} is given
 * @param options size and colour for image folders (IDX files keep their own size)
 */
public record DatasetRequest(String name, Path folder, ImageOptions options) {

    public DatasetRequest {
        if ((name == null) == (folder == null)) {
            throw new IllegalArgumentException("give a data set's name or a folder, not both or neither");
        }
        Objects.requireNonNull(options, "options");
    }

    /** The data set called {@code name}, e.g. "mnist". */
    public static DatasetRequest named(String name) {
        return new DatasetRequest(name, null, ImageOptions.DEFAULT);
    }

    /** The data set in {@code folder}, read with the default image options. */
    public static DatasetRequest folder(Path folder) {
        return new DatasetRequest(null, folder, ImageOptions.DEFAULT);
    }

    /** Fashion-MNIST, the default. */
    public static DatasetRequest defaultDataset() {
        return named(MnistFamily.FASHION_MNIST.id());
    }

    /**
     * A name if {@code nameOrFolder} is a known data set's name, else a folder (as the command line's
     * {@code --dataset NAME|DIR} reads it).
     */
    public static DatasetRequest parse(String nameOrFolder, ImageOptions options) {
        if (MnistFamily.byName(nameOrFolder).isPresent()) {
            return new DatasetRequest(nameOrFolder, null, options);
        }
        return new DatasetRequest(null, Path.of(nameOrFolder), options);
    }

    /** This request with other image options. */
    public DatasetRequest withOptions(ImageOptions options) {
        return new DatasetRequest(name, folder, options);
    }

    public boolean isNamed() {
        return name != null;
    }

    @Override
    public String toString() {
        return name != null ? name : folder.toString();
    }
}
