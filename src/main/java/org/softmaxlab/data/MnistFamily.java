package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The MNIST family: data sets of 28×28 grayscale images in ten classes, 60,000 for training and
 * 10,000 for testing, published as the same four IDX files. Fashion-MNIST is SoftmaxLab's default
 * and the d2l lesson's data set.
 *
 * <p>Class names as torchvision's {@code torchvision/datasets/mnist.py} gives them (for MNIST the
 * digits alone, which read better on a confusion matrix than torchvision's "0 - zero").
 */
public enum MnistFamily {

    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")),
    MNIST("mnist", "MNIST", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    KMNIST("kmnist", "Kuzushiji-MNIST", List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"));

    private final String id;
    private final String displayName;
    private final List<String> classNames;

    MnistFamily(String id, String displayName, List<String> classNames) {
        this.id = id;
        this.displayName = displayName;
        this.classNames = classNames;
    }

    /** The name on the command line and in settings: "fashion-mnist", "mnist", "kmnist". */
    public String id() {
        return id;
    }

    /** The name people write: "Fashion-MNIST", "MNIST", "Kuzushiji-MNIST". */
    public String displayName() {
        return displayName;
    }

    /** The ten class names, indexed by label. */
    public List<String> classNames() {
        return classNames;
    }

    /** The member named {@code name}: its id or display name, any case. */
    public static Optional<MnistFamily> byName(String name) {
        String n = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
        for (MnistFamily member : values()) {
            if (member.id.equals(n) || member.displayName.toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /** What this data set's IDX files must hold: 28×28 images, labels 0–9. */
    IdxReader.Expected expectation() {
        return new IdxReader.Expected(displayName, ImageShape.MNIST, classNames.size());
    }

    /** Reads and validates the four files in {@code dir} (each gzipped or plain) as this data set. */
    public Dataset load(Path dir) throws DatasetException {
        return IdxFolder.read(dir, this,
                new Provenance(Provenance.Kind.MNIST_FAMILY, dir.toString(), ""));
    }
}
