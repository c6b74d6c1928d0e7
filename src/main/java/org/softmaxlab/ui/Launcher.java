package org.softmaxlab.ui;

import javafx.application.Application;

/**
 * Starts the window from a plain class. JavaFX refuses to start a class that extends
 * {@link Application} as the main class from a class path (it wants the module path), so the main
 * class stays plain and hands over here.
 */
public final class Launcher {

    /** The argument that runs the window's {@link SelfCheck} and exits with its result. */
    public static final String SELF_CHECK = "--self-check";

    private Launcher() {
    }

    /**
     * Opens the window and blocks until it has closed and JavaFX has shut down; with
     * {@link #SELF_CHECK}, exits the JVM with the check's result.
     *
     * @throws NoDisplayException if there is no display to open the window on (its message says what to
     *                            do instead); nothing has been started then
     */
    public static void launch(String[] args) {
        NoDisplayException.missing(System.getProperty("os.name"), System.getenv(),
                System.getProperty("glass.platform")).ifPresent(why -> {
                    throw new NoDisplayException(why, null);
                });
        try {
            Application.launch(SoftmaxLabApp.class, args);
        } catch (RuntimeException e) {
            if (NoDisplayException.isDisplayFailure(e)) { // DISPLAY set, but nothing answers there
                throw new NoDisplayException("The display " + System.getenv("DISPLAY") + " could not be opened, so "
                        + "the SoftmaxLab window cannot open. To train without a window, run: softmaxlab train --help", e);
            }
            throw e;
        }
        if (java.util.Arrays.asList(args).contains(SELF_CHECK)) {
            System.exit(SelfCheck.exitCode());
        }
    }
}
