package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder named as the data set's (by {@code --data DIR} or a folder chooser) that cannot be used:
 * it does not exist, is a file, or lacks some of the four files. The message says so in English; the
 * window says it in its own language from {@link #folder()} and {@link #problem()}.
 */
public final class DatasetFolderException extends DatasetException {

    private static final long serialVersionUID = 1L;

    /** What every refused folder is told to hold instead. */
    static final String FOUR_FILES = "the four Fashion-MNIST files (train-images-idx3-ubyte.gz, "
            + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz, each gzipped or not)";

    private final transient Path folder;
    private final FolderProblem problem;

    public DatasetFolderException(Path folder, FolderProblem problem) {
        super(folder + ": " + problem + "; choose the folder that holds " + FOUR_FILES);
        this.folder = Objects.requireNonNull(folder, "folder");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The folder that was named. */
    public Path folder() {
        return folder;
    }

    /** What is wrong with it. */
    public FolderProblem problem() {
        return problem;
    }
}
