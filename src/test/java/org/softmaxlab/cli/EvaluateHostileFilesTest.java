package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.HostileModelFiles;
import org.softmaxlab.testing.HostileModelFiles.Crafted;
import picocli.CommandLine;

/**
 * {@code evaluate FILE} on crafted model files: exit 3 with one line naming the file and what is
 * wrong, before any data is loaded. The timeout only keeps a regression from hanging the build: the
 * header bomb alone kept {@code evaluate} parsing for minutes before.
 */
@Timeout(120)
class EvaluateHostileFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyCraftedFileExitsWithThreeNamingIt() throws Exception {
        for (Crafted crafted : HostileModelFiles.all().values()) {
            Path file = crafted.writeTo(dir);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandLine cli = new CommandLine(new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false));
            cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
            // A data folder that does not exist: the file is refused before any data is looked for.
            int code = cli.execute(file.toString(), "--data", dir.resolve("no-data").toString());
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCode.DATASET_PROBLEM, code, crafted.name() + ": " + said);
            assertTrue(said.startsWith("softmaxlab: Cannot open '" + crafted.name() + "': "), said);
            assertEquals(1, said.lines().count(), said);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        }
    }
}
