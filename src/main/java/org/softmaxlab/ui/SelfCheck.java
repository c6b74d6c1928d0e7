package org.softmaxlab.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.main.MainWindow;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * {@code softmaxlab --self-check}: the installed window proves it works on its own. It waits for
 * the data, trains one epoch through the same buttons a person would press, checks that the charts
 * got their points, and quits with exit code 0, or 1 on any failure or after two minutes.
 */
final class SelfCheck {

    static final Duration TIME_LIMIT = Duration.minutes(2);
    /** Epochs to train, 1 unless {@code -Dsoftmaxlab.selfCheck.epochs=N} asks for more (for timing the window). */
    static final int EPOCHS = Math.max(1, Integer.getInteger("softmaxlab.selfCheck.epochs", 1));

    private static volatile int exitCode = 1;
    private boolean started;
    private boolean done;

    private SelfCheck() {
    }

    /** The result once JavaFX has exited: 0 if the check passed. */
    static int exitCode() {
        return exitCode;
    }

    /** Watches {@code window} and quits JavaFX when the check has passed or failed. */
    static void install(MainWindow window) {
        new SelfCheck().watch(window);
    }

    private void watch(MainWindow window) {
        TrainingViewModel training = window.training();
        window.loading().phaseProperty().addListener((obs, old, phase) -> {
            if (phase == LoadingViewModel.Phase.FAILED) {
                end(1, "loading failed: " + window.loading().messageProperty().get());
            }
        });
        training.stateProperty().addListener((obs, old, state) -> {
            if (state == RunState.READY && !started) {
                started = true;
                training.settings().load(TrainConfig.DEFAULTS.withEpochs(EPOCHS));
                training.start();
            } else if (state == RunState.READY && old.isActive()) {
                boolean drew = !training.trainLossPoints().isEmpty()
                        && training.testAccuracyPoints().size() == EPOCHS;
                boolean evaluated = training.evaluationProperty().get() != null;
                end(drew && evaluated ? 0 : 1, EPOCHS + " epoch(s): " + training.trainLossPoints().size() + " train points, "
                        + training.testAccuracyPoints().size() + " test points, evaluation "
                        + (evaluated ? "done" : "missing"));
            }
        });
        PauseTransition limit = new PauseTransition(TIME_LIMIT.multiply(EPOCHS));
        limit.setOnFinished(e -> end(1, "no result within " + TIME_LIMIT.toSeconds() + " s"));
        limit.play();
    }

    private void end(int code, String what) {
        if (done) {
            return;
        }
        done = true;
        exitCode = code;
        System.err.println("softmaxlab self-check " + (code == 0 ? "passed" : "FAILED") + ": " + what);
        Platform.exit();
    }
}
