package org.softmaxlab.inspect;

/** A drawing with nothing in it cannot become a model input; the window says so in its own language. */
public final class EmptyDrawingException extends Exception {

    private static final long serialVersionUID = 1L;

    public EmptyDrawingException() {
        super("The drawing is empty: draw something first.");
    }
}
