package org.softmaxlab.ui.training;

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

    public DrainPulse(TrainingViewModel viewModel) {
        timeline = new Timeline(new KeyFrame(PERIOD, e -> viewModel.drain()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
