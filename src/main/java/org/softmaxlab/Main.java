package org.softmaxlab;

import org.softmaxlab.cli.ExitCode;
import org.softmaxlab.cli.SoftmaxLabCommand;
import org.softmaxlab.ui.ExitTiming;
import org.softmaxlab.ui.Launcher;
import org.softmaxlab.ui.NoDisplayException;

/**
 * The program's entry point: {@code softmaxlab train|evaluate|bench …} runs headless, no command opens
 * the window (see {@link SoftmaxLabCommand}). A plain class, not the JavaFX {@code Application}, so that
 * it starts from a plain class path.
 */
public final class Main {

    /** What a machine without a display is told, instead of JavaFX's stack trace. */
    static final String NO_DISPLAY = "softmaxlab: no display found, so the window cannot open (DISPLAY is %s).%n"
            + "  Without a display, train headless:    softmaxlab train --help%n"
            + "  or evaluate a saved model:            softmaxlab evaluate --help%n"
            + "  For the window: run it on a desktop, or over `ssh -X`, or in a virtual display "
            + "(xvfb-run softmaxlab).%n";

    /**
     * Set by {@code ./mvnw javafx:run} (pom.xml): there a failed exit makes the Maven plugin print two stack
     * traces, "BUILD FAILURE" and four lines of help under the one line that matters. Without a display the
     * window then says why, as everywhere, and exits 0, so that the message is the last thing before Maven's
     * short summary. The jar and the installed app keep exit code 1 for scripts.
     */
    static final String LAUNCHED_BY_MAVEN = "softmaxlab.launchedByMaven";

    private Main() {
    }

    public static void main(String[] args) {
        // No arguments, as the launcher and the menu entry start it: straight to the window. picocli would
        // first build the model of every command by reflection (about 170 classes, 0.3-0.5 s on two cores)
        // only to find nothing to parse: the window's start-up would pay for the command line.
        System.exit(args.length == 0 ? openWindow(args) : SoftmaxLabCommand.commandLine(Main::openWindow).execute(args));
    }

    /** Opens the window; returns once it has closed (or exits with the self-check's result). */
    static int openWindow(String[] args) {
        try {
            Launcher.launch(args);
            ExitTiming.print("JavaFX ended, the JVM exits");
            return ExitCode.DONE;
        } catch (NoDisplayException e) {
            // Said in full here, with every way forward, instead of JavaFX's stack trace.
            String display = System.getenv("DISPLAY");
            System.err.printf(NO_DISPLAY, display == null || display.isEmpty() ? "not set" : "'" + display + "'");
            return Boolean.getBoolean(LAUNCHED_BY_MAVEN) ? ExitCode.DONE : ExitCode.FAILED;
        }
    }
}
