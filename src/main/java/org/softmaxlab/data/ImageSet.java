package org.softmaxlab.data;

import java.util.Locale;
import java.util.Objects;

/**
 * Images of one {@link ImageShape} with their class labels: one split (train or test) of a
 * {@link Dataset}.
 *
 * <p>Pixels are kept as unsigned bytes (one copy, {@code shape.values()} bytes an image, laid out as
 * {@link ImageShape} says); callers scale them to [0, 1] like torchvision's {@code ToTensor} through
 * {@link #copyScaledRow}. Instances are immutable once built and safe to share between threads.
 */
public final class ImageSet {

    /** byte value → value / 255f, so scaling a row is a table look-up rather than a division. */
    private static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALED[v] = v / 255f;
        }
    }

    private final ImageShape shape;
    private final byte[] pixels;
    private final int[] labels;

    /**
     * @param shape  every image's shape
     * @param pixels {@code labels.length * shape.values()} unsigned bytes, image after image (kept, not copied)
     * @param labels one class index ≥ 0 per image (kept, not copied); {@link Dataset} checks them
     *               against its class count
     */
    public ImageSet(ImageShape shape, byte[] pixels, int[] labels) {
        this.shape = Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        if (pixels.length != (long) labels.length * shape.values()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "pixels hold %d bytes, expected %d images × %d",
                    pixels.length, labels.length, shape.values()));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is negative");
            }
        }
        this.pixels = pixels;
        this.labels = labels;
    }

    public ImageShape shape() {
        return shape;
    }

    public int size() {
        return labels.length;
    }

    /** The class index of image {@code index}. */
    public int label(int index) {
        return labels[index];
    }

    /** The largest label, or -1 for an empty set. */
    public int maxLabel() {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max;
    }

    /** The raw value 0–255 of channel {@code channel} at (row, col) of image {@code index}. */
    public int value(int index, int channel, int row, int col) {
        return pixels[index * shape.values() + channel * shape.pixels() + row * shape.width() + col] & 0xFF;
    }

    /**
     * The brightness 0–255 at (row, col) of image {@code index}: the pixel itself for grayscale, the
     * mean of red, green and blue for colour.
     */
    public int pixel(int index, int row, int col) {
        if (!shape.isColour()) {
            return value(index, 0, row, col);
        }
        return (value(index, 0, row, col) + value(index, 1, row, col) + value(index, 2, row, col)) / 3;
    }

    /** The pixel at (row, col) of image {@code index} as opaque ARGB (gray for a grayscale set). */
    public int argb(int index, int row, int col) {
        int r = value(index, 0, row, col);
        if (!shape.isColour()) {
            return 0xFF00_0000 | r << 16 | r << 8 | r;
        }
        return 0xFF00_0000 | r << 16 | value(index, 1, row, col) << 8 | value(index, 2, row, col);
    }

    /** Image {@code index} as {@code shape().values()} values in [0, 1], written to {@code dest} from {@code offset}. */
    public void copyScaledRow(int index, float[] dest, int offset) {
        int n = shape.values();
        int base = index * n;
        for (int p = 0; p < n; p++) {
            dest[offset + p] = SCALED[pixels[base + p] & 0xFF];
        }
    }

    /** Image {@code index} as {@code shape().values()} values in [0, 1]. */
    public float[] scaledRow(int index) {
        float[] row = new float[shape.values()];
        copyScaledRow(index, row, 0);
        return row;
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** The first {@code count} images (for quick runs and tests); this set itself if count ≥ size. */
    public ImageSet head(int count) {
        if (count >= size()) {
            return this;
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be ≥ 1, was " + count);
        }
        byte[] p = new byte[count * shape.values()];
        System.arraycopy(pixels, 0, p, 0, p.length);
        int[] l = new int[count];
        System.arraycopy(labels, 0, l, 0, count);
        return new ImageSet(shape, p, l);
    }

    /** The images at {@code indices}, in that order (e.g. one side of a split). */
    public ImageSet select(int[] indices) {
        int n = shape.values();
        byte[] p = new byte[indices.length * n];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * n, p, i * n, n);
            l[i] = labels[indices[i]];
        }
        return new ImageSet(shape, p, l);
    }

    /** The pixel bytes themselves, for the cache writer; not to be modified. */
    byte[] rawPixels() {
        return pixels;
    }

    /** The labels themselves, for the cache writer; not to be modified. */
    int[] rawLabels() {
        return labels;
    }
}
