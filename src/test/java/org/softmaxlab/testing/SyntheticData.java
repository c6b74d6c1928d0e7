package org.softmaxlab.testing;

import java.util.Random;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.data.Provenance;

/** Small made-up image sets for tests that need shapes, not Fashion-MNIST itself. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** {@code count} images of random pixels with random labels 0–9. */
    public static ImageSet images(int count, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * ImageShape.MNIST.values()];
        random.nextBytes(pixels);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(MnistFamily.FASHION_MNIST.classNames().size());
        }
        return new ImageSet(ImageShape.MNIST, pixels, labels);
    }

    public static Dataset dataset(int trainCount, int testCount, long seed) {
        return fashionLike(images(trainCount, seed), images(testCount, seed + 1));
    }

    /** {@code train} and {@code test} (28×28, labels 0–9) as a data set with Fashion-MNIST's class names. */
    public static Dataset fashionLike(ImageSet train, ImageSet test) {
        return new Dataset("synthetic", MnistFamily.FASHION_MNIST.classNames(), ImageShape.MNIST, train, test,
                Provenance.inMemory("made up by a test"));
    }

    /**
     * A data set of {@code classes} classes that a linear model can tell apart: class k's images are
     * bright in the k-th horizontal band of the picture (in colour, in channel k % 3), dark elsewhere,
     * with seeded noise; class names in several scripts, so that nothing assumes ASCII.
     */
    public static Dataset bands(ImageShape shape, int classes, int trainCount, int testCount, long seed) {
        java.util.List<String> names = new java.util.ArrayList<>();
        String[] scripts = {"猫", "Ωμέγα", "собака", "كلب", "🐟 fish", "cat"};
        for (int k = 0; k < classes; k++) {
            names.add(scripts[k % scripts.length] + (k < scripts.length ? "" : " " + k));
        }
        return new Dataset("bands", names, shape, bandImages(shape, classes, trainCount, seed),
                bandImages(shape, classes, testCount, seed + 1), Provenance.inMemory("made up by a test"));
    }

    private static ImageSet bandImages(ImageShape shape, int classes, int count, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * shape.values()];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int k = i % classes;
            labels[i] = k;
            int channel = shape.isColour() ? k % 3 : 0;
            for (int c = 0; c < shape.channels(); c++) {
                for (int y = 0; y < shape.height(); y++) {
                    boolean band = c == channel && y * classes / shape.height() == k;
                    for (int x = 0; x < shape.width(); x++) {
                        int v = (band ? 180 : 30) + random.nextInt(60);
                        pixels[i * shape.values() + c * shape.pixels() + y * shape.width() + x] = (byte) v;
                    }
                }
            }
        }
        return new ImageSet(shape, pixels, labels);
    }
}
