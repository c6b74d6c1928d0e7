package org.softmaxlab.train;

/**
 * What a run is about to do, sent once when it starts.
 *
 * @param config          the validated settings
 * @param backend         the ND4J backend, e.g. "CPU" or "CUDA"
 * @param threads         the BLAS/OpenMP threads ND4J uses
 * @param trainImages     images per epoch
 * @param testImages      images evaluated at each epoch end
 * @param batchesPerEpoch SGD steps per epoch (the last batch may be smaller)
 * @param kernels         the BLAS and its kernel set, e.g. "OpenBLAS 0.3.30 Cooperlake" ({@link BlasKernels}),
 *                        or "" if not known
 */
public record RunInfo(TrainConfig config, String backend, int threads, int trainImages, int testImages,
                      int batchesPerEpoch, String kernels) {

    /** A run whose BLAS kernels are not known. */
    public RunInfo(TrainConfig config, String backend, int threads, int trainImages, int testImages,
                   int batchesPerEpoch) {
        this(config, backend, threads, trainImages, testImages, batchesPerEpoch, "");
    }

    /** The backend with its kernels when known, e.g. "CPU · OpenBLAS 0.3.30 Cooperlake", else just "CPU". */
    public String backendLabel() {
        return kernels.isEmpty() ? backend : backend + " · " + kernels;
    }
}
