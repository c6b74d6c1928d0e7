package org.softmaxlab.data;

import java.util.Objects;

/**
 * A set of 28×28 grayscale images with their class labels, as read from IDX files.
 *
 * <p>Pixels are kept as the original unsigned bytes (one copy, 784 bytes an image); callers scale
 * them to [0, 1] like torchvision's {@code ToTensor} through {@link #copyScaledRow}. Instances are
 * immutable once built and safe to share between threads.
 */
public final class ImageSet {

    public static final int ROWS = 28;
    public static final int COLS = 28;
    public static final int PIXELS = ROWS * COLS;

    /** byte value → value / 255f, so scaling a row is a table look-up rather than a division. */
    private static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALED[v] = v / 255f;
        }
    }

    private final byte[] pixels;
    private final byte[] labels;

    /**
     * @param pixels {@code labels.length * 784} unsigned bytes, image after image, row-major
     * @param labels one class index 0–9 per image
     */
    public ImageSet(byte[] pixels, byte[] labels) {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        if (pixels.length != (long) labels.length * PIXELS) {
            throw new IllegalArgumentException("pixels hold " + pixels.length + " bytes, expected "
                    + labels.length + " images × " + PIXELS);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= FashionMnist.CLASS_COUNT) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is not 0–9");
            }
        }
        this.pixels = pixels;
        this.labels = labels;
    }

    public int size() {
        return labels.length;
    }

    /** The class index 0–9 of image {@code index}. */
    public int label(int index) {
        return labels[index];
    }

    /** The raw pixel value 0–255 at (row, col) of image {@code index}. */
    public int pixel(int index, int row, int col) {
        return pixels[index * PIXELS + row * COLS + col] & 0xFF;
    }

    /** Image {@code index} as 784 values in [0, 1], written to {@code dest} from {@code offset}. */
    public void copyScaledRow(int index, float[] dest, int offset) {
        int base = index * PIXELS;
        for (int p = 0; p < PIXELS; p++) {
            dest[offset + p] = SCALED[pixels[base + p] & 0xFF];
        }
    }

    /** A copy of all labels. */
    public int[] labels() {
        int[] copy = new int[labels.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = labels[i];
        }
        return copy;
    }

    /** The first {@code count} images (for quick runs and tests); this set itself if count ≥ size. */
    public ImageSet head(int count) {
        if (count >= size()) {
            return this;
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be ≥ 1, was " + count);
        }
        byte[] p = new byte[count * PIXELS];
        System.arraycopy(pixels, 0, p, 0, p.length);
        byte[] l = new byte[count];
        System.arraycopy(labels, 0, l, 0, count);
        return new ImageSet(p, l);
    }
}
