package org.softmaxlab.ui;

import java.util.Map;
import java.util.Optional;

/**
 * The window cannot open because there is no display to open it on (a server, an SSH session
 * without X forwarding, a CI job). Thrown by {@link Launcher#launch} instead of JavaFX's raw
 * "Unable to open DISPLAY" stack trace; its message says so and that {@code train} runs headless.
 */
public final class NoDisplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoDisplayException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What to tell the user when no display was found. */
    static String explanation() {
        return "No display was found (the DISPLAY and WAYLAND_DISPLAY environment variables are not set), so the "
                + "SoftmaxLab window cannot open. To train without a window, run: softmaxlab train --help";
    }

    /**
     * Why the window cannot open on this system, before JavaFX is started: on Linux and other X11
     * systems without DISPLAY or WAYLAND_DISPLAY (unless JavaFX is told to draw headless through
     * Monocle); empty where a display is there or the system has its own (Windows, macOS).
     */
    static Optional<String> missing(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(explanation());
        }
        return Optional.empty();
    }

    /** Whether {@code failure}, thrown by JavaFX's start-up, says that the display could not be opened. */
    static boolean isDisplayFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null
                    && t.getMessage().contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
