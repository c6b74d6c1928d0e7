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
import javax.imageio.ImageIO;
import org.softmaxlab.data.ImageSet;

/**
 * Turns a photo or drawing into a Fashion-MNIST-like input: grayscale, the whole picture fitted
 * into 28×28 (aspect kept, centred, padded with background), and inverted when its background is
 * light, since Fashion-MNIST shows light clothes on black.
 */
public final class ImageImport {

    private ImageImport() {
    }

    /** Reads a PNG, JPEG (or anything ImageIO reads) and converts it. */
    public static float[] read(Path file) throws ImageImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImageImportException(ImageImportException.Reason.NO_SUCH_FILE, name, "", null);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ImageImportException(ImageImportException.Reason.UNREADABLE, name, e.getMessage(), e);
        }
        if (image == null) {
            throw new ImageImportException(ImageImportException.Reason.NOT_A_PICTURE, name, "", null);
        }
        return convert(image);
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
