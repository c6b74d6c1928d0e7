package org.softmaxlab.session;

import java.util.Objects;
import org.softmaxlab.data.Dataset;

/**
 * The data set a run trained on, as the run list, its labels and its CSV name it. Runs of several data
 * sets live in one session (a switch keeps the runs before it); two runs can only be compared on the
 * test set when they share a {@link #key}: the same images, read from the same place at the same shape.
 *
 * @param name what the user calls the data set: "Fashion-MNIST", an image folder's name
 * @param key  tells apart two data sets that share a name (where it was read from, and its shape)
 */
public record RunDataset(String name, String key) {

    /** The d2l lesson's data set, as runs made before a data set was named (and tests) assume. */
    public static final RunDataset FASHION_MNIST = new RunDataset("Fashion-MNIST", "fashion-mnist");

    public RunDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }

    /** {@code data}'s name, and a key made of where it was read from and its image shape. */
    public static RunDataset of(Dataset data) {
        return new RunDataset(data.name(), data.provenance().location() + " " + data.shape().describe());
    }

    /** Whether a run of this data set and a run of {@code other} were tested on the same images. */
    public boolean sameAs(RunDataset other) {
        return key.equals(other.key);
    }
}
