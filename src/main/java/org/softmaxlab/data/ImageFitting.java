package org.softmaxlab.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Fits a picture into a model's input size the one way SoftmaxLab does, for Your image and image
 * folders alike: scaled (bicubic) so that the whole picture fits, aspect kept, centred, the rest padded
 * with a background colour, by default the mean colour of the picture's border, so that a photo on
 * white is padded white and a drawing on black black. Plain Java2D, safe on any thread.
 */
public final class ImageFitting {

    private ImageFitting() {
    }

    /** {@code source} scaled to fit {@code cols × rows} with its aspect kept, centred on {@code background}. */
    public static BufferedImage fit(BufferedImage source, int cols, int rows, int type, java.awt.Color background) {
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
    public static java.awt.Color borderColour(BufferedImage image) {
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
}
