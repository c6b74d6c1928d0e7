package org.softmaxlab;

import org.softmaxlab.cli.TrainCommand;
import org.softmaxlab.ui.Launcher;
import picocli.CommandLine;

/**
 * The program's entry point: {@code train …} runs headless; anything else opens the window. A plain
 * class, not the JavaFX {@code Application}, so that it starts from a plain class path.
 */
public final class Main {

    private Main() {
    }

    /** {@code train [options]} trains headless (see {@code train --help}); no arguments open the window. */
    public static void main(String[] args) {
        if (args.length > 0 && "train".equals(args[0])) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(new CommandLine(new TrainCommand()).execute(rest));
        }
        Launcher.launch(args);
    }
}
