package org.softmaxlab.train;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.softmaxlab.data.ImageSet;

/**
 * One split of the data as the trainer consumes it: inputs [n, D + 1] (D values per image, 784 for
 * Fashion-MNIST) with pixels in [0, 1] and a
 * constant 1 in the last column, so the bias is one more row of the weight matrix and a batch's
 * logits are a single gemm; and the labels on the host.
 *
 * <p>Built once per data set (≈ 190 MB off-heap for the training split) and shared by every run.
 */
public final class DesignMatrix {

    private final int features;
    private final INDArray inputs;
    private final FloatBuffer hostInputs;
    private final int[] labels;

    private DesignMatrix(INDArray inputs, int[] labels) {
        this.features = (int) inputs.columns();
        this.inputs = inputs;
        this.hostInputs = HostAccess.read(inputs);
        this.labels = labels;
    }

    /** Copies {@code images} into off-heap matrices, writing straight into ND4J's buffers. */
    public static DesignMatrix of(ImageSet images) {
        int n = images.size();
        int features = images.shape().values() + 1;
        INDArray inputs = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, features}, 'c');
        FloatBuffer buffer = inputs.data().asNioFloat();
        float[] row = new float[features];
        row[features - 1] = 1f;
        for (int i = 0; i < n; i++) {
            images.copyScaledRow(i, row, 0);
            buffer.put(row);
        }
        HostAccess.written(inputs);
        return new DesignMatrix(inputs, images.labels());
    }

    public int size() {
        return labels.length;
    }

    /** Input columns: D values per image and the bias column. */
    public int features() {
        return features;
    }

    /** [n, D + 1]; do not modify. */
    public INDArray inputs() {
        return inputs;
    }

    /** The inputs' host memory, for gathering batches; do not modify. */
    FloatBuffer hostInputs() {
        return hostInputs;
    }

    /** The class of row {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** A copy of the labels. */
    public int[] labels() {
        return labels.clone();
    }
}
