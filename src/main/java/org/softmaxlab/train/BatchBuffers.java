package org.softmaxlab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.softmaxlab.data.FashionMnist;

/**
 * Preallocated matrices for batches of one size, so an SGD step allocates nothing large: the
 * gathered inputs and targets, the logits and the gradient with respect to them.
 */
final class BatchBuffers {

    final int size;
    final int[] indices;
    final INDArray inputs;
    final INDArray targets;
    final INDArray logits;
    final INDArray gradient;

    BatchBuffers(int size) {
        this.size = size;
        this.indices = new int[size];
        this.inputs = Nd4j.createUninitialized(DataType.FLOAT, new long[] {size, DesignMatrix.FEATURES}, 'c');
        this.targets = matrix(size);
        this.logits = matrix(size);
        this.gradient = matrix(size);
    }

    private static INDArray matrix(int rows) {
        return Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, FashionMnist.CLASS_COUNT}, 'c');
    }

    /** Gathers rows {@code order[from .. from + size)} of the split into the input and target buffers. */
    void gather(DesignMatrix split, int[] order, int from) {
        System.arraycopy(order, from, indices, 0, size);
        Nd4j.pullRows(split.inputs(), inputs, 1, indices);
        Nd4j.pullRows(split.targets(), targets, 1, indices);
    }
}
