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

    private Nd4jRuntime() {
    }

    /** Sets ND4J's BLAS and op threads (≥ 1); loads ND4J if it is not loaded yet. */
    public static synchronized void configureThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, was " + count);
        }
        Nd4j.getEnvironment().setMaxThreads(count);
        Nd4j.getEnvironment().setMaxMasterThreads(count);
        Nd4j.factory().blas().setMaxThreads(count);
        threads = count;
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
