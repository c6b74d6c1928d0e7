package org.softmaxlab.testing;

import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.train.ModelSpec;

/** Which model a parameter array is when it was made for Fashion-MNIST, as most tests' models are. */
public final class FashionModels {

    private FashionModels() {
    }

    /** Softmax regression (7,850 parameters) or the MLP whose hidden units the count implies. */
    public static ModelSpec spec(float[] parameters) {
        return ModelSpec.forParameterCount(parameters.length, DatasetSignature.FASHION_MNIST).orElseThrow(
                () -> new IllegalArgumentException("no Fashion-MNIST model has " + parameters.length + " parameters"));
    }
}
