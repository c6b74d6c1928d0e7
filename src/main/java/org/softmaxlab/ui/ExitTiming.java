package org.softmaxlab.ui;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@value #PROPERTY} set, prints to standard error how long after the window began to close each
 * step of the way out came: the window hidden (the run cancelled, the settings saved), the app's
 * {@code stop()} done, the JVM's shutdown hooks begun. A benchmark's aid ({@code src/bench/exit-time.sh}).
 */
public final class ExitTiming {

    /** The system property that turns the timeline on. */
    public static final String PROPERTY = "softmaxlab.exitTiming";

    private static volatile long closingSince;

    private ExitTiming() {
    }

    /** Whether the timeline was asked for. */
    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts the clock when {@code stage} begins to hide, and prints the steps from then on. */
    public static void follow(Stage stage) {
        stage.addEventFilter(WindowEvent.WINDOW_HIDING, e -> {
            closingSince = System.nanoTime();
            print("window hiding");
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> print("JVM shutdown hooks begin"), "softmaxlab-exit-timing"));
    }

    /** Prints {@code step} with the milliseconds since the window began to hide. */
    public static void print(String step) {
        if (closingSince != 0) {
            // The wall clock too, so that a script can place the steps between its key press and the exit.
            System.err.printf("softmaxlab: %s %.1f ms after closing began (at %d ms since the epoch)%n", step,
                    (System.nanoTime() - closingSince) / 1e6, System.currentTimeMillis());
        }
    }
}
