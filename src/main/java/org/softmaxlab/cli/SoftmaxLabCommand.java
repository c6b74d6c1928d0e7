package org.softmaxlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code softmaxlab}: with a subcommand ({@code train}, {@code evaluate}, {@code bench}) it runs
 * headless; without one it opens the window. The window itself lives above this layer, so it is
 * handed in as a {@link Window}.
 */
@Command(name = "softmaxlab", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = TrainCommand.Version.class,
        subcommands = {TrainCommand.class, EvaluateCommand.class, BenchCommand.class},
        description = {"Softmax regression on Fashion-MNIST (d2l 3.7). Without a command it opens the window; "
                + "with one it runs headless.", "`softmaxlab COMMAND --help` describes each command."},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes (of every command):%n",
        exitCodeList = {
                "0:done",
                "1:failed for another reason, e.g. no display for the window (see stderr)",
                "2:invalid arguments",
                "3:dataset or model file problem (missing, corrupt, foreign or not downloadable)",
                "4:diverged (loss or weights became NaN or infinite)",
                "130:cancelled (Ctrl+C)"})
public final class SoftmaxLabCommand implements Callable<Integer> {

    /** Opens the window with the window's own arguments and returns the exit code once it has closed. */
    @FunctionalInterface
    public interface Window {
        int open(String[] args);
    }

    /** The argument that opens the window, trains one epoch and exits 0 if all went well. */
    public static final String SELF_CHECK = "--self-check";

    @Spec
    CommandSpec spec;

    @Option(names = SELF_CHECK, description = "open the window, train one epoch through it, check the curves and "
            + "exit 0 if all went well (the installer's check)")
    boolean selfCheck;

    private final Window window;

    public SoftmaxLabCommand(Window window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    @Override
    public Integer call() {
        return window.open(selfCheck ? new String[] {SELF_CHECK} : new String[0]);
    }

    /** The command line for {@code args}: the root command, its subcommands and SoftmaxLab's error texts. */
    public static CommandLine commandLine(Window window) {
        CommandLine cli = new CommandLine(new SoftmaxLabCommand(window));
        cli.setParameterExceptionHandler(SoftmaxLabCommand::invalidArguments);
        return cli;
    }

    /**
     * Says what was wrong and how to get help, without the whole usage text. An option given without
     * the command it belongs to ({@code softmaxlab --epochs 2}) is answered with that command.
     */
    private static int invalidArguments(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Optional<String> meant = e instanceof UnmatchedArgumentException unmatched && cli.getParent() == null
                ? commandMeant(cli, unmatched, args) : Optional.empty();
        if (meant.isPresent()) {
            err.println("softmaxlab: " + meant.get());
        } else {
            err.println("softmaxlab: " + e.getMessage());
            if (e instanceof UnmatchedArgumentException unmatched) {
                UnmatchedArgumentException.printSuggestions(unmatched, err);
            }
        }
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for the options"
                + (cli.getParent() == null ? " and commands." : "."));
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * "Unknown option '--epochs' — did you mean `softmaxlab train --epochs 2`?", if a command has that option.
     * A mistyped command in front ({@code softmaxlab trian --epochs 2}) is replaced, not kept as an argument:
     * "Unknown command 'trian' — did you mean `softmaxlab train --epochs 2`?".
     */
    private static Optional<String> commandMeant(CommandLine root, UnmatchedArgumentException e, String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String mistyped = !rest.isEmpty() && !rest.get(0).startsWith("-") ? rest.remove(0) : null;
        List<String> nearest = e.getSuggestions();
        for (String argument : e.getUnmatched()) {
            if (!argument.startsWith("-")) {
                continue;
            }
            String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            Optional<CommandLine> owner = root.getSubcommands().values().stream()
                    .filter(sub -> sub.getCommandSpec().findOption(option) != null)
                    .min(java.util.Comparator.comparing(sub -> !nearest.contains(sub.getCommandName())));
            if (owner.isPresent()) {
                List<String> line = new ArrayList<>(List.of(root.getCommandName(), owner.get().getCommandName()));
                line.addAll(rest);
                String unknown = mistyped != null ? "Unknown command '" + mistyped + "'" : "Unknown option '" + option + "'";
                return Optional.of(unknown + " — did you mean `" + String.join(" ", line) + "`?");
            }
        }
        return Optional.empty();
    }
}
