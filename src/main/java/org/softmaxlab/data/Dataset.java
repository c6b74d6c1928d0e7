package org.softmaxlab.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An image-classification data set: what every model and view asks instead of assuming
 * Fashion-MNIST's ten classes and 28×28 pixels.
 *
 * <p>A model's input width is {@code shape().values()} and its output width {@link #classCount()};
 * a view labels class {@code k} with {@link #className(int)} and draws an image at {@link #shape()}.
 * The pair of class names and shape is the data set's {@link #signature()}, which model files record
 * so that a model made for another data set is recognised as such.
 *
 * <p>Data sets are read by a {@link DataSource}; {@link DataSources} knows them all. Instances are
 * immutable and safe to share between threads.
 *
 * @param name        what the user calls it, e.g. "Fashion-MNIST" or an image folder's name
 * @param classNames  the name of each class, indexed by label; {@value #MIN_CLASSES} to
 *                    {@value #MAX_CLASSES}, none blank, no two alike
 * @param shape       every image's shape, in both splits
 * @param train       the training split
 * @param test        the test split
 * @param provenance  where it came from
 */
public record Dataset(String name, List<String> classNames, ImageShape shape, ImageSet train, ImageSet test,
                      Provenance provenance) {

    /** Fewer classes than this is no classification. */
    public static final int MIN_CLASSES = 2;
    /**
     * More classes than this is a folder of folders that is no lesson (ImageNet has 1,000); the limit
     * also keeps a K × K confusion matrix and a model's output layer within memory.
     */
    public static final int MAX_CLASSES = 1000;

    public Dataset {
        Objects.requireNonNull(name, "name");
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(provenance, "provenance");
        checkClassNames(classNames);
        checkSplit("training", train, shape, classNames.size());
        checkSplit("test", test, shape, classNames.size());
    }

    /** How many classes: the width of a model's output. */
    public int classCount() {
        return classNames.size();
    }

    /** The name of class {@code label}. */
    public String className(int label) {
        return classNames.get(label);
    }

    /** Numbers per image: the width of a model's input. */
    public int inputCount() {
        return shape.values();
    }

    /** The class names and image shape, which a model made for this data set must share. */
    public DatasetSignature signature() {
        return new DatasetSignature(classNames, shape);
    }

    /** A smaller copy (the first images of each split), for quick runs and tests. */
    public Dataset head(int trainCount, int testCount) {
        return new Dataset(name, classNames, shape, train.head(trainCount), test.head(testCount), provenance);
    }

    /** "Fashion-MNIST: 10 classes, 28×28 grayscale, 60,000 training and 10,000 test images". */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %d classes, %s, %,d training and %,d test images", name,
                classCount(), shape.describe(), train.size(), test.size());
    }

    /** Throws if {@code names} are not usable class names (how many, blank, repeated). */
    static void checkClassNames(List<String> names) {
        if (names.size() < MIN_CLASSES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a data set needs at least %d classes, this one has %d", MIN_CLASSES, names.size()));
        }
        if (names.size() > MAX_CLASSES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a data set has at most %,d classes, this one has %,d", MAX_CLASSES, names.size()));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String n = Objects.requireNonNull(names.get(i), "class name");
            if (n.isBlank()) {
                throw new IllegalArgumentException("class " + i + " has a blank name");
            }
            if (!seen.add(n)) {
                throw new IllegalArgumentException("two classes are both called \"" + n + "\"");
            }
        }
    }

    private static void checkSplit(String which, ImageSet split, ImageShape shape, int classes) {
        if (!split.shape().equals(shape)) {
            throw new IllegalArgumentException("the " + which + " images are " + split.shape().describe()
                    + ", the data set's " + shape.describe());
        }
        if (split.size() == 0) {
            throw new IllegalArgumentException("the " + which + " split has no images");
        }
        int max = split.maxLabel();
        if (max >= classes) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %s image has label %d, but there are only %d classes (0–%d)", which, max, classes, classes - 1));
        }
    }
}
