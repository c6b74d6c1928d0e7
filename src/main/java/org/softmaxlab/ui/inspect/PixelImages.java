package org.softmaxlab.ui.inspect;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.softmaxlab.data.ImageSet;

/**
 * 28×28 pictures on screen: written pixel for pixel into a {@link WritableImage} of the same size and
 * enlarged by an {@link ImageView} without smoothing, so each input pixel stays a sharp square (a
 * blurred enlargement would hide exactly what the model sees).
 */
public final class PixelImages {

    /** Width and height of an input image in pixels. */
    public static final int SIZE = ImageSet.COLS;

    private PixelImages() {
    }

    /** A blank (transparent) 28×28 image to write into. */
    public static WritableImage blank() {
        return new WritableImage(SIZE, SIZE);
    }

    /** An image view that shows {@code image} enlarged to {@code size}×{@code size}, crisply. */
    public static ImageView crispView(WritableImage image, double size) {
        ImageView view = new ImageView(image);
        view.setSmooth(false);
        view.setFitWidth(size);
        view.setFitHeight(size);
        return view;
    }

    /**
     * Writes test image {@code index} of {@code images} into {@code target} as grayscale, light on
     * dark like the data set. {@code buffer} (784 ints) is scratch space, reused so that scrolling
     * a gallery allocates nothing.
     */
    public static void writeImage(ImageSet images, int index, int[] buffer, WritableImage target) {
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                buffer[row * SIZE + col] = gray(images.pixel(index, row, col));
            }
        }
        writeArgb(buffer, target);
    }

    /** Writes 784 values in [0, 1] (a model input) into {@code target} as grayscale. */
    public static void writeScaled(float[] pixels, WritableImage target) {
        int[] argb = new int[ImageSet.PIXELS];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = gray(Math.round(Math.max(0f, Math.min(1f, pixels[p])) * 255));
        }
        writeArgb(argb, target);
    }

    /** Writes 784 ARGB pixels, row-major, into {@code target}. */
    public static void writeArgb(int[] argb, WritableImage target) {
        target.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), argb, 0, SIZE);
    }

    private static int gray(int value) {
        return 0xFF000000 | (value << 16) | (value << 8) | value;
    }
}
