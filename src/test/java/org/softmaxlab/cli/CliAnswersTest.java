package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;
import picocli.CommandLine;

/**
 * What the command line answers a newcomer's slips with (issue 21, items 9–12 and 14): one line naming
 * the mistake and the way forward, exit 2 for a usage error, no stack trace, nothing made up. None of it
 * needs the data set: each answer comes before any is read.
 */
@Tag("locale")
class CliAnswersTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    /** The whole command line as {@code softmaxlab ARGS} runs it, the window replaced by a refusal. */
    private int softmaxlab(String... args) {
        CommandLine cli = SoftmaxLabCommand.commandLine(windowArgs -> {
            throw new AssertionError("no window for " + List.of(args));
        });
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    private int evaluate(String... args) {
        CommandLine cli = new CommandLine(new EvaluateCommand(stream(out), stream(err), false));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Fails without MirrorUrl in --mirror's converter: "notaurl" was a relative URI, ftp:// a stack trace. */
    @ParameterizedTest
    @ValueSource(strings = {"notaurl", "ftp://example.org/fashion/", "http://", "http:/ /x", "file:///tmp/x/"})
    void aMalformedMirrorIsAUsageErrorEvenWhenTheDataIsAtHand(String mirror, @TempDir Path data) {
        // --data names a folder that would be read; the mirror is refused before anything is read or fetched.
        assertEquals(ExitCode.INVALID_ARGUMENTS, softmaxlab("train", "--data", data.toString(), "--mirror", mirror,
                "--epochs", "1"));
        assertEquals(ExitCode.INVALID_ARGUMENTS, softmaxlab("evaluate", "m.smlab", "--mirror", mirror));
        List<String> lines = stderr().lines().toList();
        assertTrue(lines.get(0).startsWith("softmaxlab: Invalid value for option '--mirror': '" + mirror.strip()
                + "' is not a mirror URL: "), stderr());
        assertTrue(lines.get(0).endsWith("; give one such as http://host/fashion-mnist/"), stderr());
        assertEquals("Run 'softmaxlab train --help' for the options.", lines.get(1));
        assertFalse(stderr().contains("Exception"), stderr());
        assertFalse(stderr().contains("\tat "), stderr());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing trained");
    }

    /** Failed before: "did you mean `softmaxlab train trian --epochs 2`?". */
    @Test
    void aMistypedCommandWithOptionsIsReplacedNotKept() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, softmaxlab("trian", "--epochs", "2"));
        assertTrue(stderr().startsWith("softmaxlab: Unknown command 'trian' — did you mean `softmaxlab train --epochs 2`?"),
                stderr());
        assertFalse(stderr().contains("train trian"), stderr());
    }

    /** Failed before: "cannot convert 'cnn' to Kind (java.lang.IllegalArgumentException: …)". */
    @Test
    void anUnknownModelOrLossNamesTheChoicesInPlainWords() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, softmaxlab("train", "--model", "cnn"));
        assertEquals(ExitCode.INVALID_ARGUMENTS, softmaxlab("train", "--loss", "sloppy"));
        String[] lines = stderr().split("\n");
        assertEquals("softmaxlab: Invalid value for option '--model': unknown model 'cnn'; use softmax (d2l 3.7's "
                + "softmax regression) or mlp (d2l's MLP with one hidden layer)", lines[0]);
        assertEquals("softmaxlab: Invalid value for option '--loss': unknown loss formula 'sloppy'; use stable or naive",
                lines[2]);
        for (String noise : List.of("cannot convert", "Exception", "Kind", "LossFormula")) {
            assertFalse(stderr().contains(noise), noise + " in " + stderr());
        }
    }

    /** Failed before: "there is no such file (…/mlp1)" and nothing more. */
    @Test
    void aModelNamedWithoutItsExtensionPointsToTheFileThatIsThere(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mlp1.smlab"), "stands for the file train --save-model mlp1 wrote");
        assertEquals(ExitCode.DATASET_PROBLEM, evaluate(dir.resolve("mlp1").toString()));
        assertTrue(stderr().contains("there is no such file"), stderr());
        assertTrue(stderr().contains("Did you mean " + dir.resolve("mlp1.smlab") + "?"), stderr());

        err.reset();
        assertEquals(ExitCode.DATASET_PROBLEM, evaluate(dir.resolve("other").toString()));
        assertFalse(stderr().contains("Did you mean"), "no hint without a file to point to: " + stderr());
    }

    /** Failed before: an .npz read as "trained 0 epochs (lr 0.1, batch 256, seed 42)", and no word of the MLP. */
    @Test
    void aWeightsOnlyFileIsDescribedByWhatItHoldsNotByDefaults() {
        ModelSpec mlp = ModelSpec.mlp(256);
        SavedModel fromNpz = new SavedModel(TrainConfig.DEFAULTS.withModel(mlp), List.of(),
                new float[mlp.parameterCount()]);
        String npz = EvaluateCommand.describe(fromNpz, ModelFormats.NPZ);
        assertEquals("an MLP with 256 hidden units; weights only (a .npz file does not record how it was trained)", npz);

        SavedModel softmax = new SavedModel(TrainConfig.DEFAULTS, List.of(), new float[ModelSpec.SOFTMAX.parameterCount()]);
        assertEquals("softmax regression; weights only (a .npz file does not record how it was trained)",
                EvaluateCommand.describe(softmax, ModelFormats.NPZ));
        assertTrue(EvaluateCommand.describe(softmax, ModelFormats.SMLAB)
                .startsWith("softmax regression, trained 0 epochs (lr 0.1, batch 256, seed"), "an .smlab records them");
    }
}
