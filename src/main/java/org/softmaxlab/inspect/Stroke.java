package org.softmaxlab.inspect;

import java.util.Arrays;

/**
 * One stroke of a pen, mouse or finger: the points it passed through, in the drawing surface's
 * coordinates. A tap is a stroke of one point (a dot).
 */
public final class Stroke {

    private final float[] xy;

    private Stroke(float[] xy) {
        this.xy = xy;
    }

    /**
     * @param xy x0, y0, x1, y1, … (copied); at least one point
     * @throws IllegalArgumentException for an odd count, no point, or a coordinate that is not finite
     */
    public static Stroke of(float... xy) {
        if (xy.length == 0 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a stroke needs x, y pairs, got " + xy.length + " numbers");
        }
        for (float v : xy) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("a stroke's coordinates must be finite, got " + v);
            }
        }
        return new Stroke(xy.clone());
    }

    /** This stroke continued to ({@code x}, {@code y}). */
    public Stroke to(float x, float y) {
        float[] longer = Arrays.copyOf(xy, xy.length + 2);
        longer[xy.length] = x;
        longer[xy.length + 1] = y;
        return of(longer);
    }

    /** How many points. */
    public int size() {
        return xy.length / 2;
    }

    public float x(int point) {
        return xy[2 * point];
    }

    public float y(int point) {
        return xy[2 * point + 1];
    }
}
