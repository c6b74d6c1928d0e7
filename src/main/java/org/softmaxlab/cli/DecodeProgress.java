package org.softmaxlab.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * An image folder's decoding on stderr: a count redrawn at most ten times a second on a terminal, one line
 * when it starts otherwise (a log wants no carriage returns). Called from the decoding threads.
 */
final class DecodeProgress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private boolean started;
    private long lastDraw;

    DecodeProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    synchronized void onProgress(long done, long total) {
        if (!started) {
            started = true;
            if (!terminal) {
                err.printf(Locale.US, "decoding %,d images%n", total);
                return;
            }
        }
        long now = System.nanoTime();
        if (terminal && (now - lastDraw > REDRAW_NANOS || done == total)) {
            lastDraw = now;
            err.printf(Locale.US, "\rdecoding images %,d of %,d ", done, total);
            if (done == total) {
                err.println();
            }
        }
    }
}
