package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.Launcher;
import picocli.CommandLine;

/** The top of the command line: which command runs, the window without one, help, version and mistakes. */
@Tag("locale")
class SoftmaxLabCommandTest {

    private final List<List<String>> windowsOpened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SoftmaxLabCommand.commandLine(windowArgs -> {
            windowsOpened.add(List.of(windowArgs));
            return 0;
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void noCommandOpensTheWindowAndSelfCheckIsPassedToIt() {
        assertEquals(0, run());
        assertEquals(0, run("--self-check"));
        assertEquals(List.of(List.of(), List.of("--self-check")), windowsOpened);
        assertEquals(Launcher.SELF_CHECK, SoftmaxLabCommand.SELF_CHECK, "the window looks for the same argument");
    }

    @Test
    void versionPrintsTheVersionNotTheUsage() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("SoftmaxLab "), out.toString());
        assertFalse(out.toString().contains("Usage"), out.toString());
        assertTrue(windowsOpened.isEmpty());
    }

    @Test
    void anOptionWithoutItsCommandSaysWhichCommandWasMeant() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--epochs", "2"));
        assertTrue(err.toString().startsWith(
                "softmaxlab: Unknown option '--epochs' — did you mean `softmaxlab train --epochs 2`?"), err.toString());
        assertTrue(err.toString().contains("softmaxlab --help"), err.toString());
        assertTrue(windowsOpened.isEmpty(), "no window for a mistyped command line");
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOne() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("trian"));
        assertTrue(err.toString().contains("'trian'"), err.toString());
        assertTrue(err.toString().contains("softmaxlab train"), err.toString());
    }

    @Test
    void anInvalidSubcommandOptionPointsToThatCommandsHelp() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("train", "--epoch", "2"));
        assertTrue(err.toString().contains("Unknown options: '--epoch', '2'"), err.toString());
        assertTrue(err.toString().contains("--epochs"), "the option meant is suggested: " + err);
        assertTrue(err.toString().contains("Run 'softmaxlab train --help'"), err.toString());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        for (String text : List.of("train", "evaluate", "bench", "--self-check", "--version", "130", "diverged")) {
            assertTrue(help.contains(text), text + " in\n" + help);
        }
        assertEquals(0, run("evaluate", "--help"));
        assertTrue(out.toString().contains("Usage: softmaxlab evaluate [-hV]"), out.toString());
    }
}
