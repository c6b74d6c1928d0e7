package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetFile;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.TestMirror;
import picocli.CommandLine;

/** The train command end to end, in-process, on a slice of the real data. */
@Tag("locale")
@Timeout(120)
class TrainCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(command(), args);
    }

    private TrainCommand command() {
        return new TrainCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    /** A command that searches only {@code home}'s cache, as on a machine without the data. */
    private TrainCommand onEmptyMachine(Path home) {
        TrainCommand command = command();
        command.data.directories = AppDirectories.under(home);
        command.data.searchLocator = DatasetLocator.searching(command.data.directories, java.util.Map.of(),
                home.resolve("no-system-copy"));
        return command;
    }

    private int run(TrainCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String[] slice(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--data", RealData.folder().toString(),
                "--train-images", "3000", "--test-images", "500"));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void jsonModePrintsOneObjectPerEpochThenASummary(@TempDir Path dir) throws Exception {
        RealData.load();
        Path csv = dir.resolve("metrics.csv");
        int code = run(slice("--epochs", "2", "--json", "--metrics-csv", csv.toString()));
        assertEquals(ExitCode.DONE, code, stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(3, lines.size(), stdout());
        for (int e = 0; e < 2; e++) {
            String line = lines.get(e);
            assertTrue(line.startsWith("{\"epoch\":" + (e + 1) + ",\"train_loss\":"), line);
            for (String key : List.of("train_acc", "test_acc", "epoch_ms", "eval_ms")) {
                assertTrue(line.contains("\"" + key + "\":"), key + " in " + line);
            }
        }
        String summary = lines.get(2);
        assertTrue(summary.contains("\"backend\":\"CPU\"") && summary.contains("\"status\":\"completed\"")
                && summary.contains("\"epochs\":2"), summary);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(3, rows.size());
        assertEquals("epoch,train_loss,train_acc,test_loss,test_acc,epoch_ms,eval_ms", rows.get(0));
        assertTrue(rows.get(2).startsWith("2,"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left beside the CSV");
        }
    }

    @Test
    void textModePrintsOneLinePerEpoch() {
        RealData.load();
        assertEquals(ExitCode.DONE, run(slice("--epochs", "1")), stderr());
        assertTrue(stdout().lines().anyMatch(l -> l.matches("epoch +1 +train loss \\d\\.\\d{4} +train acc .*")), stdout());
    }

    @Test
    void theMlpTrainsFromTheCommandLineAndItsHiddenSizeIsChecked() {
        RealData.load();
        assertEquals(ExitCode.DONE, run(slice("--model", "mlp", "--hidden", "32", "--epochs", "1", "--json")), stderr());
        assertTrue(stdout().lines().anyMatch(l -> l.startsWith("{\"epoch\":1,")), stdout());
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--model", "mlp", "--hidden", "0"));
        assertTrue(stderr().contains("hidden units must be between 1 and 4,096 (was 0); d2l uses 256"), stderr());
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--hidden", "64"));
        assertTrue(stderr().contains("--hidden is for --model mlp"), stderr());
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--model", "cnn"));
        assertTrue(stderr().contains("unknown model 'cnn'; use softmax (d2l 3.7's softmax regression) or mlp"), stderr());
    }

    @Test
    void invalidArgumentsExitWithTwoAndSayWhatIsWrong() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--lr", "-1"));
        assertTrue(stderr().contains("learning rate must be a finite number greater than 0 (was -1.0)"), stderr());
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--epochs", "many"));
        assertEquals(ExitCode.INVALID_ARGUMENTS, run("--loss", "sloppy"));
        assertTrue(stderr().contains("unknown loss formula 'sloppy'"), stderr());
    }

    @Test
    void missingDataExitsWithThree(@TempDir Path empty) {
        assertEquals(ExitCode.DATASET_PROBLEM, run("--data", empty.toString(), "--epochs", "1"));
        assertTrue(stderr().contains(empty + ": none of the four files is there"), stderr());
        assertEquals(ExitCode.DATASET_PROBLEM, run("--no-download", "--data", empty.resolve("nope").toString()));
        assertTrue(stderr().contains("no such folder"), stderr());
    }

    @Test
    void truncatedFileExitsWithThreeNamingTheFile(@TempDir Path dir) throws Exception {
        for (org.softmaxlab.data.DatasetFile file : org.softmaxlab.data.DatasetFile.values()) {
            Files.copy(file.resolveIn(RealData.folder()), dir.resolve(file.gzName()));
        }
        Path labels = dir.resolve("t10k-labels-idx1-ubyte.gz");
        byte[] whole = Files.readAllBytes(labels);
        Files.write(labels, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(ExitCode.DATASET_PROBLEM, run("--data", dir.toString(), "--epochs", "1"));
        assertTrue(stderr().contains("t10k-labels-idx1-ubyte.gz: truncated"), stderr());
    }

    @Test
    void withNoCopyAnywhereItDownloadsIntoTheCacheThenTrains(@TempDir Path home) throws Exception {
        try (TestMirror mirror = new TestMirror()) {
            for (DatasetFile file : DatasetFile.values()) {
                mirror.serve(file.gzName(), file.resolveIn(RealData.folder()));
            }
            int code = run(onEmptyMachine(home), "--mirror", mirror.baseUri().toString(), "--epochs", "1",
                    "--train-images", "2000", "--test-images", "500");
            assertEquals(ExitCode.DONE, code, stderr());
            Path cache = AppDirectories.under(home).datasetCacheDir();
            assertTrue(stderr().contains("Fashion-MNIST was not found; downloading it into " + cache), stderr());
            assertTrue(stderr().contains("downloading train-images-idx3-ubyte.gz"), stderr());
            assertTrue(stderr().contains("Fashion-MNIST from " + cache), stderr());
            assertTrue(DatasetLocator.missingFiles(cache).isEmpty());
        }
    }

    @Test
    void withNoCopyAndNoDownloadItExitsWithThreeListingWhereItLooked(@TempDir Path home) {
        assertEquals(ExitCode.DATASET_PROBLEM, run(onEmptyMachine(home), "--no-download"));
        assertTrue(stderr().contains("Fashion-MNIST was not found. SoftmaxLab looked in:"), stderr());
        assertTrue(stderr().contains(home.resolve("no-system-copy").toString()), stderr());
    }

    @Test
    void divergenceExitsWithFour() {
        RealData.load();
        assertEquals(ExitCode.DIVERGED, run(slice("--lr", "1e38")));
        assertTrue(stderr().contains("diverged at epoch 1, batch"), stderr());
    }

    @Test
    void helpDocumentsOptionsAndExitCodes() {
        assertEquals(0, run("--help"));
        String help = stdout();
        for (String option : List.of("--epochs", "--lr", "--batch-size", "--init-std", "--seed", "--data",
                "--metrics-csv", "--json", "--loss")) {
            assertTrue(help.contains(option), option);
        }
        assertTrue(help.contains("4") && help.contains("diverged"), help);
    }

    @Test
    void saveModelIsCheckedBeforeTraining(@TempDir Path dir) {
        assertEquals(ExitCode.INVALID_ARGUMENTS, run(slice("--save-model", dir.resolve("model.txt").toString())));
        assertTrue(stderr().contains("unknown model format '.txt'; use .smlab"), stderr());
        assertEquals(ExitCode.INVALID_ARGUMENTS, run(slice("--save-model", dir.resolve("nope/m.smlab").toString())));
        assertTrue(stderr().contains("the folder " + dir.resolve("nope") + " does not exist"), stderr());
        assertEquals("", stdout(), "no epoch was trained");
    }

    @Test
    void saveModelAddsTheExtensionAndSavesNothingAfterADivergence(@TempDir Path dir) throws Exception {
        RealData.load();
        assertEquals(ExitCode.DONE, run(slice("--epochs", "1", "--save-model", dir.resolve("model").toString())),
                stderr());
        assertEquals(1, org.softmaxlab.session.ModelFile.read(dir.resolve("model.smlab")).epochs().size());

        assertEquals(ExitCode.DIVERGED, run(slice("--lr", "1e38", "--save-model", dir.resolve("bad.smlab").toString())));
        assertTrue(stderr().contains("the model was not saved to " + dir.resolve("bad.smlab") + ": the run diverged"),
                stderr());
        assertFalse(Files.exists(dir.resolve("bad.smlab")));
    }

    @Test
    void offlineWithNoCopyItSaysWhatFailedWhereItLookedAndEveryWayForward(@TempDir Path home) throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int code = run(onEmptyMachine(home), "--mirror", "http://127.0.0.1:" + closedPort + "/", "--epochs", "1");

        assertEquals(ExitCode.DATASET_PROBLEM, code);
        String message = stderr();
        assertTrue(message.contains("Fashion-MNIST was not found, and downloading it failed:\n  "
                + "train-images-idx3-ubyte.gz: download failed: 127.0.0.1:" + closedPort + " refused the connection"),
                message);
        assertTrue(message.contains("SoftmaxLab looked in:\n  - SoftmaxLab's download cache: "
                + AppDirectories.under(home).datasetCacheDir() + " — no such folder"), message);
        assertTrue(message.contains(home.resolve("no-system-copy") + " — no such folder"), message);
        for (String way : List.of(": --data DIR", "sudo apt-get install dataset-fashion-mnist", "then run again",
                "--mirror URL")) {
            assertTrue(message.contains(way), way + " in\n" + message);
        }
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void aMirrorWithoutTheFilesIsNamedWithItsHttpStatusAndAnotherMirrorSuggested(@TempDir Path home) throws Exception {
        try (TestMirror mirror = new TestMirror()) { // serves nothing: 404
            assertEquals(ExitCode.DATASET_PROBLEM, run(onEmptyMachine(home), "--mirror", mirror.baseUri().toString()));
        }
        assertTrue(stderr().contains("download failed: HTTP 404 from "), stderr());
        assertTrue(stderr().contains("download from another mirror: --mirror URL"), stderr());
        assertTrue(stderr().contains("SoftmaxLab looked in:"), stderr());
    }
}
