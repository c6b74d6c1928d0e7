package org.softmaxlab.testing;

import java.util.Random;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;

/** Small made-up image sets for tests that need shapes, not Fashion-MNIST itself. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** {@code count} images of random pixels with random labels 0–9. */
    public static ImageSet images(int count, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * ImageSet.PIXELS];
        random.nextBytes(pixels);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(FashionMnist.CLASS_COUNT);
        }
        return new ImageSet(pixels, labels);
    }

    public static FashionMnist dataset(int trainCount, int testCount, long seed) {
        return new FashionMnist(images(trainCount, seed), images(testCount, seed + 1));
    }
}
