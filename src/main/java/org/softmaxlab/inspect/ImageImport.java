package org.softmaxlab.inspect;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.softmaxlab.data.ImageSet;

/**
 * Turns a photo or drawing into a Fashion-MNIST-like input: grayscale, the whole picture fitted
 * into 28×28 (aspect kept, centred, padded with background), and inverted when its background is
 * light, since Fashion-MNIST shows light clothes on black.
 */
public final class ImageImport {

    /**
     * The longest side a picture is decoded at: 36 times the model's 28, so that the bicubic fit
     * still has detail to average, while a 30000 × 30000 picture costs a megapixel, not 3.6 GB.
     */
    static final int DECODED_SIDE = 1024;

    /**
     * The most pixels a picture may declare. Even subsampled, a reader inflates every row of the
     * file; past this a picture takes minutes of a core to read, and no camera makes one.
     */
    public static final long MAX_PIXELS = 1_000_000_000L;

    private ImageImport() {
    }

    /**
     * What was decoded of a picture: the image, at most {@link #DECODED_SIDE} on its longest side,
     * and the size the file declares.
     *
     * @param image       the decoded pixels, every {@code subsampling}-th row and column
     * @param width       the picture's width as stored
     * @param height      the picture's height as stored
     * @param subsampling how many stored pixels one decoded pixel stands for, in each direction
     */
    record Decoded(BufferedImage image, int width, int height, int subsampling) {
    }

    /** Reads a PNG, JPEG (or anything ImageIO reads) and converts it. */
    public static float[] read(Path file) throws ImageImportException {
        return readPicture(file).pixels();
    }

    /**
     * A picture as the model sees it, with what makes its answer meaningless or weak.
     *
     * @param pixels the 784 inputs, as {@link #convert} makes them
     * @param width  the picture's width as stored
     * @param height the picture's height as stored
     * @param blank  whether every pixel has the same gray value: there is no shape to classify
     */
    public record Picture(float[] pixels, int width, int height, boolean blank) {

        /** Whether the picture is smaller than the model's input in a direction: blown up, it has little detail. */
        public boolean tiny() {
            return width < ImageSet.COLS || height < ImageSet.ROWS;
        }
    }

    /** Reads a picture as {@link #read} does, saying also whether it is blank or smaller than the input. */
    public static Picture readPicture(Path file) throws ImageImportException {
        Decoded decoded = decode(file);
        return new Picture(convert(decoded.image()), decoded.width(), decoded.height(), isBlank(decoded.image()));
    }

    /** Whether all of {@code image}'s pixels have one gray value (within one step of 255). */
    static boolean isBlank(BufferedImage image) {
        float[] gray = grayscale(image);
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (float v : gray) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return high - low <= 1.5f / 255;
    }

    /**
     * Reads the picture's size from its header, then decodes only every n-th row and column so that
     * memory follows {@link #DECODED_SIDE}, not the picture; refuses one above {@link #MAX_PIXELS}.
     */
    static Decoded decode(Path file) throws ImageImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImageImportException(ImageImportException.Reason.NO_SUCH_FILE, name, "", null);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new ImageImportException(ImageImportException.Reason.NOT_A_PICTURE, name, "", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImageImportException(ImageImportException.Reason.TOO_LARGE, name,
                            width + " \u00d7 " + height, null);
                }
                int subsampling = subsampling(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                try {
                    return new Decoded(reader.read(0, param), width, height, subsampling);
                } catch (OutOfMemoryError e) {
                    // A reader that needs more than the heap even so: say so rather than leave the view waiting.
                    throw new ImageImportException(ImageImportException.Reason.TOO_LARGE, name,
                            width + " \u00d7 " + height, e);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageImportException(ImageImportException.Reason.UNREADABLE, name, e.getMessage(), e);
        }
    }

    /** The smallest step that brings the longest side to {@link #DECODED_SIDE} or less. */
    static int subsampling(int width, int height) {
        int longest = Math.max(width, height);
        return Math.max(1, (longest + DECODED_SIDE - 1) / DECODED_SIDE);
    }

    /** 784 values in [0, 1], row-major, light foreground on dark background. */
    public static float[] convert(BufferedImage source) {
        float[] gray = grayscale(source);
        int w = source.getWidth();
        int h = source.getHeight();
        boolean lightBackground = borderMean(gray, w, h) > 0.5;
        BufferedImage fitted = new BufferedImage(ImageSet.COLS, ImageSet.ROWS, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = fitted.createGraphics();
        try {
            int background = lightBackground ? 255 : 0;
            g.setColor(new java.awt.Color(background, background, background));
            g.fillRect(0, 0, ImageSet.COLS, ImageSet.ROWS);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = Math.min((double) ImageSet.COLS / w, (double) ImageSet.ROWS / h);
            int sw = Math.max(1, (int) Math.round(w * scale));
            int sh = Math.max(1, (int) Math.round(h * scale));
            g.drawImage(toGrayImage(gray, w, h), (ImageSet.COLS - sw) / 2, (ImageSet.ROWS - sh) / 2, sw, sh, null);
        } finally {
            g.dispose();
        }
        float[] out = new float[ImageSet.PIXELS];
        for (int y = 0; y < ImageSet.ROWS; y++) {
            for (int x = 0; x < ImageSet.COLS; x++) {
                float v = (fitted.getRaster().getSample(x, y, 0)) / 255f;
                out[y * ImageSet.COLS + x] = lightBackground ? 1f - v : v;
            }
        }
        return out;
    }

    /** Luminance in [0, 1]; transparent pixels count as the white page they usually sit on. */
    private static float[] grayscale(BufferedImage image) {
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return graySamples(image);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        float[] gray = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                double alpha = ((argb >>> 24) & 0xFF) / 255.0;
                double lum = (0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF)) / 255;
                gray[y * w + x] = (float) (alpha * lum + (1 - alpha));
            }
        }
        return gray;
    }

    /**
     * The stored gray levels of a grayscale picture, as they are meant to be seen. Not through
     * {@code getRGB}: Java gives gray PNGs a linear-light colour space, so getRGB would brighten
     * them (gray 128 came back as 188), and a Fashion-MNIST image saved as PNG would not read
     * back as itself.
     */
    private static float[] graySamples(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        float grayMax = (1 << model.getComponentSize(0)) - 1;
        boolean alpha = model.hasAlpha() && raster.getNumBands() > 1;
        float alphaMax = alpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        float[] gray = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float level = raster.getSample(x, y, 0) / grayMax;
                float a = alpha ? raster.getSample(x, y, 1) / alphaMax : 1f;
                gray[y * w + x] = a * level + (1 - a);
            }
        }
        return gray;
    }

    private static double borderMean(float[] gray, int w, int h) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            sum += gray[x] + gray[(h - 1) * w + x];
            n += 2;
        }
        for (int y = 0; y < h; y++) {
            sum += gray[y * w] + gray[y * w + w - 1];
            n += 2;
        }
        return sum / n;
    }

    private static BufferedImage toGrayImage(float[] gray, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.getRaster().setSample(x, y, 0, Math.round(gray[y * w + x] * 255));
            }
        }
        return image;
    }
}
