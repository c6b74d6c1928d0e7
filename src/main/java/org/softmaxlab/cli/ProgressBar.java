package org.softmaxlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainingListener;

/**
 * A one-line progress bar on a terminal, redrawn with carriage returns at most ten times a second
 * so that drawing never costs the trainer measurable time.
 */
final class ProgressBar implements TrainingListener {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream terminal;
    private final int epochs;
    private long lastDraw;

    ProgressBar(PrintStream terminal, int epochs) {
        this.terminal = terminal;
        this.epochs = epochs;
    }

    @Override
    public void batchFinished(BatchProgress p) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && p.batch() != p.batchesPerEpoch()) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(WIDTH * (double) p.batch() / p.batchesPerEpoch());
        double imagesPerSecond = p.imagesSeen() / (p.elapsedNanos() / 1e9);
        terminal.printf(Locale.US, "\repoch %d/%d [%s%s] %3d%%  loss %.4f  acc %.4f  %,.0f img/s ", p.epoch(), epochs,
                "=".repeat(filled), " ".repeat(WIDTH - filled), 100 * p.batch() / p.batchesPerEpoch(),
                p.runningLoss(), p.runningAccuracy(), imagesPerSecond);
        terminal.flush();
    }

    @Override
    public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
        clear();
    }

    @Override
    public void runFinished(RunOutcome outcome) {
        clear();
    }

    private void clear() {
        terminal.print("\r" + " ".repeat(100) + "\r");
        terminal.flush();
    }
}
