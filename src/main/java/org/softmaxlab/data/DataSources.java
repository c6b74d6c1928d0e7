package org.softmaxlab.data;

import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every {@link DataSource} SoftmaxLab knows, asked in order; the one place a new kind of source is
 * added. The window, the command line and the tests all read data sets through {@link #load}.
 */
public final class DataSources {

    /** The MNIST family by name first, then a folder of IDX files, then a folder of images. */
    public static final List<DataSource> ALL = List.of(new MnistFamilySource(), new IdxFolderSource());

    private DataSources() {
    }

    /**
     * Reads the data set {@code request} names with the first source that accepts it.
     *
     * @throws DatasetException if no source reads it (the message lists the known names and what a
     *                          folder must hold) or the source fails
     */
    public static Dataset load(DatasetRequest request, LoadContext context) throws DatasetException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        for (DataSource source : ALL) {
            if (source.accepts(request)) {
                return source.load(request, context);
            }
        }
        if (request.isNamed()) {
            throw new DatasetException("no data set is called \"" + request.name() + "\"; the known ones are "
                    + knownNames() + ", or give a folder");
        }
        if (!Files.isDirectory(request.folder())) {
            throw new DatasetFolderException(request.folder(), FolderProblem.of(
                    Files.exists(request.folder()) ? FolderProblem.Kind.NOT_A_FOLDER : FolderProblem.Kind.NO_SUCH_FOLDER));
        }
        throw new DatasetException(request.folder() + ": holds neither the four IDX files (train-images-idx3-ubyte"
                + " and the rest) nor one sub-folder of images per class; choose a folder that does");
    }

    /** "fashion-mnist, mnist, kmnist". */
    public static String knownNames() {
        return Stream.of(MnistFamily.values()).map(MnistFamily::id).collect(Collectors.joining(", "));
    }
}
