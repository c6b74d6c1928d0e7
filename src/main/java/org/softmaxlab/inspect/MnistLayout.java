package org.softmaxlab.inspect;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Lays a drawing out the way MNIST's digits were made (LeCun et al.): the strokes' bounding box is
 * scaled, aspect kept and anti-aliased, to fit a 20×20 box, and placed in the 28×28 field so that
 * the ink's centre of mass falls on the field's centre (14, 14 in pixel-edge coordinates, i.e.
 * between pixels 13 and 14). Light strokes on black, like the data. So a model trained on MNIST
 * reads a digit drawn anywhere on the pad, at any size.
 *
 * <p>The strokes are drawn again at the target scale rather than shrinking a picture of the pad:
 * the pen is then a fixed share of the drawing's size ({@value #PEN_SHARE} of its longer side,
 * about 2.5 of the 20 pixels, MNIST's stroke width), so a small drawing does not turn into a blot.
 * The shift that centres the mass is whole or fractional (the ink is drawn again, shifted), and
 * stops where the box would leave the field (a far-off-centre mass, rare for a real drawing).
 *
 * <p>Fields of other sizes keep the proportions: the box is 20/28 of the shorter side.
 */
public final class MnistLayout {

    /** The pen's width as a share of the drawing's longer side. */
    static final double PEN_SHARE = 0.14;
    /** The shortest side a drawing counts as, as a share of the surface: a dot stays a dot, not a disc. */
    static final double SMALLEST_SHARE = 0.1;
    /** Sub-pixels per output pixel in each direction: the anti-aliasing. */
    private static final int SUPERSAMPLE = 4;

    private MnistLayout() {
    }

    /** The box side in a field of {@code rows × cols}: 20 in MNIST's 28×28. */
    public static double boxSide(int rows, int cols) {
        return 20.0 * Math.min(rows, cols) / 28.0;
    }

    /**
     * The drawing as a {@code rows × cols} model input: values in [0, 1], row-major, light on dark.
     *
     * @throws EmptyDrawingException when nothing is drawn
     */
    public static float[] layOut(Drawing drawing, int rows, int cols) throws EmptyDrawingException {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a field needs a size above 0, got " + rows + " × " + cols);
        }
        if (drawing.isEmpty()) {
            throw new EmptyDrawingException();
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Stroke s : drawing.strokes()) {
            for (int i = 0; i < s.size(); i++) {
                minX = Math.min(minX, s.x(i));
                maxX = Math.max(maxX, s.x(i));
                minY = Math.min(minY, s.y(i));
                maxY = Math.max(maxY, s.y(i));
            }
        }
        double extent = Math.max(Math.max(maxX - minX, maxY - minY),
                SMALLEST_SHARE * Math.max(drawing.width(), drawing.height()));
        double pen = PEN_SHARE * extent;
        double inkWidth = maxX - minX + pen;
        double inkHeight = maxY - minY + pen;
        // extent + pen ≥ either ink side: a dot or a dash is drawn at the smallest size, not blown up.
        double scale = boxSide(rows, cols) / (extent + pen);
        // First the ink box centred in the field; then shifted by where its mass fell.
        double dx = cols / 2.0 - (minX + maxX) / 2 * scale;
        double dy = rows / 2.0 - (minY + maxY) / 2 * scale;
        float[] first = render(drawing, rows, cols, scale, dx, dy, pen);
        double[] mass = centreOfMass(first, rows, cols);
        double roomX = Math.max(0, (cols - inkWidth * scale) / 2);
        double roomY = Math.max(0, (rows - inkHeight * scale) / 2);
        double shiftX = clamp(cols / 2.0 - mass[0], roomX);
        double shiftY = clamp(rows / 2.0 - mass[1], roomY);
        return render(drawing, rows, cols, scale, dx + shiftX, dy + shiftY, pen);
    }

    /**
     * The centre of mass of a {@code rows × cols} picture in pixel-edge coordinates (pixel i spans
     * [i, i + 1], so a field's centre is cols / 2): {x, y}; the field's centre when it is all black.
     */
    public static double[] centreOfMass(float[] pixels, int rows, int cols) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = pixels[r * cols + c];
                sum += v;
                sx += v * (c + 0.5);
                sy += v * (r + 0.5);
            }
        }
        return sum == 0 ? new double[] {cols / 2.0, rows / 2.0} : new double[] {sx / sum, sy / sum};
    }

    private static double clamp(double shift, double room) {
        return Math.max(-room, Math.min(room, shift));
    }

    /** The strokes at {@code scale}, then moved by (dx, dy) output pixels, area-averaged from sub-pixels. */
    private static float[] render(Drawing drawing, int rows, int cols, double scale, double dx, double dy, double pen) {
        BufferedImage canvas = new BufferedImage(cols * SUPERSAMPLE, rows * SUPERSAMPLE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            double s = scale * SUPERSAMPLE;
            double width = pen * s;
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Stroke stroke : drawing.strokes()) {
                double x0 = stroke.x(0) * s + dx * SUPERSAMPLE;
                double y0 = stroke.y(0) * s + dy * SUPERSAMPLE;
                if (stroke.size() == 1) {
                    g.fill(new Ellipse2D.Double(x0 - width / 2, y0 - width / 2, width, width));
                    continue;
                }
                Path2D.Double path = new Path2D.Double();
                path.moveTo(x0, y0);
                for (int i = 1; i < stroke.size(); i++) {
                    path.lineTo(stroke.x(i) * s + dx * SUPERSAMPLE, stroke.y(i) * s + dy * SUPERSAMPLE);
                }
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return downsample(canvas.getRaster(), rows, cols);
    }

    private static float[] downsample(Raster raster, int rows, int cols) {
        float[] out = new float[rows * cols];
        int[] block = new int[SUPERSAMPLE * SUPERSAMPLE];
        float norm = 255f * block.length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                raster.getSamples(c * SUPERSAMPLE, r * SUPERSAMPLE, SUPERSAMPLE, SUPERSAMPLE, 0, block);
                int sum = 0;
                for (int v : block) {
                    sum += v;
                }
                out[r * cols + c] = sum / norm;
            }
        }
        return out;
    }
}
