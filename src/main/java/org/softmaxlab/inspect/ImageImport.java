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
import org.softmaxlab.data.ImageShape;

/**
 * Turns a photo or drawing into a model input of the data set's {@link ImageShape}: the whole picture
 * fitted into height × width (aspect kept, centred, padded with its background). For grayscale data
 * it is inverted when its background is light, since the MNIST family shows light strokes on black;
 * colour data keeps its colours, padded with the mean colour of the picture's border.
 */
public final class ImageImport {

    /**
     * The longest side a picture is decoded at: 36 times Fashion-MNIST's 28, so that the bicubic fit
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

    /** Reads a PNG, JPEG (or anything ImageIO reads) and converts it to {@code shape}. */
    public static float[] read(Path file, ImageShape shape) throws ImageImportException {
        return readPicture(file, shape).pixels();
    }

    /**
     * A picture as the model sees it, with what makes its answer meaningless or weak.
     *
     * @param pixels the model's inputs, as {@link #convert} makes them for {@code shape}
     * @param width  the picture's width as stored
     * @param height the picture's height as stored
     * @param blank  whether every pixel has the same gray value: there is no shape to classify
     * @param shape  the data set's image shape it was converted to
     */
    public record Picture(float[] pixels, int width, int height, boolean blank, ImageShape shape) {

        /** Whether the picture is smaller than the model's input in a direction: blown up, it has little detail. */
        public boolean tiny() {
            return width < shape.width() || height < shape.height();
        }
    }

    /** Reads a picture as {@link #read} does, saying also whether it is blank or smaller than the input. */
    public static Picture readPicture(Path file, ImageShape shape) throws ImageImportException {
        Decoded decoded = decode(file);
        return new Picture(convert(decoded.image(), shape), decoded.width(), decoded.height(),
                isBlank(decoded.image()), shape);
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

    /**
     * {@code shape.values()} values in [0, 1], laid out as {@link ImageShape} says: for grayscale,
     * light foreground on dark background; for colour, the picture's own colours.
     */
    public static float[] convert(BufferedImage source, ImageShape shape) {
        if (shape.isColour()) {
            return convertColour(source, shape);
        }
        int cols = shape.width();
        int rows = shape.height();
        float[] gray = grayscale(source);
        int w = source.getWidth();
        int h = source.getHeight();
        boolean lightBackground = borderMean(gray, w, h) > 0.5;
        int background = lightBackground ? 255 : 0;
        BufferedImage fitted = fit(toGrayImage(gray, w, h), cols, rows, BufferedImage.TYPE_BYTE_GRAY,
                new java.awt.Color(background, background, background));
        float[] out = new float[shape.values()];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float v = (fitted.getRaster().getSample(x, y, 0)) / 255f;
                out[y * cols + x] = lightBackground ? 1f - v : v;
            }
        }
        return out;
    }

    /** The picture in colour, fitted and padded with its border's mean colour; red, green, blue planes. */
    private static float[] convertColour(BufferedImage source, ImageShape shape) {
        int cols = shape.width();
        int rows = shape.height();
        BufferedImage fitted = fit(source, cols, rows, BufferedImage.TYPE_INT_RGB, borderColour(source));
        float[] out = new float[shape.values()];
        int plane = shape.pixels();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int rgb = fitted.getRGB(x, y);
                int p = y * cols + x;
                out[p] = ((rgb >> 16) & 0xFF) / 255f;
                out[plane + p] = ((rgb >> 8) & 0xFF) / 255f;
                out[2 * plane + p] = (rgb & 0xFF) / 255f;
            }
        }
        return out;
    }

    /** {@code source} scaled to fit {@code cols × rows} with its aspect kept, centred on {@code background}. */
    private static BufferedImage fit(BufferedImage source, int cols, int rows, int type, java.awt.Color background) {
        int w = source.getWidth();
        int h = source.getHeight();
        BufferedImage fitted = new BufferedImage(cols, rows, type);
        Graphics2D g = fitted.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, cols, rows);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = Math.min((double) cols / w, (double) rows / h);
            int sw = Math.max(1, (int) Math.round(w * scale));
            int sh = Math.max(1, (int) Math.round(h * scale));
            g.drawImage(source, (cols - sw) / 2, (rows - sh) / 2, sw, sh, null);
        } finally {
            g.dispose();
        }
        return fitted;
    }

    /** The mean colour of the picture's outermost pixels (transparent ones count as white). */
    private static java.awt.Color borderColour(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        long[] sum = new long[3];
        int n = 0;
        for (int x = 0; x < w; x++) {
            n += addOpaque(sum, image.getRGB(x, 0)) + addOpaque(sum, image.getRGB(x, h - 1));
        }
        for (int y = 0; y < h; y++) {
            n += addOpaque(sum, image.getRGB(0, y)) + addOpaque(sum, image.getRGB(w - 1, y));
        }
        return new java.awt.Color((int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n));
    }

    private static int addOpaque(long[] sum, int argb) {
        double a = ((argb >>> 24) & 0xFF) / 255.0;
        sum[0] += Math.round(a * ((argb >> 16) & 0xFF) + (1 - a) * 255);
        sum[1] += Math.round(a * ((argb >> 8) & 0xFF) + (1 - a) * 255);
        sum[2] += Math.round(a * (argb & 0xFF) + (1 - a) * 255);
        return 1;
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
