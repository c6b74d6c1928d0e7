package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.io.ProtoWriter;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.session.ModelFileException.Reason;
import org.softmaxlab.train.ModelSpec;

/**
 * Hostile and broken ONNX files: each is refused with a message naming what is wrong, and none makes
 * the reader allocate what the file claims, open another file, or loop. (The timeouts only stop a
 * reader that hangs; no test measures speed.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OnnxHostileFileTest {

    @TempDir
    Path dir;

    private static final float[] SOFTMAX = ModelFixtures.parameters();

    private static ModelFileException refused(byte[] bytes) {
        return assertThrows(ModelFileException.class, () -> OnnxModelFile.decode(bytes, "bad.onnx"));
    }

    private static OnnxBuilder softmax() {
        return OnnxBuilder.torchLike(ModelSpec.SOFTMAX, SOFTMAX);
    }

    private static float[] weights() {
        return OnnxBuilder.transposed(SOFTMAX, 0, 784, 10);
    }

    @Test
    void aLengthThatRunsPastTheFileIsRefusedNotBelieved() {
        // ModelProto.graph (field 7) claiming 2 GB with 10 bytes behind it.
        ProtoWriter head = new ProtoWriter().varint(1, 7);
        byte[] start = head.toByteArray();
        byte[] lie = {0x3A, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
        byte[] bytes = Arrays.copyOf(start, start.length + lie.length + 10);
        System.arraycopy(lie, 0, bytes, start.length, lie.length);
        ModelFileException e = refused(bytes);
        assertEquals(Problem.ONNX_TRUNCATED, e.problem());
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(List.of(2L, 2_147_483_647L, 10L), e.arguments());
        assertTrue(e.getMessage().contains("the field at byte 2 claims 2,147,483,647 bytes, but only 10 remain"),
                e.getMessage());
    }

    @Test
    void aLengthInsideAMessageCannotReachPastThatMessage() {
        // A tensor whose raw_data claims 1,000 bytes inside an initializer message of 20: the bytes after
        // the initializer are there, but they belong to the graph, not to the tensor.
        ProtoWriter tensor = new ProtoWriter().packedInt64(1, 10).varint(2, 1).string(8, "1.bias");
        byte[] t = tensor.toByteArray();
        byte[] lying = Arrays.copyOf(t, t.length + 3 + 4);
        lying[t.length] = 0x4A; // field 9, raw_data
        lying[t.length + 1] = (byte) 0xE8; // 1,000
        lying[t.length + 2] = 0x07;
        ProtoWriter graph = new ProtoWriter().bytes(5, lying).string(2, "x".repeat(2000));
        ModelFileException e = refused(new ProtoWriter().message(7, graph).toByteArray());
        assertEquals(Problem.ONNX_TRUNCATED, e.problem());
        assertEquals(1000L, e.arguments().get(1));
        assertEquals(4L, e.arguments().get(2));
    }

    @Test
    void aFileCutShortAnywhereIsRefusedAsCutShort() {
        byte[] whole = softmax().bytes();
        for (int length : new int[] {1, 5, whole.length / 2, whole.length - 1}) {
            ModelFileException e = refused(Arrays.copyOf(whole, length));
            assertTrue(e.reason() == Reason.TRUNCATED || e.problem() == Problem.ONNX_NO_GRAPH
                    || e.problem() == Problem.ONNX_MALFORMED, length + ": " + e.getMessage());
        }
        assertEquals(Problem.ONNX_TRUNCATED, refused(Arrays.copyOf(whole, whole.length - 1)).problem());
    }

    @Test
    void anotherKindOfFileIsNotAnOnnxModel() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ModelFileException e = refused(png);
        assertEquals(Reason.NOT_A_MODEL_FILE.equals(e.reason()) || Reason.TRUNCATED.equals(e.reason()), true,
                e.getMessage());
        assertEquals(Problem.EMPTY, refused(new byte[0]).problem());
        assertEquals(Problem.ONNX_NO_GRAPH, refused(new ProtoWriter().varint(1, 7).toByteArray()).problem());
        // A varint of eleven bytes, and proto2's groups, which ONNX never uses.
        byte[] longVarint = new byte[12];
        longVarint[0] = 0x08;
        Arrays.fill(longVarint, 1, 12, (byte) 0x80);
        assertEquals(Problem.ONNX_MALFORMED, refused(longVarint).problem());
        assertEquals(List.of(0L), refused(new byte[] {0x0B, 0x0C}).arguments());
    }

    @Test
    void aNegativeDimensionIsRefusedNamingTheTensor() {
        ModelFileException e = refused(softmax().initializer(0,
                OnnxBuilder.floatTensor("1.weight", new long[] {-10, -784}, weights())).bytes());
        assertEquals(Problem.ONNX_DIMENSION, e.problem());
        assertEquals(List.of("1.weight", -10L), e.arguments());
        ModelFileException input = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", -1, 28, 28).bytes());
        assertEquals(List.of("x", -1L), input.arguments());
    }

    @Test
    void aTensorClaimingGigabytesIsRefusedBeforeAnythingIsAllocated() {
        // 250,000,000 floats (1 GB) with no data, and a shape whose product overflows a long.
        ModelFileException gigabyte = refused(softmax().initializer(0,
                new ProtoWriter().packedInt64(1, 250_000_000L).varint(2, 1).string(8, "1.weight")).bytes());
        assertEquals(Problem.ONNX_TENSOR_TOO_LARGE, gigabyte.problem());
        assertEquals(List.of("1.weight", "(250000000,)", BigInteger.valueOf(250_000_000L), OnnxParser.MAX_TENSOR_ELEMENTS),
                gigabyte.arguments());
        ModelFileException huge = refused(softmax().initializer(0,
                new ProtoWriter().packedInt64(1, 1L << 40, 1L << 40, 1L << 40).varint(2, 1).string(8, "w")).bytes());
        assertEquals(BigInteger.ONE.shiftLeft(120), huge.arguments().get(2));
        assertTrue(huge.getMessage().contains("claims shape (1099511627776, 1099511627776, 1099511627776)"),
                huge.getMessage());
    }

    @Test
    void aTensorWhoseNumbersDoNotFillItsShapeIsRefused() {
        ModelFileException e = refused(softmax().initializer(1,
                OnnxBuilder.floatTensor("1.bias", new long[] {10}, new float[9])).bytes());
        assertEquals(Problem.ONNX_TENSOR_LENGTH, e.problem());
        assertEquals(List.of("1.bias", 9L, "(10,)", 10L), e.arguments());
    }

    @Test
    void externalDataIsRefusedAndTheFileItNamesIsNeverOpened() throws Exception {
        // A named pipe: opening it for reading would block until someone writes, so a reader that
        // followed the reference would hang here instead of refusing.
        Path pipe = dir.resolve("weights.bin");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        assertEquals(0, mkfifo.waitFor());
        ProtoWriter external = new ProtoWriter().packedInt64(1, 10, 784).varint(2, 1).string(8, "1.weight")
                .message(13, new ProtoWriter().string(1, "location").string(2, pipe.toString()))
                .message(13, new ProtoWriter().string(1, "length").string(2, "31360"))
                .varint(14, 1);
        Path model = dir.resolve("external.onnx");
        Files.write(model, softmax().initializer(0, external).bytes());
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.ONNX.read(model));
        assertEquals(Problem.ONNX_EXTERNAL_DATA, e.problem());
        assertEquals(List.of("1.weight", pipe.toString()), e.arguments());
        assertTrue(e.getMessage().contains("SoftmaxLab never opens a file named inside a model"), e.getMessage());
        // data_location EXTERNAL alone is refused too, with or without a location.
        ModelFileException noLocation = refused(softmax().initializer(0,
                new ProtoWriter().packedInt64(1, 10, 784).varint(2, 1).string(8, "1.weight").varint(14, 1)).bytes());
        assertEquals(List.of("1.weight", ""), noLocation.arguments());
    }

    @Test
    void initializersOfTheWrongTypeOrShapeAreRefusedByName() {
        ProtoWriter int32 = new ProtoWriter().packedInt64(1, 10, 784).varint(2, 6).string(8, "1.weight")
                .bytes(9, new byte[7840 * 4]);
        ModelFileException type = refused(softmax().initializer(0, int32).bytes());
        assertEquals(Problem.ONNX_TENSOR_TYPE, type.problem());
        assertEquals(List.of("1.weight", "int32", "float32 or float64"), type.arguments());

        ModelFileException shape = refused(softmax().initializer(0,
                OnnxBuilder.floatTensor("1.weight", new long[] {10, 783}, new float[7830])).bytes());
        assertEquals(Problem.ONNX_TENSOR_SHAPE, shape.problem());
        assertEquals(List.of("1.weight", "(10, 783)", "(H, 784)"), shape.arguments());

        ModelFileException classes = refused(softmax().initializer(0,
                OnnxBuilder.floatTensor("1.weight", new long[] {12, 784}, new float[12 * 784])).initializer(1,
                OnnxBuilder.floatTensor("1.bias", new long[] {12}, new float[12])).bytes());
        assertEquals(List.of("1.weight", "(12, 784)", "(10, 784)"), classes.arguments());

        ModelFileException bias = refused(softmax().initializer(1,
                OnnxBuilder.floatTensor("1.bias", new long[] {11}, new float[11])).bytes());
        assertEquals(List.of("1.bias", "(11,)", "(10,)"), bias.arguments());

        float[] nan = weights();
        nan[5] = Float.NaN;
        nan[9] = Float.POSITIVE_INFINITY;
        ModelFileException diverged = refused(softmax().initializer(0,
                OnnxBuilder.floatTensor("1.weight", new long[] {10, 784}, nan)).bytes());
        assertEquals(Problem.ONNX_NON_FINITE, diverged.problem());
        assertEquals(List.of("1.weight", 2, 5), diverged.arguments());
    }

    @Test
    void aCycleInTheGraphIsNamedNotFollowed() {
        byte[] cycle = new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 784)
                .node("gemm", "Gemm", List.of("h", "W", "b"), "g")
                .node("relu", "Relu", List.of("g"), "h")
                .node("use", "Add", List.of("x", "h"), "y")
                .initializer(OnnxBuilder.floatTensor("W", new long[] {784, 10}, new float[7840]))
                .initializer(OnnxBuilder.floatTensor("b", new long[] {10}, new float[10]))
                .output("y").bytes();
        ModelFileException e = refused(cycle);
        assertEquals(Problem.ONNX_CYCLE, e.problem());
        assertEquals(List.of("gemm", "Gemm"), e.arguments());
        // A node that reads its own output.
        ModelFileException self = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 784)
                .node("loop", "Relu", List.of("loop_out"), "loop_out").output("loop_out").bytes());
        assertEquals(Problem.ONNX_CYCLE, self.problem());
    }

    @Test
    void aValueNothingProvidesIsNamed() {
        ModelFileException e = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 784)
                .node("gemm", "Gemm", List.of("x", "missing_weight", "b"), "y")
                .initializer(OnnxBuilder.floatTensor("b", new long[] {10}, new float[10])).output("y").bytes());
        assertEquals(Problem.ONNX_DANGLING, e.problem());
        assertEquals(List.of("gemm", "Gemm", "missing_weight"), e.arguments());
    }

    @Test
    void anOperatorOutsideD2lsNetsIsNamed() {
        ModelFileException conv = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 1, 28, 28)
                .node("/conv1/Conv", "Conv", List.of("x", "k"), "c")
                .initializer(OnnxBuilder.floatTensor("k", new long[] {1, 1, 3, 3}, new float[9])).output("c").bytes());
        assertEquals(Problem.ONNX_OPERATOR, conv.problem());
        assertEquals(List.of("/conv1/Conv", "Conv"), conv.arguments());
        assertTrue(conv.getMessage().contains("its node '/conv1/Conv' uses the operator Conv, which SoftmaxLab cannot "
                + "run"), conv.getMessage());
        ModelFileException custom = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 784)
                .node("n", "Gemm", "com.example", List.of("x"), List.of("y")).output("y").bytes());
        assertEquals(List.of("n", "com.example.Gemm"), custom.arguments());
    }

    @Test
    void attributesSoftmaxLabCannotTakeAreNamed() {
        OnnxBuilder b = new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 784)
                .node("g", "Gemm", List.of("x", "W", "b"), "y", OnnxBuilder.floatAttribute("alpha", 2))
                .initializer(OnnxBuilder.floatTensor("W", new long[] {784, 10}, new float[7840]))
                .initializer(OnnxBuilder.floatTensor("b", new long[] {10}, new float[10])).output("y");
        ModelFileException e = refused(b.bytes());
        assertEquals(Problem.ONNX_ATTRIBUTE, e.problem());
        assertEquals(List.of("g", "Gemm", "alpha", "2.0", "1"), e.arguments());
        ModelFileException axis = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 1, 28, 28)
                .node("f", "Flatten", List.of("x"), "y", OnnxBuilder.intAttribute("axis", 2)).output("y").bytes());
        assertEquals(List.of("f", "Flatten", "axis", "2", "1"), axis.arguments());
    }

    @Test
    void netsOfOtherShapesAreRefusedSayingWhatTheyAre() {
        ModelSpec mlp = ModelSpec.mlp(5);
        float[] p = MlpModelFileTest.mlpParameters();
        // Three layers: the MLP with one more hidden layer of 5.
        OnnxBuilder deep = OnnxBuilder.torchLike(ModelSpec.mlp(7), p);
        deep = new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 784)
                .node("g1", "Gemm", List.of("x", "W1", "b1"), "a", OnnxBuilder.intAttribute("transB", 1))
                .node("r1", "Relu", List.of("a"), "b")
                .node("g2", "Gemm", List.of("b", "W2", "b2"), "c", OnnxBuilder.intAttribute("transB", 1))
                .node("r2", "Relu", List.of("c"), "d")
                .node("g3", "Gemm", List.of("d", "W3", "b3"), "y", OnnxBuilder.intAttribute("transB", 1))
                .initializer(OnnxBuilder.floatTensor("W1", new long[] {5, 784}, new float[5 * 784]))
                .initializer(OnnxBuilder.floatTensor("b1", new long[] {5}, new float[5]))
                .initializer(OnnxBuilder.floatTensor("W2", new long[] {5, 5}, new float[25]))
                .initializer(OnnxBuilder.floatTensor("b2", new long[] {5}, new float[5]))
                .initializer(OnnxBuilder.floatTensor("W3", new long[] {10, 5}, new float[50]))
                .initializer(OnnxBuilder.floatTensor("b3", new long[] {10}, new float[10])).output("y");
        ModelFileException e = refused(deep.bytes());
        assertEquals(Problem.ONNX_LAYERS, e.problem());
        assertEquals(List.of("Gemm 784→5 → Relu → Gemm 5→5 → Relu → Gemm 5→10"), e.arguments());
        assertTrue(mlp.problems().isEmpty());
        // A Linear on 4-D images without Flatten.
        ModelFileException unflattened = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 1, 28, 28)
                .node("g", "MatMul", List.of("x", "W"), "y")
                .initializer(OnnxBuilder.floatTensor("W", new long[] {784, 10}, new float[7840])).output("y").bytes());
        assertEquals(List.of("MatMul 784→10"), unflattened.arguments());
    }

    @Test
    void inputsOutputsAndBranchesOutsideOneChainAreRefused() {
        ModelFileException two = refused(softmax().input("mask", OnnxGraph.FLOAT, "N", 10).bytes());
        assertEquals(Problem.ONNX_INPUTS, two.problem());
        assertEquals(List.of(2), two.arguments());

        ModelFileException colour = refused(new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 3, 32, 32).bytes());
        assertEquals(Problem.ONNX_INPUT, colour.problem());
        assertEquals(List.of("x", "float32 (N, 3, 32, 32)", "float32 (N, 1, 28, 28) or (N, 784)"), colour.arguments());
        ModelFileException integers = refused(new OnnxBuilder().input("x", OnnxGraph.INT64, "N", 784).bytes());
        assertEquals("int64 (N, 784)", integers.arguments().get(1));

        ModelFileException hidden = refused(OnnxBuilder.torchLike(MlpModelFileTest.MLP, MlpModelFileTest.mlpParameters())
                .output("/2/Relu_output_0").bytes());
        assertEquals(Problem.ONNX_OUTPUT, hidden.problem());
        assertEquals(List.of("/2/Relu_output_0"), hidden.arguments());

        ModelFileException branch = refused(softmax().node("extra", "Relu", List.of("/0/Flatten_output_0"), "z").bytes());
        assertEquals(Problem.ONNX_NOT_A_CHAIN, branch.problem());
        assertEquals(List.of("/0/Flatten_output_0", 2), branch.arguments());

        ModelFileException aside = refused(softmax().node("aside", "Relu", List.of("1.bias"), "z").bytes());
        assertEquals(Problem.ONNX_OFF_PATH, aside.problem());
        assertEquals(List.of("aside", "Relu"), aside.arguments());
    }

    @Test
    void millionsOfTinyEntriesAreRefusedBeforeTheyAreBuilt() {
        // 2 bytes a dimension: a 64 MB file could claim 32 million of them, 256 MB as longs.
        long[] dims = new long[100_000];
        Arrays.fill(dims, 1);
        ModelFileException rank = refused(softmax().initializer(1,
                new ProtoWriter().packedInt64(1, dims).varint(2, 1).string(8, "1.bias")).bytes());
        assertEquals(Problem.ONNX_LIMIT, rank.problem());
        assertEquals(List.of("TensorProto.dims", OnnxParser.MAX_ENTRIES), rank.arguments());

        List<String> inputs = java.util.Collections.nCopies(5000, "");
        ModelFileException arity = refused(softmax().node("wide", "Relu", inputs, "z").bytes());
        assertEquals(List.of("NodeProto.input", OnnxParser.MAX_ENTRIES), arity.arguments());

        OnnxBuilder many = softmax();
        for (int i = 0; i < 1500; i++) {
            many.node("", "Identity", List.of(), "");
        }
        assertEquals(List.of("GraphProto.node", OnnxParser.MAX_ENTRIES), refused(many.bytes()).arguments());

        ModelFileException floats = refused(softmax().initializer(1, new ProtoWriter().packedInt64(1, 10)
                .varint(2, 1).string(8, "1.bias").bytes(4, new byte[4 * (OnnxParser.MAX_TENSOR_ELEMENTS + 1)])).bytes());
        assertEquals(List.of("TensorProto.float_data", OnnxParser.MAX_TENSOR_ELEMENTS), floats.arguments());
    }

    @Test
    void aFileLargerThanAnyModelIsRefusedWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.onnx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ModelFile.MAX_FILE_BYTES + 4096L); // sparse: no disk used
        }
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.ONNX.read(big));
        assertEquals(Problem.ONNX_TOO_LARGE, e.problem());
    }

    @Test
    void everyDamagedCopyIsReadOrRefusedNeverCrashes() {
        // 1,500 copies of both models with bytes changed or cut off at random: each must open (a change in
        // a weight) or be refused with a ModelFileException; any other exception or error fails.
        Random random = new Random(23);
        List<byte[]> originals = List.of(OnnxModelFile.encode(ModelFixtures.model()),
                softmax().bytes(), OnnxModelFile.encode(new SavedModel(MlpModelFileTest.MLP_CONFIG, List.of(),
                        MlpModelFileTest.mlpParameters())));
        int refusedCount = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] bytes = originals.get(i % originals.size()).clone();
            // Most changes land in the weights; aim half of them at the structure before the first tensor.
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                int at = random.nextBoolean() ? random.nextInt(Math.min(bytes.length, 400)) : random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            try {
                OnnxModelFile.decode(bytes, "fuzz.onnx");
            } catch (ModelFileException e) {
                refusedCount++;
                assertTrue(!e.getMessage().isBlank());
            } catch (RuntimeException | Error e) {
                fail("copy " + i + " threw " + e, e);
            }
        }
        assertTrue(refusedCount > 500, "refused " + refusedCount);
    }
}
