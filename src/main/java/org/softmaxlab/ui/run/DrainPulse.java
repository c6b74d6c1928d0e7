package org.softmaxlab.ui.run;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.softmaxlab.run.TrainingEvents;

/**
 * Drains the trainer's events into the view-model every {@link TrainingEvents#DRAIN_PERIOD} on the
 * JavaFX thread. The trainer never calls into the UI itself.
 */
public final class DrainPulse {

    /** Time between two drains. */
    public static final Duration PERIOD = Duration.millis(TrainingEvents.DRAIN_PERIOD.toMillis());

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
