package org.softmaxlab;

import org.softmaxlab.cli.BenchCommand;
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

    /** {@code train}/{@code bench [options]} run headless; no arguments open the window. */
    public static void main(String[] args) {
        if (args.length > 0 && "train".equals(args[0])) {
            System.exit(new CommandLine(new TrainCommand()).execute(rest(args)));
        }
        if (args.length > 0 && "bench".equals(args[0])) {
            System.exit(new CommandLine(new BenchCommand()).execute(rest(args)));
        }
        if (args.length == 0 || (args.length == 1 && Launcher.SELF_CHECK.equals(args[0]))) {
            Launcher.launch(args);
            return;
        }
        System.err.println("usage: softmaxlab                  open the window\n"
                + "       softmaxlab train [--help]   train without a window\n"
                + "       softmaxlab bench [--help]   time loading and training\n"
                + "       softmaxlab " + Launcher.SELF_CHECK + "     open the window, train one epoch, exit 0 if all went well");
        System.exit(args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0])) ? 0 : 2);
    }

    private static String[] rest(String[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }
}
