package org.softmaxlab.session;

/**
 * Where the main window was and how big, in screen coordinates. Whether that place is still on a
 * screen (a projector unplugged since) is for the GUI to check when it restores the window.
 *
 * @param x      left edge; may be negative on a screen left of the primary one
 * @param y      top edge
 * @param width  finite and &gt; 0
 * @param height finite and &gt; 0
 */
public record WindowBounds(double x, double y, double width, double height) {

    /** @throws IllegalArgumentException naming the first value that is not a usable coordinate or size */
    public WindowBounds {
        requireFinite("window x", x);
        requireFinite("window y", y);
        requirePositive("window width", width);
        requirePositive("window height", height);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number (was " + value + ")");
        }
    }

    private static void requirePositive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be a finite number greater than 0 (was " + value + ")");
        }
    }
}
