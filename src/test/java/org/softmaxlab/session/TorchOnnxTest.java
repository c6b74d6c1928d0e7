package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.testing.NumPy;
import org.softmaxlab.testing.PythonModule;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingData;

/**
 * d2l's nets trained by the PyTorch reference ({@code src/bench/seed_reference.py}, Debian's
 * {@code python3-torch}) and written by {@code torch.onnx.export} open in SoftmaxLab and score, on the
 * real test set, exactly what PyTorch scored (up to images whose top two logits tie within 1e-4).
 *
 * <p>Training is kept short for CI (2 epochs for softmax regression; 2 epochs on 20,000 images for an
 * MLP of 64), and its files are kept in {@code target/torch-onnx}, named by the script's hash and
 * arguments, so the suite's runs under other locales reuse them.
 */
@Timeout(900)
class TorchOnnxTest {

    private static final Path SCRIPT = Path.of("src/bench/seed_reference.py");
    private static Trainer trainer;

    @BeforeAll
    static void setUp() {
        PythonModule.require("torch", "python3-torch");
        PythonModule.require("onnx", "python3-onnx");
        Nd4jRuntime.configureThreads(1);
        Dataset data = RealData.load();
        // One training image: only the test split is evaluated.
        trainer = new Trainer(TrainingData.of(data.head(1, Integer.MAX_VALUE)));
    }

    @Test
    void torchsSoftmaxRegressionOpensAtPyTorchsOwnTestAccuracy() throws Exception {
        check(ModelSpec.SOFTMAX, "--epochs", "2");
    }

    @Test
    void torchsMlpOpensAtPyTorchsOwnTestAccuracy() throws Exception {
        check(ModelSpec.mlp(64), "--epochs", "2", "--hidden", "64", "--train-images", "20000");
    }

    private void check(ModelSpec expected, String... args) throws Exception {
        Torch run = torch(args);
        SavedModel opened = ModelFormats.ONNX.read(run.file());
        assertEquals(expected, opened.config().model());
        assertEquals(TrainConfig.DEFAULTS.withModel(expected), opened.config(), "d2l's settings");
        assertEquals(List.of(), opened.epochs(), "and no epochs: its training is unknown");
        Evaluation ours = trainer.evaluateTest(Model.of(expected, opened.parameters()));
        System.out.printf(java.util.Locale.ROOT, "%s: PyTorch %d of 10,000 right (%d near ties), SoftmaxLab %d%n",
                expected.kind().id(), run.correct(), run.nearTies(), ours.correctCount());
        assertTrue(run.correct() > 3_000, "PyTorch's net learned something: " + run.correct());
        assertEquals(run.correct(), ours.correctCount(), run.nearTies());
    }

    /** What the reference printed, and the file it wrote. */
    private record Torch(Path file, int correct, int nearTies) {
    }

    private static Torch torch(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", RealData.folder().toString(), "--threads", "1"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Files.readAllBytes(SCRIPT));
        sha.update(String.join(" ", all).getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        Path folder = Files.createDirectories(Path.of("target", "torch-onnx"));
        Path file = folder.resolve(key + ".onnx");
        Path printed = folder.resolve(key + ".txt");
        if (!Files.exists(printed) || !Files.exists(file)) {
            all.addAll(List.of("--save-onnx", file.toString()));
            String output = NumPy.run("import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], "
                    + "run_name='__main__')", prepend(SCRIPT.toString(), all));
            Files.writeString(printed, output);
        }
        for (String line : Files.readAllLines(printed)) {
            if (line.startsWith("test_correct ")) {
                String[] f = line.split(" ");
                return new Torch(file, Integer.parseInt(f[1]), Integer.parseInt(f[3]));
            }
        }
        throw new AssertionError("no test_correct line in " + Files.readString(printed));
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(new String[0]);
    }
}
