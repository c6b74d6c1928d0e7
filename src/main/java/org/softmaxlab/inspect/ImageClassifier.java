package org.softmaxlab.inspect;

import org.softmaxlab.math.Softmax;
import org.softmaxlab.train.ModelSpec;

/**
 * Classifies single images with a copy of a model's parameters, on the host: one Fashion-MNIST image
 * is 7,850 multiply-adds for softmax regression (≈ 0.2 M for d2l's MLP), less than an ND4J call
 * costs. Probabilities come from the same stable softmax the trainer uses.
 */
public final class ImageClassifier {

    private final ModelSpec model;
    private final float[] parameters;

    /**
     * @param model      which model the parameters are, and its sizes
     * @param parameters in the layout of {@link ModelSpec}
     */
    public ImageClassifier(ModelSpec model, float[] parameters) {
        if (parameters.length != model.parameterCount()) {
            throw new IllegalArgumentException(model.describe() + " for " + model.inputs() + " inputs and "
                    + model.classes() + " classes has " + model.parameterCount() + " parameters, not "
                    + parameters.length);
        }
        this.model = model;
        this.parameters = parameters.clone();
    }

    /** The K class probabilities of {@code pixels} (D values in [0, 1]). */
    public float[] probabilities(float[] pixels) {
        float[] logits = logits(pixels);
        float[] probabilities = new float[model.classes()];
        Softmax.stableRow(logits, 0, model.classes(), probabilities, 0);
        return probabilities;
    }

    /** The K logits o = Wᵀx + b of {@code pixels} (D values in [0, 1]). */
    public float[] logits(float[] pixels) {
        float[][] outputs = layerOutputs(pixels);
        return outputs[outputs.length - 1];
    }

    /**
     * Every layer's output for {@code pixels} (D values in [0, 1]), in one forward pass: [the K
     * logits] for softmax regression, [the H hidden activations relu(x·W₁ + b₁), the K logits] for
     * the MLP. What explains a prediction reads the hidden layer here, so it sees the very numbers the
     * logits were computed from.
     */
    public float[][] layerOutputs(float[] pixels) {
        if (pixels.length != model.inputs()) {
            throw new IllegalArgumentException("expected " + model.inputs() + " pixels, got " + pixels.length);
        }
        int layers = model.layerOutputs().length;
        float[][] outputs = new float[layers][];
        float[] values = pixels;
        for (int layer = 0; layer < layers; layer++) {
            values = layer(values, layer, layer < layers - 1);
            outputs[layer] = values;
        }
        return outputs;
    }

    /** The model the parameters are. */
    public ModelSpec model() {
        return model;
    }

    /** x·W + b for one layer's [inputs + 1, outputs] block, then relu unless it is the last. */
    private float[] layer(float[] x, int layer, boolean relu) {
        int outputs = model.layerOutputs()[layer];
        int offset = model.layerOffset(layer);
        float[] out = new float[outputs];
        System.arraycopy(parameters, offset + x.length * outputs, out, 0, outputs);
        for (int i = 0; i < x.length; i++) {
            float xi = x[i];
            if (xi != 0f) {
                int row = offset + i * outputs;
                for (int o = 0; o < outputs; o++) {
                    out[o] += xi * parameters[row + o];
                }
            }
        }
        if (relu) {
            for (int o = 0; o < outputs; o++) {
                out[o] = Math.max(0f, out[o]);
            }
        }
        return out;
    }
}
