package org.softmaxlab.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.Stroke;

/**
 * Digits and shapes as a hand would draw them on a pad: a template of strokes per digit in a unit
 * square, moved, scaled, slanted and wobbled at random (seeded), then put on a pad of a given size.
 * For tests and screenshots that need drawings without a person at the pad.
 */
public final class DrawnDigits {

    /** Strokes per digit, each stroke x0, y0, x1, y1, … in [0, 1]², y downwards. */
    private static final float[][][] DIGITS = {
            {ellipse(0.5f, 0.5f, 0.3f, 0.42f, 14)},
            {{0.35f, 0.25f, 0.55f, 0.08f, 0.55f, 0.92f}},
            {{0.2f, 0.3f, 0.3f, 0.12f, 0.55f, 0.08f, 0.75f, 0.2f, 0.75f, 0.38f, 0.2f, 0.9f, 0.85f, 0.9f}},
            {{0.2f, 0.15f, 0.5f, 0.06f, 0.75f, 0.2f, 0.7f, 0.38f, 0.45f, 0.48f, 0.75f, 0.6f, 0.78f, 0.8f, 0.5f, 0.94f,
                    0.2f, 0.85f}},
            {{0.6f, 0.08f, 0.2f, 0.62f, 0.85f, 0.62f}, {0.65f, 0.35f, 0.65f, 0.94f}},
            {{0.78f, 0.08f, 0.3f, 0.08f, 0.25f, 0.45f, 0.55f, 0.4f, 0.78f, 0.58f, 0.72f, 0.86f, 0.45f, 0.94f,
                    0.2f, 0.84f}},
            {{0.72f, 0.08f, 0.4f, 0.3f, 0.25f, 0.62f, 0.32f, 0.88f, 0.55f, 0.94f, 0.75f, 0.78f, 0.65f, 0.56f,
                    0.4f, 0.55f, 0.27f, 0.66f}},
            {{0.18f, 0.1f, 0.82f, 0.1f, 0.4f, 0.92f}},
            {ellipse(0.5f, 0.28f, 0.22f, 0.2f, 12), ellipse(0.5f, 0.71f, 0.27f, 0.22f, 12)},
            {ellipse(0.48f, 0.3f, 0.25f, 0.22f, 12), {0.73f, 0.3f, 0.7f, 0.94f}},
    };

    private final Random random;

    /** Drawings that differ from run to run only through {@code seed}. */
    public DrawnDigits(long seed) {
        random = new Random(seed);
    }

    /** A closed ellipse as one stroke. */
    private static float[] ellipse(float cx, float cy, float rx, float ry, int points) {
        float[] xy = new float[2 * (points + 1)];
        for (int i = 0; i <= points; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / points;
            xy[2 * i] = (float) (cx + rx * Math.cos(a));
            xy[2 * i + 1] = (float) (cy + ry * Math.sin(a));
        }
        return xy;
    }

    /** The strokes of {@code digit} (0–9), unit square, unchanged. */
    public static float[][] template(int digit) {
        return DIGITS[digit];
    }

    /** {@code digit} drawn by hand on a {@code side × side} pad: somewhere on it, at some size, a little slanted. */
    public Drawing digit(int digit, double side) {
        return draw(DIGITS[digit], side);
    }

    /** Any template (strokes in the unit square) drawn by hand on a {@code side × side} pad. */
    public Drawing draw(float[][] strokes, double side) {
        double size = side * (0.45 + 0.4 * random.nextDouble());
        double left = (side - size) * random.nextDouble();
        double top = (side - size) * random.nextDouble();
        double slant = (random.nextDouble() - 0.5) * 0.4;
        double squash = 0.85 + 0.3 * random.nextDouble();
        List<Stroke> out = new ArrayList<>();
        for (float[] template : strokes) {
            float[] xy = new float[template.length];
            for (int i = 0; i < template.length; i += 2) {
                double x = template[i] + (random.nextDouble() - 0.5) * 0.04;
                double y = template[i + 1] + (random.nextDouble() - 0.5) * 0.04;
                x = 0.5 + (x - 0.5) * squash + slant * (0.5 - y);
                xy[i] = (float) Math.max(0, Math.min(side, left + x * size));
                xy[i + 1] = (float) Math.max(0, Math.min(side, top + y * size));
            }
            out.add(Stroke.of(xy));
        }
        return new Drawing(out, side, side);
    }
}
