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
     */
    public static void launch(String[] args) {
        Application.launch(SoftmaxLabApp.class, args);
        if (java.util.Arrays.asList(args).contains(SELF_CHECK)) {
            System.exit(SelfCheck.exitCode());
        }
    }
}
