package org.softmaxlab.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model must share with a data set to read it: the class names, in label order, and the image
 * shape. Model files record it; {@link #mismatch} says in one sentence why a model does not fit.
 *
 * @param classNames the name of each class, indexed by label
 * @param shape      the image shape (a model's input width is {@code shape.values()})
 */
public record DatasetSignature(List<String> classNames, ImageShape shape) {

    /** Fashion-MNIST's: the d2l lesson, and what model files from before data sets were made for. */
    public static final DatasetSignature FASHION_MNIST =
            new DatasetSignature(MnistFamily.FASHION_MNIST.classNames(), ImageShape.MNIST);

    public DatasetSignature {
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(shape, "shape");
    }

    /**
     * A signature whose class names are usable (2 to {@value Dataset#MAX_CLASSES}, none blank, no two
     * alike), as a model file must record them.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static DatasetSignature checked(List<String> classNames, ImageShape shape) {
        Dataset.checkClassNames(classNames);
        return new DatasetSignature(classNames, shape);
    }

    public int classCount() {
        return classNames.size();
    }

    /**
     * Why a model made for this signature does not fit data of {@code data}'s, in English, or empty
     * when it does, e.g. "the model is for 10 classes of 28×28 grayscale images, the data set has 3
     * classes of 32×32 colour images".
     */
    public Optional<String> mismatch(DatasetSignature data) {
        if (equals(data)) {
            return Optional.empty();
        }
        if (classCount() == data.classCount() && shape.equals(data.shape())) {
            return Optional.of("the model's classes are " + String.join(", ", classNames)
                    + "; the data set's are " + String.join(", ", data.classNames()));
        }
        return Optional.of("the model is for " + classCount() + " classes of " + shape.describe()
                + " images, the data set has " + data.classCount() + " classes of " + data.shape().describe()
                + " images");
    }
}
