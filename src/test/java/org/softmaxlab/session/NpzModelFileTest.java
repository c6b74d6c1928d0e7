package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.io.NpyArray;
import org.softmaxlab.io.Npz;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.session.ModelFileException.Reason;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/** The state_dict .npz format: exact round trips, and every bad archive refused by name. */
@Tag("locale")
class NpzModelFileTest {

    @TempDir
    Path dir;

    private static Map<String, NpyArray> softmaxStateDict() {
        return NpzModelFile.stateDict(ModelSpec.SOFTMAX, ModelFixtures.parameters());
    }

    @Test
    void smlabToNpzToSmlabIsBitIdenticalForBothModels() throws Exception {
        for (SavedModel model : List.of(
                new SavedModel(TrainConfig.DEFAULTS, List.of(), ModelFixtures.parameters()),
                new SavedModel(TrainConfig.DEFAULTS.withModel(MlpModelFileTest.MLP), List.of(),
                        MlpModelFileTest.mlpParameters()))) {
            Path original = dir.resolve("a.smlab");
            Path npz = dir.resolve("b.npz");
            Path back = dir.resolve("c.smlab");
            ModelFormats.SMLAB.write(original, model);
            ModelFormats.NPZ.write(npz, ModelFormats.SMLAB.read(original));
            ModelFormats.forFile(back).orElseThrow().write(back, ModelFormats.forFile(npz).orElseThrow().read(npz));

            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(back), model.config().model().describe());
        }
    }

    @Test
    void theArchiveHoldsPyTorchsNamesShapesAndTransposedWeights() throws Exception {
        float[] p = MlpModelFileTest.mlpParameters();
        Path file = dir.resolve("m.npz");
        NpzModelFile.write(file, new SavedModel(TrainConfig.DEFAULTS.withModel(MlpModelFileTest.MLP), List.of(), p));

        Map<String, NpyArray> read = Npz.read(file, 1 << 20, 64);

        assertEquals(List.of("1.weight", "1.bias", "3.weight", "3.bias"), List.copyOf(read.keySet()));
        assertArrayEquals(new int[] {7, 784}, read.get("1.weight").shape());
        assertArrayEquals(new int[] {10, 7}, read.get("3.weight").shape());
        // PyTorch's weight[out][in] is SoftmaxLab's [in][out]: hidden unit 2's weight of pixel 300.
        assertEquals(p[300 * 7 + 2], read.get("1.weight").values()[2 * 784 + 300]);
        assertEquals(p[784 * 7 + 5], read.get("1.bias").values()[5]);
        assertEquals(p[785 * 7 + 4 * 10 + 9], read.get("3.weight").values()[9 * 7 + 4]);
        assertEquals(p[p.length - 1], read.get("3.bias").values()[9]);
        assertEquals(List.of(), filesOtherThan(file));
    }

    @Test
    void float64IsReadAsFloat32() throws Exception {
        Map<String, NpyArray> sd = softmaxStateDict();
        Path file = archive("f8.npz", Map.of("1.weight", npy("<f8", sd.get("1.weight")), "1.bias",
                npy(">f8", sd.get("1.bias"))));

        assertArrayEquals(ModelFixtures.parameters(), NpzModelFile.read(file).parameters());
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysExpected() throws Exception {
        Map<String, NpyArray> sd = new LinkedHashMap<>(softmaxStateDict());
        sd.put("0.weight", sd.get("1.bias"));
        ModelFileException e = readFails(write("extra.npz", sd), Problem.NPZ_UNKNOWN_KEY);
        assertEquals("Cannot open 'extra.npz': it holds an array '0.weight' that neither model has. SoftmaxLab reads "
                + "the state_dict of d2l's nets: '1.weight' and '1.bias' (softmax regression), and also '3.weight' "
                + "and '3.bias' (the MLP).", e.getMessage());
        assertEquals(Reason.WRONG_PARAMETER_COUNT, e.reason());
    }

    @Test
    void aMissingKeyOrAWrongShapeIsNamed() throws Exception {
        Map<String, NpyArray> noBias = new LinkedHashMap<>(softmaxStateDict());
        noBias.remove("1.bias");
        assertTrue(readFails(write("nobias.npz", noBias), Problem.NPZ_MISSING_KEY).getMessage()
                .contains("it has no array '1.bias'"));

        Map<String, NpyArray> wide = new LinkedHashMap<>(softmaxStateDict());
        wide.put("1.weight", new NpyArray(new int[] {10, 785}, new float[7850]));
        assertTrue(readFails(write("wide.npz", wide), Problem.NPZ_WRONG_SHAPE).getMessage()
                .endsWith("'1.weight' has shape (10, 785), but this model needs (10, 784)."));

        Map<String, NpyArray> mlp = new LinkedHashMap<>(NpzModelFile.stateDict(MlpModelFileTest.MLP,
                MlpModelFileTest.mlpParameters()));
        mlp.put("3.weight", new NpyArray(new int[] {10, 8}, new float[80]));
        assertTrue(readFails(write("mlp.npz", mlp), Problem.NPZ_WRONG_SHAPE).getMessage()
                .endsWith("'3.weight' has shape (10, 8), but this model needs (10, 7)."));
    }

    @Test
    void integerWeightsAreRefusedNamingTheDtypeAndTheFix() throws Exception {
        Path file = archive("ints.npz", Map.of("1.weight", npy("<i8", new int[] {10, 784}, new byte[7840 * 8]),
                "1.bias", npy("<f4", softmaxStateDict().get("1.bias"))));
        ModelFileException e = readFails(file, Problem.NPZ_DTYPE);
        assertTrue(e.getMessage().endsWith("'1.weight' holds int64 numbers (dtype '<i8'), but model weights must be "
                + "float32 or float64. In PyTorch, save v.float().numpy()."), e.getMessage());
    }

    @Test
    void aNaNWeightIsNamedByKeyAndIndex() throws Exception {
        Map<String, NpyArray> sd = new LinkedHashMap<>(softmaxStateDict());
        float[] bias = sd.get("1.bias").values();
        bias[7] = Float.NaN;
        sd.put("1.bias", new NpyArray(new int[] {10}, bias));
        ModelFileException e = readFails(write("nan.npz", sd), Problem.NPZ_NON_FINITE);
        assertTrue(e.getMessage().contains("'1.bias' holds 1 number that is not finite (NaN or ±∞), the first at "
                + "flat index 7"), e.getMessage());
        assertEquals(Reason.NON_FINITE_PARAMETERS, e.reason());
    }

    @Test
    void aTruncatedArchiveOrAnotherFileIsRefused() throws Exception {
        Path whole = write("whole.npz", softmaxStateDict());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.npz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Reason.TRUNCATED, readFails(cut, Problem.NPZ_TRUNCATED).reason());

        Path damaged = dir.resolve("damaged.npz");
        byte[] flipped = bytes.clone();
        flipped[500] ^= 0x10;
        Files.write(damaged, flipped);
        assertTrue(readFails(damaged, Problem.NPZ_CHECKSUM).getMessage().contains("'1.weight' is damaged"));

        Path text = dir.resolve("notes.npz");
        Files.writeString(text, "not an archive");
        assertEquals(Reason.NOT_A_MODEL_FILE, readFails(text, Problem.NPZ_NOT_A_ZIP).reason());

        assertEquals(Problem.NO_SUCH_FILE, assertThrows(ModelFileException.class,
                () -> ModelFormats.NPZ.read(dir.resolve("none.npz"))).problem());
    }

    @Test
    void fortranOrderIsRefused() throws Exception {
        byte[] fortran = npy("<f4", softmaxStateDict().get("1.weight"));
        String header = new String(fortran, 10, 100, StandardCharsets.US_ASCII).replace("False", "True ");
        System.arraycopy(header.getBytes(StandardCharsets.US_ASCII), 0, fortran, 10, 100);
        Path file = archive("f.npz", Map.of("1.weight", fortran, "1.bias", npy("<f4", softmaxStateDict().get("1.bias"))));
        assertTrue(readFails(file, Problem.NPZ_FORTRAN_ORDER).getMessage().contains("np.ascontiguousarray"));
    }

    private Path write(String name, Map<String, NpyArray> arrays) throws Exception {
        Path file = dir.resolve(name);
        Npz.write(file, arrays);
        return file;
    }

    private ModelFileException readFails(Path file, Problem problem) throws Exception {
        byte[] before = Files.readAllBytes(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.forFile(file).orElseThrow().read(file));
        assertEquals(problem, e.problem(), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "reading changes nothing");
        return e;
    }

    private List<Path> filesOtherThan(Path file) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> !f.equals(file)).toList();
        }
    }

    /** A .npy of {@code array} in dtype {@code descr} (a float type). */
    private static byte[] npy(String descr, NpyArray array) {
        int size = descr.charAt(2) - '0';
        ByteBuffer data = ByteBuffer.allocate(array.values().length * size)
                .order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (float v : array.values()) {
            if (size == 8) {
                data.putDouble(v);
            } else {
                data.putFloat(v);
            }
        }
        return npy(descr, array.shape(), data.array());
    }

    private static byte[] npy(String descr, int[] shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + NpyArray.describe(shape) + ", }";
        String header = dict + " ".repeat(117 - dict.length()) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        return b.put(header.getBytes(StandardCharsets.US_ASCII)).put(data).array();
    }

    private Path archive(String name, Map<String, byte[]> entries) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
