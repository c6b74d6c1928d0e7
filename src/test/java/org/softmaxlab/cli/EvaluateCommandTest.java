package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.session.ModelFile;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.testing.RealData;

/**
 * {@code train --save-model} and {@code evaluate} on the real data: what one saves, the other reads and
 * scores as training did.
 */
@Tag("locale")
@Timeout(180)
class EvaluateCommandTest extends CommandLineCapture {

    @TempDir
    static Path dir;
    private static Path model;
    private static String trainOutput;


    @BeforeAll
    static void trainAndSaveAModel() {
        EvaluateCommandTest setUp = new EvaluateCommandTest();
        model = dir.resolve("two-epochs.smlab");
        int code = setUp.run(new TrainCommand(setUp.stream(setUp.out), setUp.stream(setUp.err), false), "--data",
                RealData.folder().toString(), "--train-images", "6000", "--epochs", "2", "--json",
                "--save-model", model.toString());
        assertEquals(ExitCode.DONE, code, setUp.text(setUp.err));
        assertTrue(setUp.text(setUp.err).contains("Saved the model (2 epochs) to " + model), setUp.text(setUp.err));
        trainOutput = setUp.text(setUp.out);
    }

    private int evaluate(String... args) {
        return run(new EvaluateCommand(stream(out), stream(err), false), args);
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":([-0-9.]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theSavedFileIsTheTrainedModelInTheWindowsFormat() throws Exception {
        SavedModel saved = ModelFile.read(model);
        assertEquals(2, saved.epochs().size());
        assertEquals(0.1, saved.config().learningRate());
        String lastEpoch = trainOutput.lines().filter(l -> l.startsWith("{\"epoch\":2,")).findFirst().orElseThrow();
        assertEquals(number(lastEpoch, "test_acc"), saved.epochs().get(1).testAccuracy(), 1e-6);
    }

    @Test
    void evaluateScoresTheModelAsTrainingDidOnTheSameTestImages() {
        assertEquals(ExitCode.DONE, evaluate(model.toString(), "--json", "--data", RealData.folder().toString()),
                text(err));
        String json = text(out).strip();
        String lastEpoch = trainOutput.lines().filter(l -> l.startsWith("{\"epoch\":2,")).findFirst().orElseThrow();
        assertEquals(number(lastEpoch, "test_acc"), number(json, "test_acc"), 1e-6, json);
        assertEquals(number(lastEpoch, "test_loss"), number(json, "test_loss"), 1e-5, json);
        assertEquals(10_000, number(json, "test_images"));
        // The test set has 1,000 images of each class, so the overall accuracy is the mean of the classes'.
        double sum = 0;
        for (String name : MnistFamily.FASHION_MNIST.classNames()) {
            double accuracy = number(json, name);
            assertTrue(accuracy >= 0 && accuracy <= 1, name + " " + accuracy);
            sum += accuracy;
        }
        assertEquals(number(json, "test_acc"), sum / MnistFamily.FASHION_MNIST.classNames().size(), 1e-5, json);
    }

    @Test
    void textOutputHasOneLinePerClass() {
        assertEquals(ExitCode.DONE, evaluate(model.toString(), "--data", RealData.folder().toString()), text(err));
        List<String> lines = text(out).lines().toList();
        assertTrue(lines.get(1).matches("test loss \\d\\.\\d{4}  test acc 0\\.\\d{4} \\([\\d,]+ of 10,000 right\\)"),
                lines.toString());
        assertEquals(12, lines.size(), text(out));
        assertTrue(lines.get(11).matches("  9 Ankle boot +0\\.\\d{4} \\([\\d,]+ of 1,000\\)"), lines.get(11));
    }

    @Test
    void aDamagedOrForeignFileExitsWithThreeAndSaysWhy() throws Exception {
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 0x10;
        Path damaged = Files.write(dir.resolve("damaged.smlab"), bytes);
        assertEquals(ExitCode.DATASET_PROBLEM, evaluate(damaged.toString()));
        assertTrue(text(err).contains("Cannot open 'damaged.smlab': the file is damaged"), text(err));

        Path foreign = Files.writeString(dir.resolve("notes.smlab"), "not a model");
        assertEquals(ExitCode.DATASET_PROBLEM, evaluate(foreign.toString()));
        assertTrue(text(err).contains("Cannot open 'notes.smlab': it is not a SoftmaxLab model file"), text(err));

        assertEquals(ExitCode.DATASET_PROBLEM, evaluate(dir.resolve("absent.smlab").toString()));
        assertTrue(text(err).contains("there is no such file"), text(err));
        assertFalse(text(out).contains("test acc"), "nothing evaluated");
    }

    @Test
    void withoutAFileItIsAnInvalidCommandLine() {
        assertEquals(ExitCode.INVALID_ARGUMENTS, evaluate());
        assertTrue(text(err).contains("Missing required parameter: 'FILE'"), text(err));
    }
}
