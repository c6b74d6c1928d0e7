package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/** ONNX files: exact round trips for both models, and the graphs of d2l's nets that other exporters write. */
class OnnxModelFileTest {

    @TempDir
    Path dir;

    private static final SavedModel SOFTMAX = ModelFixtures.model();
    private static final SavedModel MLP = new SavedModel(MlpModelFileTest.MLP_CONFIG, ModelFixtures.EPOCHS,
            MlpModelFileTest.mlpParameters());

    @Test
    void ourOwnFileOpensAsItWasSavedForBothModels() throws Exception {
        for (SavedModel model : List.of(SOFTMAX, MLP)) {
            Path file = dir.resolve("m.onnx");
            ModelFormats.forFile(file).orElseThrow().write(file, model);
            SavedModel read = ModelFormats.ONNX.read(file);
            // Bit-identical weights, the settings (every one away from its default) and every epoch.
            assertEquals(model, read);
        }
    }

    @Test
    void theFileSaysWhatAProgramUsingItNeeds() throws Exception {
        var metadata = OnnxParser.parse(OnnxModelFile.encode(MLP), "m.onnx").metadata();
        assertEquals("[\"T-shirt/top\", \"Trouser\", \"Pullover\", \"Dress\", \"Coat\", \"Sandal\", \"Shirt\", "
                + "\"Sneaker\", \"Bag\", \"Ankle boot\"]", metadata.get("class_names"));
        assertEquals(DatasetSignature.FASHION_MNIST.classCount(), 10);
        assertEquals("Fashion-MNIST", metadata.get("dataset"));
        assertTrue(metadata.get("input").startsWith("images: float32 (N, 1, 28, 28)"), metadata.get("input"));
        assertEquals("mlp", metadata.get("softmaxlab.model"));
        assertEquals("7", metadata.get("softmaxlab.hidden_units"));
        assertEquals("0.05", metadata.get("softmaxlab.learning_rate"));
        assertEquals("64", metadata.get("softmaxlab.batch_size"));
        assertEquals(4, metadata.get("softmaxlab.history").split("\n").length);
    }

    @Test
    void theTorchExportOfD2lsNetsOpensWithD2lsSettingsAndNoEpochs() throws Exception {
        for (SavedModel model : List.of(SOFTMAX, MLP)) {
            ModelSpec spec = model.config().model();
            SavedModel read = OnnxModelFile.decode(OnnxBuilder.torchLike(spec, model.parameters()).bytes(), "t.onnx");
            assertArrayEquals(model.parameters(), read.parameters());
            assertEquals(TrainConfig.DEFAULTS.withModel(spec), read.config());
            assertEquals(List.of(), read.epochs());
        }
    }

    @Test
    void matMulAndAddWithWeightsInOutOpenLikeGemm() throws Exception {
        float[] p = MLP.parameters();
        ModelSpec spec = MLP.config().model();
        int h = spec.hidden();
        float[] w1 = new float[784 * h];
        System.arraycopy(p, 0, w1, 0, w1.length);
        float[] b1 = java.util.Arrays.copyOfRange(p, 784 * h, 785 * h);
        float[] w2 = java.util.Arrays.copyOfRange(p, spec.layerOffset(1), spec.layerOffset(1) + h * 10);
        float[] b2 = java.util.Arrays.copyOfRange(p, spec.layerOffset(1) + h * 10, spec.parameterCount());
        byte[] bytes = new OnnxBuilder().input("input", OnnxGraph.FLOAT, "batch", 784)
                .node("mm1", "MatMul", List.of("input", "W1"), "a")
                .node("add1", "Add", List.of("b1", "a"), "z")
                .node("relu", "Relu", List.of("z"), "r")
                .node("mm2", "MatMul", List.of("r", "W2"), "c")
                .node("add2", "Add", List.of("c", "b2"), "logits")
                .node("sm", "Softmax", List.of("logits"), "p", OnnxBuilder.intAttribute("axis", -1))
                .initializer(OnnxBuilder.floatTensor("W1", new long[] {784, h}, w1))
                .initializer(OnnxBuilder.floatTensor("b1", new long[] {h}, b1))
                .initializer(OnnxBuilder.floatTensor("W2", new long[] {h, 10}, w2))
                .initializer(OnnxBuilder.floatTensor("b2", new long[] {1, 10}, b2))
                .output("p").bytes();
        assertArrayEquals(p, OnnxModelFile.decode(bytes, "mm.onnx").parameters());
    }

    @Test
    void reshapeByAConstantGemmWithoutTransposeAndLogSoftmaxOpen() throws Exception {
        float[] p = SOFTMAX.parameters();
        float[] w = java.util.Arrays.copyOf(p, 7840);
        float[] b = java.util.Arrays.copyOfRange(p, 7840, 7850);
        byte[] bytes = new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 28, 28)
                .node("shape", "Constant", List.of(), "s",
                        OnnxBuilder.tensorAttribute("value", OnnxBuilder.int64Tensor("", -1, 784)))
                .node("reshape", "Reshape", List.of("x", "s"), "f")
                .node("id", "Identity", List.of("f"), "g")
                .node("gemm", "Gemm", List.of("g", "W", "b"), "z")
                .node("lsm", "LogSoftmax", List.of("z"), "y", OnnxBuilder.intAttribute("axis", 1))
                .initializer(OnnxBuilder.floatTensor("W", new long[] {784, 10}, w))
                .initializer(OnnxBuilder.floatTensor("b", new long[] {10}, b))
                .output("y").bytes();
        assertArrayEquals(p, OnnxModelFile.decode(bytes, "r.onnx").parameters());
    }

    @Test
    void initializersListedAsInputsAsOlderExportersDoAreNotInputs() throws Exception {
        OnnxBuilder b = OnnxBuilder.torchLike(ModelSpec.SOFTMAX, SOFTMAX.parameters());
        b.input("1.weight", OnnxGraph.FLOAT, 10, 784).input("1.bias", OnnxGraph.FLOAT, 10);
        assertArrayEquals(SOFTMAX.parameters(), OnnxModelFile.decode(b.bytes(), "old.onnx").parameters());
    }

    @Test
    void anOnnxFileOpensByItsExtensionInEveryFrontEnd() throws Exception {
        Path file = dir.resolve("Model.ONNX");
        Files.write(file, OnnxModelFile.encode(SOFTMAX));
        assertEquals(ModelFormats.ONNX, ModelFormats.forFile(file).orElseThrow());
        assertEquals(SOFTMAX, ModelFormats.forFile(file).orElseThrow().read(file));
        assertTrue(ModelFormats.extensions().contains(".onnx"));
    }

    @Test
    void aFailedSaveLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("m.onnx");
        ModelFormats.ONNX.write(file, SOFTMAX);
        byte[] before = Files.readAllBytes(file);
        Path folderInTheWay = dir.resolve("x.onnx");
        Files.createDirectory(folderInTheWay);
        assertThrows(java.io.IOException.class, () -> ModelFormats.ONNX.write(folderInTheWay, MLP));
        assertArrayEquals(before, Files.readAllBytes(file));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.ONNX.read(folderInTheWay));
        assertEquals(Problem.FOLDER, e.problem());
    }
}
