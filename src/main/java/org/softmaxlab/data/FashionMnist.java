package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The Fashion-MNIST data set: 60,000 training and 10,000 test images of ten clothing classes.
 *
 * @param train the training images
 * @param test  the test images
 */
public record FashionMnist(ImageSet train, ImageSet test) {

    public static final int CLASS_COUNT = 10;

    /** The class names, indexed by label, as in the data set's documentation. */
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    public FashionMnist {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }

    /** Reads and validates the four files in {@code dir} (each gzipped or plain). */
    public static FashionMnist load(Path dir) throws DatasetException {
        Objects.requireNonNull(dir, "dir");
        if (!dir.toFile().exists()) {
            throw new DatasetFolderException(dir, FolderProblem.of(FolderProblem.Kind.NO_SUCH_FOLDER));
        }
        if (!dir.toFile().isDirectory()) {
            throw new DatasetFolderException(dir, FolderProblem.of(FolderProblem.Kind.NOT_A_FOLDER));
        }
        ImageSet train = IdxReader.read(DatasetFile.TRAIN_IMAGES.resolveIn(dir), DatasetFile.TRAIN_LABELS.resolveIn(dir));
        ImageSet test = IdxReader.read(DatasetFile.TEST_IMAGES.resolveIn(dir), DatasetFile.TEST_LABELS.resolveIn(dir));
        return new FashionMnist(train, test);
    }

    /** The name of class {@code label}. */
    public static String className(int label) {
        return CLASS_NAMES.get(label);
    }

    /** A smaller copy (the first images of each split), for quick runs and tests. */
    public FashionMnist head(int trainCount, int testCount) {
        return new FashionMnist(train.head(trainCount), test.head(testCount));
    }
}
