package org.softmaxlab.train;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Preallocated buffers for batches of one size, so an SGD step allocates nothing: the gathered
 * inputs and labels, the logits, the gradient with respect to the logits (on device and as a
 * host array for the loss kernel), and the model's activations.
 */
final class BatchBuffers {

    final int size;
    final int features;
    final int classes;
    final int[] labels;
    final INDArray inputs;
    final INDArray logits;
    final INDArray gradient;
    final float[] logitsHost;
    final float[] gradientHost;
    /** The model's own buffers for batches of this size. */
    final ModelPass pass;

    BatchBuffers(int size, Model model) {
        this.size = size;
        this.features = model.spec().features();
        this.classes = model.spec().classes();
        this.pass = model.pass(size);
        this.labels = new int[size];
        this.inputs = Nd4j.createUninitialized(DataType.FLOAT, new long[] {size, features}, 'c');
        this.logits = Nd4j.create(DataType.FLOAT, size, classes);
        this.gradient = Nd4j.create(DataType.FLOAT, size, classes);
        this.logitsHost = new float[size * classes];
        this.gradientHost = new float[size * classes];
    }

    /**
     * Copies rows {@code order[from .. from + size)} of the split into the input buffer, one bulk
     * copy per row: faster here than a native gather, which costs a JNI call and a TAD setup.
     */
    void gather(DesignMatrix split, int[] order, int from) {
        FloatBuffer source = split.hostInputs();
        FloatBuffer target = HostAccess.write(inputs);
        int width = features;
        for (int r = 0; r < size; r++) {
            int row = order[from + r];
            target.put(r * width, source, row * width, width);
            labels[r] = split.label(row);
        }
        HostAccess.written(inputs);
    }

    /** Copies the logits to the host array. */
    void readLogits() {
        HostAccess.read(logits).get(0, logitsHost);
    }

    /** A copy of this batch after {@link #readLogits}: pixels without the bias column, labels, logits. */
    BatchSnapshot snapshot(int epoch, int batch, double learningRate, org.softmaxlab.math.LossFormula formula,
                           ModelSpec model) {
        int width = features;
        int pixels = features - 1;
        float[] all = new float[size * width];
        HostAccess.read(inputs).get(0, all);
        float[] x = new float[size * pixels];
        for (int r = 0; r < size; r++) {
            System.arraycopy(all, r * width, x, r * pixels, pixels);
        }
        return new BatchSnapshot(epoch, batch, size, x, labels.clone(), logitsHost.clone(), learningRate, formula,
                model);
    }

    /** Copies the host gradient to the device array. */
    void writeGradient() {
        HostAccess.write(gradient).put(0, gradientHost);
        HostAccess.written(gradient);
    }
}
