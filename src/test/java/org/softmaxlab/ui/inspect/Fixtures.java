package org.softmaxlab.ui.inspect;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.train.Evaluation;

/** Made-up evaluations and images whose every number the tests can work out by hand. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * {@code size} images, image i of class i % 10; the first {@code wrong} are predicted as the next
     * class up or two up, the rest correctly. The predicted class gets probability q(i) between 0.4
     * and 0.9 (varying with i), the other nine share the rest equally.
     */
    public static Evaluation evaluation(int size, int wrong) {
        int[] labels = new int[size];
        int[] predictions = new int[size];
        float[] probabilities = new float[size * 10];
        for (int i = 0; i < size; i++) {
            labels[i] = i % 10;
            predictions[i] = i < wrong ? (labels[i] + 1 + i % 2) % 10 : labels[i];
            float q = confidence(i);
            for (int c = 0; c < 10; c++) {
                probabilities[i * 10 + c] = c == predictions[i] ? q : (1 - q) / 9;
            }
        }
        return new Evaluation(10, labels, predictions, probabilities, 0.5);
    }

    /** Softmax regression's [785 × 10] parameters, small pseudo-random numbers drawn from {@code seed}. */
    public static float[] linearParameters(long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] parameters = new float[(ImageShape.MNIST.values() + 1) * 10];
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] = (float) (random.nextGaussian() * 0.05);
        }
        return parameters;
    }

    /** {@code images} as softmax regression with {@code parameters} classifies them, the parameters kept with it. */
    public static Evaluation evaluationOf(ImageSet images, float[] parameters) {
        org.softmaxlab.inspect.ImageClassifier classifier = new org.softmaxlab.inspect.ImageClassifier(
                org.softmaxlab.testing.FashionModels.spec(parameters), parameters);
        int n = images.size();
        int[] labels = new int[n];
        int[] predictions = new int[n];
        float[] probabilities = new float[n * 10];
        float[] pixels = new float[ImageShape.MNIST.values()];
        for (int i = 0; i < n; i++) {
            labels[i] = images.label(i);
            images.copyScaledRow(i, pixels, 0);
            float[] p = classifier.probabilities(pixels);
            System.arraycopy(p, 0, probabilities, i * 10, 10);
            for (int c = 1; c < 10; c++) {
                predictions[i] = p[c] > p[predictions[i]] ? c : predictions[i];
            }
        }
        return new Evaluation(10, labels, predictions, probabilities, Double.NaN, parameters.clone());
    }

    /** The probability image i's prediction gets in {@link #evaluation}. */
    public static float confidence(int i) {
        return 0.4f + 0.5f * ((i * 37) % 100) / 100f;
    }

    /** {@code size} images whose pixel (row, col) of image i is (i + row + col) % 256; labels i % 10. */
    public static ImageSet images(int size) {
        byte[] pixels = new byte[size * ImageShape.MNIST.values()];
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            labels[i] = i % 10;
            for (int p = 0; p < ImageShape.MNIST.values(); p++) {
                pixels[i * ImageShape.MNIST.values() + p] = (byte) ((i + p / ImageShape.MNIST.width() + p % ImageShape.MNIST.width()) % 256);
            }
        }
        return new ImageSet(ImageShape.MNIST, pixels, labels);
    }

    /** Writes test image {@code index} of {@code images} as a grayscale PNG. */
    public static Path writePng(ImageSet images, int index, Path file) throws IOException {
        BufferedImage picture = new BufferedImage(ImageShape.MNIST.width(), ImageShape.MNIST.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int row = 0; row < ImageShape.MNIST.height(); row++) {
            for (int col = 0; col < ImageShape.MNIST.width(); col++) {
                picture.getRaster().setSample(col, row, 0, images.pixel(index, row, col));
            }
        }
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }
}
