package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.session.OnnxBuilder;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.ModelSpec;

/**
 * {@code train --save-model m.onnx}, then {@code evaluate m.onnx}: the accuracy training reported; and
 * a file SoftmaxLab cannot take exits with 3 naming what is wrong.
 */
@Tag("locale")
@Timeout(300)
class OnnxCommandLineTest extends CommandLineCapture {


    @Test
    void trainSavesAnOnnxModelThatEvaluateScoresAsTrainingDid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mlp.onnx");
        String data = RealData.folder().toString();
        assertEquals(ExitCode.DONE, run(new TrainCommand(stream(out), stream(err), false), "--data", data,
                "--train-images", "6000", "--epochs", "1", "--model", "mlp", "--hidden", "48", "--save-model",
                file.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Saved the model (1 epoch) to " + file));
        SavedModel saved = ModelFormats.ONNX.read(file);
        assertEquals(ModelSpec.mlp(48), saved.config().model());
        assertEquals(1, saved.epochs().size());
        out.reset();
        assertEquals(ExitCode.DONE, run(new EvaluateCommand(stream(out), stream(err), false), file.toString(),
                "--json", "--data", data), err.toString(StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8).strip();
        Matcher accuracy = Pattern.compile("\"test_acc\":([0-9.]+)").matcher(json);
        assertTrue(accuracy.find(), json);
        assertEquals(saved.epochs().get(0).testAccuracy(), Double.parseDouble(accuracy.group(1)), 1e-6, json);
        assertTrue(json.contains("\"epochs\":1"), json);
    }

    @Test
    void aPyTorchExportIsDescribedAsWeightsOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("torch.onnx");
        Files.write(file, OnnxBuilder.torchLike(ModelSpec.mlp(5), new float[ModelSpec.mlp(5).parameterCount()]).bytes());
        String data = RealData.folder().toString();
        assertEquals(ExitCode.DONE, run(new EvaluateCommand(stream(out), stream(err), false), file.toString(), "--data",
                data), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(file + ": an MLP with 5 hidden units; weights only "
                + "(this .onnx file does not record how it was trained)"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        run(new EvaluateCommand(stream(out), stream(err), false), file.toString(), "--json", "--data", data);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"epochs\":null"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGraphSoftmaxLabCannotRunExitsWithThreeNamingTheOperator(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cnn.onnx");
        Files.write(file, new OnnxBuilder().input("x", 1, "N", 1, 28, 28)
                .node("/conv1/Conv", "Conv", List.of("x", "k"), "c")
                .initializer(OnnxBuilder.floatTensor("k", new long[] {1, 1, 3, 3}, new float[9])).output("c").bytes());
        int code = run(new EvaluateCommand(stream(out), stream(err), false), file.toString(), "--data",
                RealData.folder().toString());
        assertEquals(ExitCode.DATASET_PROBLEM, code);
        assertEquals("softmaxlab: Cannot open 'cnn.onnx': its node '/conv1/Conv' uses the operator Conv, which "
                + "SoftmaxLab cannot run. SoftmaxLab opens d2l's nets as torch.onnx.export writes them: Flatten, then "
                + "Gemm (or MatMul and Add), Relu between two layers, and optionally Softmax at the end.",
                err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
