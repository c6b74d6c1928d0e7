package org.softmaxlab.ui.run;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Drains the trainer's events into the view-model ten times a second on the JavaFX thread: often
 * enough for curves that move smoothly, rarely enough that the charts' layout costs the trainer
 * nothing noticeable. The trainer never calls into the UI itself.
 */
public final class DrainPulse {

    /** Time between two drains. */
    public static final Duration PERIOD = Duration.millis(100);

    private final Timeline timeline;

    /** A pulse that drains into {@code viewModel}; not started yet. */
    public DrainPulse(TrainingViewModel viewModel) {
        timeline = new Timeline(new KeyFrame(PERIOD, e -> viewModel.drain()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts draining (again); harmless while already running. */
    public void start() {
        timeline.play();
    }

    /** Stops draining; events wait in the queue until the next start. */
    public void stop() {
        timeline.stop();
    }
}
