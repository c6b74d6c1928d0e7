package org.softmaxlab.train;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's process-wide settings: which backend runs and on how many threads.
 *
 * <p>On two cores one BLAS/OpenMP thread is fastest for batch-256 softmax regression: the matrices
 * are small enough that thread hand-offs cost more than they save. ND4J's OpenMP pool still reads
 * {@code OMP_NUM_THREADS} at start-up, which the launch scripts set.
 */
public final class Nd4jRuntime {

    private static volatile int threads;
    private static volatile BlasKernels kernels;

    private Nd4jRuntime() {
    }

    /**
     * Sets ND4J's BLAS and op threads (≥ 1); loads ND4J if it is not loaded yet, and the first time
     * checks that its matrix products are right on this CPU ({@link GemmCheck}, a few milliseconds).
     *
     * @throws WrongGemmException if the BLAS multiplies wrongly here: nothing may train on it
     */
    public static synchronized void configureThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, was " + count);
        }
        Nd4j.getEnvironment().setMaxThreads(count);
        Nd4j.getEnvironment().setMaxMasterThreads(count);
        Nd4j.factory().blas().setMaxThreads(count);
        kernels();
        threads = count;
    }

    /**
     * The BLAS kernels in use; the first call loads ND4J and checks them ({@link GemmCheck}).
     *
     * @throws WrongGemmException if they multiply wrongly on this CPU
     */
    public static BlasKernels kernels() {
        BlasKernels k = kernels;
        if (k == null) {
            synchronized (Nd4jRuntime.class) {
                k = kernels;
                if (k == null) {
                    k = BlasKernels.detect(backendName());
                    GemmCheck.verify(GemmCheck.TRAINING, k.describe());
                    kernels = k;
                }
            }
        }
        return k;
    }

    /** The backend and its BLAS kernels, e.g. "CPU · OpenBLAS 0.3.30 Cooperlake", for the status bar. */
    public static String backendLabel() {
        return backendName() + " · " + kernels().describe();
    }

    /** The threads set by {@link #configureThreads}, or ND4J's own count if never set. */
    public static int threads() {
        int t = threads;
        return t > 0 ? t : Nd4j.getEnvironment().maxThreads();
    }

    /** "CPU" or "CUDA", from the backend ND4J loaded. */
    public static String backendName() {
        String name = Nd4j.getBackend().getClass().getSimpleName();
        return name.toUpperCase(java.util.Locale.ROOT).contains("CUDA") ? "CUDA" : "CPU";
    }

    /** The default thread count: one per core, at most one on a two-core machine. */
    public static int defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores <= 2 ? 1 : Math.min(cores / 2, 8);
    }
}
