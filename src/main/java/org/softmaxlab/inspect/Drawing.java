package org.softmaxlab.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * What was drawn on a drawing surface of a given size: its strokes in order. Immutable; every
 * change makes a new drawing, so an undo is keeping the old one.
 *
 * @param strokes the strokes, oldest first
 * @param width   the surface's width, in the strokes' units
 * @param height  the surface's height
 */
public record Drawing(List<Stroke> strokes, double width, double height) {

    public Drawing {
        strokes = List.copyOf(strokes);
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a drawing surface needs a size above 0, got " + width + " × " + height);
        }
    }

    /** Nothing drawn yet on a surface of {@code width × height}. */
    public static Drawing empty(double width, double height) {
        return new Drawing(List.of(), width, height);
    }

    /** Whether nothing has been drawn. */
    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    /** This drawing with one more stroke. */
    public Drawing with(Stroke stroke) {
        List<Stroke> more = new ArrayList<>(strokes);
        more.add(stroke);
        return new Drawing(more, width, height);
    }

    /** This drawing with its last stroke replaced (a stroke growing as the pen moves). */
    public Drawing withLastReplaced(Stroke stroke) {
        if (strokes.isEmpty()) {
            return with(stroke);
        }
        List<Stroke> changed = new ArrayList<>(strokes);
        changed.set(changed.size() - 1, stroke);
        return new Drawing(changed, width, height);
    }

    /** This drawing without its last stroke (itself when empty). */
    public Drawing withoutLast() {
        return strokes.isEmpty() ? this : new Drawing(strokes.subList(0, strokes.size() - 1), width, height);
    }
}
