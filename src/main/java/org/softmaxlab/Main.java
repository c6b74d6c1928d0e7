package org.softmaxlab;

import org.softmaxlab.cli.BenchCommand;
import org.softmaxlab.cli.TrainCommand;
import picocli.CommandLine;

/**
 * The program's entry point: {@code train …} runs headless; anything else opens the window. A plain
 * class, not the JavaFX {@code Application}, so that it starts from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "train".equals(args[0])) {
            System.exit(new CommandLine(new TrainCommand()).execute(rest(args)));
        }
        if (args.length > 0 && "bench".equals(args[0])) {
            System.exit(new CommandLine(new BenchCommand()).execute(rest(args)));
        }
        System.err.println("usage: softmaxlab train [--help] | softmaxlab bench [--help]");
        System.exit(2);
    }

    private static String[] rest(String[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }
}
