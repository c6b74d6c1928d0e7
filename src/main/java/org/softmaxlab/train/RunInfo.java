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
 */
public record RunInfo(TrainConfig config, String backend, int threads, int trainImages, int testImages,
                      int batchesPerEpoch) {
}
