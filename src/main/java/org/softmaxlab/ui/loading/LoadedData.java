package org.softmaxlab.ui.loading;

import java.nio.file.Path;
import java.util.Objects;
import org.softmaxlab.train.TrainingData;

/**
 * Everything the window needs once loading has finished.
 *
 * @param data      the design matrices, ready for the trainer
 * @param directory the folder the images came from
 * @param backend   ND4J's backend and its BLAS kernels, e.g. "CPU · OpenBLAS 0.3.30 Cooperlake"
 * @param threads   ND4J's BLAS/OpenMP threads
 */
public record LoadedData(TrainingData data, Path directory, String backend, int threads) {

    public LoadedData {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(backend, "backend");
    }

    /** Images per training epoch. */
    public int trainImages() {
        return data.train().size();
    }

    /** Images evaluated at each epoch end. */
    public int testImages() {
        return data.test().size();
    }
}
