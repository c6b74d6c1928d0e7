package org.softmaxlab.train;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Host-side reads and writes of ND4J arrays. On the CPU backend these are plain memory views; the
 * location calls make the same code correct on CUDA, where host and device copies must be
 * synchronised explicitly (written for the cuda profile, not exercised without a GPU).
 */
final class HostAccess {

    private HostAccess() {
    }

    /** A view of the array's host memory, current for reading. */
    static FloatBuffer read(INDArray array) {
        Nd4j.getAffinityManager().ensureLocation(array, AffinityManager.Location.HOST);
        return array.data().asNioFloat();
    }

    /** A view of the array's host memory for writing; call {@link #written} when done. */
    static FloatBuffer write(INDArray array) {
        Nd4j.getAffinityManager().ensureLocation(array, AffinityManager.Location.HOST);
        return array.data().asNioFloat();
    }

    /** Marks host-side writes so the device sees them before its next op. */
    static void written(INDArray array) {
        Nd4j.getAffinityManager().tagLocation(array, AffinityManager.Location.HOST);
    }
}
