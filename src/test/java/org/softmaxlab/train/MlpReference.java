package org.softmaxlab.train;

import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.Softmax;

/**
 * The MLP written out in double precision, straight from its definition, for checking the trainer's
 * ND4J forward and backward pass: parameters in the flat layout of {@link ModelSpec}.
 */
final class MlpReference {

    private static final int PIXELS = ImageShape.MNIST.values();
    private static final int CLASSES = 10;

    private final int hidden;
    private final double[] parameters;

    MlpReference(int hidden, float[] parameters) {
        this.hidden = hidden;
        this.parameters = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            this.parameters[i] = parameters[i];
        }
    }

    private int w1(int pixel, int unit) {
        return pixel * hidden + unit;
    }

    private int w2(int unit, int cls) {
        return (PIXELS + 1) * hidden + unit * CLASSES + cls;
    }

    /** The parameter at {@code index} moved by {@code delta}, for finite differences. */
    MlpReference moved(int index, double delta) {
        MlpReference copy = new MlpReference(hidden, new float[parameters.length]);
        System.arraycopy(parameters, 0, copy.parameters, 0, parameters.length);
        copy.parameters[index] += delta;
        return copy;
    }

    /** relu(x·W₁ + b₁) of one image. */
    double[] activations(float[] x) {
        double[] a = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double z = parameters[w1(PIXELS, j)];
            for (int p = 0; p < PIXELS; p++) {
                z += x[p] * parameters[w1(p, j)];
            }
            a[j] = Math.max(0, z);
        }
        return a;
    }

    double[] logits(float[] x) {
        double[] a = activations(x);
        double[] o = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            o[c] = parameters[w2(hidden, c)];
            for (int j = 0; j < hidden; j++) {
                o[c] += a[j] * parameters[w2(j, c)];
            }
        }
        return o;
    }

    double meanLoss(ImageSet images) {
        double sum = 0;
        float[] x = new float[PIXELS];
        for (int i = 0; i < images.size(); i++) {
            images.copyScaledRow(i, x, 0);
            sum += Softmax.crossEntropy(logits(x), images.label(i), LossFormula.STABLE);
        }
        return sum / images.size();
    }

    /** ∂(mean loss)/∂θ by backpropagation, in the flat layout. */
    double[] gradient(ImageSet images) {
        double[] g = new double[parameters.length];
        float[] x = new float[PIXELS];
        int n = images.size();
        for (int i = 0; i < n; i++) {
            images.copyScaledRow(i, x, 0);
            double[] a = activations(x);
            double[] p = Softmax.stable(logits(x));
            p[images.label(i)] -= 1;
            for (int c = 0; c < CLASSES; c++) {
                g[w2(hidden, c)] += p[c] / n;
            }
            for (int j = 0; j < hidden; j++) {
                double da = 0;
                for (int c = 0; c < CLASSES; c++) {
                    g[w2(j, c)] += a[j] * p[c] / n;
                    da += p[c] * parameters[w2(j, c)];
                }
                if (a[j] > 0) {
                    g[w1(PIXELS, j)] += da / n;
                    for (int q = 0; q < PIXELS; q++) {
                        g[w1(q, j)] += x[q] * da / n;
                    }
                }
            }
        }
        return g;
    }
}
