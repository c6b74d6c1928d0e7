package org.softmaxlab.ui;

import javafx.animation.AnimationTimer;

/** Runs an action on the JavaFX thread after a number of frames, for work that must wait until something is painted. */
public final class FramesLater {

    private FramesLater() {
    }

    /** Runs {@code action} at the start of the {@code frames}th frame from now (1 = the next). */
    public static void run(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
