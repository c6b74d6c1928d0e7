package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.softmaxlab.session.ModelFileException.Reason;
import org.softmaxlab.train.EpochMetrics;

@Tag("locale")
class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsSettingsMetricsAndEveryBitOfEveryParameter() throws Exception {
        Path file = dir.resolve("model" + ModelFile.EXTENSION);
        ModelFile.write(file, ModelFixtures.model());

        SavedModel read = ModelFile.read(file);

        assertEquals(ModelFixtures.CONFIG, read.config());
        assertEquals(ModelFixtures.EPOCHS, read.epochs());
        assertArrayEquals(rawBits(ModelFixtures.parameters()), rawBits(read.parameters()));
        assertEquals(ModelFixtures.model(), read);
    }

    @Test
    void aModelWithoutEpochsRoundTrips() throws Exception {
        Path file = dir.resolve("fresh.smlab");
        SavedModel fresh = new SavedModel(ModelFixtures.CONFIG, List.of(), ModelFixtures.parameters());
        ModelFile.write(file, fresh);

        assertEquals(fresh, ModelFile.read(file));
    }

    @Test
    void theFileIsTheDocumentedLayout() throws Exception {
        Path file = dir.resolve("model.smlab");
        ModelFile.write(file, ModelFixtures.model());
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));

        assertEquals(ModelFile.HEADER_BYTES + (ModelFixtures.parametersOffset() - ModelFile.HEADER_BYTES)
                + 4 + SavedModel.PARAMETER_COUNT * 4 + ModelFile.CHECKSUM_BYTES, bytes.capacity());
        assertEquals(ModelFile.FORMAT_VERSION, bytes.getInt(ModelFile.VERSION_OFFSET));
        assertEquals(ModelFixtures.EPOCHS.size(), bytes.getInt(ModelFixtures.epochsOffset()));
        assertEquals(SavedModel.PARAMETER_COUNT, bytes.getInt(ModelFixtures.parametersOffset()));
        assertEquals(ModelFixtures.parameters()[5], bytes.getFloat(ModelFixtures.parametersOffset() + 4 + 5 * 4));
    }

    @Test
    void writingReplacesAnEarlierFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.smlab");
        ModelFile.write(file, new SavedModel(ModelFixtures.CONFIG, List.of(), new float[SavedModel.PARAMETER_COUNT]));
        ModelFile.write(file, ModelFixtures.model());

        assertEquals(ModelFixtures.model(), ModelFile.read(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aWriteThatFailsMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.smlab");
        SavedModel previous = new SavedModel(ModelFixtures.CONFIG, List.of(), new float[SavedModel.PARAMETER_COUNT]);
        ModelFile.write(file, previous);
        byte[] before = Files.readAllBytes(file);

        IOException e = assertThrows(IOException.class,
                () -> ModelFile.write(file, ModelFixtures.model(), out -> new DiskFullAfter(out, 1000)));

        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(previous, ModelFile.read(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 19})
    void aFileCutInsideTheHeaderIsTruncated(int length) throws Exception {
        ModelFileException e = readFails(Arrays.copyOf(ModelFixtures.bytes(), length), Reason.TRUNCATED);

        assertTrue(e.getMessage().contains("expected at least 20 bytes, found " + length), e.getMessage());
    }

    @Test
    void aFileCutInsideTheBodySaysHowManyBytesWereExpectedAndFound() throws Exception {
        byte[] whole = ModelFixtures.bytes();
        int[] cuts = {ModelFile.HEADER_BYTES, ModelFixtures.epochsOffset() + 10, ModelFixtures.parametersOffset() + 999,
            whole.length - ModelFile.CHECKSUM_BYTES, whole.length - 1};
        for (int length : cuts) {
            ModelFileException e = readFails(Arrays.copyOf(whole, length), Reason.TRUNCATED);

            String expected = String.format(Locale.ROOT, "expected %,d bytes, found %,d", whole.length, length);
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertTrue(e.getMessage().contains("copy it again"), e.getMessage());
        }
    }

    static Stream<Arguments> sections() {
        int end = ModelFixtures.bytes().length;
        return Stream.of(
                Arguments.of("magic", 3, Reason.NOT_A_MODEL_FILE),
                Arguments.of("format version", ModelFile.VERSION_OFFSET + 3, Reason.DAMAGED),
                Arguments.of("body length", ModelFile.BODY_LENGTH_OFFSET + 1, Reason.DAMAGED),
                Arguments.of("header checksum", ModelFile.HEADER_CHECKSUM_OFFSET, Reason.DAMAGED),
                Arguments.of("settings", ModelFixtures.settingsOffset() + 9, Reason.DAMAGED),
                Arguments.of("epochs", ModelFixtures.epochsOffset() + 20, Reason.DAMAGED),
                Arguments.of("parameters", ModelFixtures.parametersOffset() + 4 + 4000, Reason.DAMAGED),
                Arguments.of("body checksum", end - 2, Reason.DAMAGED));
    }

    @ParameterizedTest(name = "a flipped byte in the {0}")
    @MethodSource("sections")
    void aFlippedByteInAnySectionIsCaught(String section, int offset, Reason reason) throws Exception {
        byte[] bytes = ModelFixtures.bytes();
        bytes[offset] ^= 0x10;

        ModelFileException e = readFails(bytes, reason);

        if (reason == Reason.DAMAGED) {
            assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("another copy"), e.getMessage());
        }
    }

    @Test
    void foreignFilesAreNotModelFiles() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] text = "epoch,train_loss\n1,0.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] zip = {'P', 'K', 3, 4};
        for (byte[] foreign : List.of(png, text, zip)) {
            ModelFileException e = readFails(foreign, Reason.NOT_A_MODEL_FILE);

            assertTrue(e.getMessage().contains("not a SoftmaxLab model file"), e.getMessage());
        }
    }

    @Test
    void anEmptyFileIsNotAModelFile() throws Exception {
        ModelFileException e = readFails(new byte[0], Reason.NOT_A_MODEL_FILE);

        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
    }

    @Test
    void aNewerFormatAsksForANewerSoftmaxLab() throws Exception {
        byte[] bytes = ModelFixtures.bytes();
        ByteBuffer.wrap(bytes).putInt(ModelFile.VERSION_OFFSET, ModelFile.FORMAT_VERSION + 1);

        ModelFileException e = readFails(ModelFixtures.withValidChecksums(bytes), Reason.NEWER_VERSION);

        assertTrue(e.getMessage().contains("newer SoftmaxLab (model format " + (ModelFile.FORMAT_VERSION + 1)
                + "; this version reads format " + ModelFile.FORMAT_VERSION),
                e.getMessage());
        assertTrue(e.getMessage().contains("Update SoftmaxLab"), e.getMessage());
    }

    @Test
    void bytesAfterTheEndAreDamage() throws Exception {
        byte[] whole = ModelFixtures.bytes();

        ModelFileException e = readFails(Arrays.copyOf(whole, whole.length + 3), Reason.DAMAGED);

        assertTrue(e.getMessage().contains("3 unexpected bytes"), e.getMessage());
    }

    @Test
    void aWrongParameterCountIsRefused() throws Exception {
        byte[] bytes = ModelFile.encode(ModelFixtures.CONFIG, ModelFixtures.EPOCHS, new float[100]);

        ModelFileException e = readFails(bytes, Reason.WRONG_PARAMETER_COUNT);

        assertTrue(e.getMessage().contains("it holds 100 parameters, but a SoftmaxLab model has 7,850"),
                e.getMessage());
    }

    @Test
    void nonFiniteParametersAreRefusedAsADivergedModel() throws Exception {
        float[] parameters = ModelFixtures.parameters();
        parameters[784 * 10 + 7] = Float.NaN;
        parameters[784 * 10 + 8] = Float.POSITIVE_INFINITY;

        ModelFileException e = readFails(ModelFile.encode(ModelFixtures.CONFIG, ModelFixtures.EPOCHS, parameters),
                Reason.NON_FINITE_PARAMETERS);

        assertTrue(e.getMessage().contains("2 of its 7,850 parameters are not finite"), e.getMessage());
        assertTrue(e.getMessage().contains("the bias of class 7 (Sneaker)"), e.getMessage());
        assertTrue(e.getMessage().contains("diverged") && e.getMessage().contains("smaller learning rate"),
                e.getMessage());
    }

    @Test
    void anUnknownLossFormulaOrInvalidSettingsAreRefused() throws Exception {
        byte[] unknownLoss = ModelFixtures.bytes();
        unknownLoss[ModelFixtures.modelOffset() - 1] = 'X';
        ModelFileException e = readFails(ModelFixtures.withValidChecksums(unknownLoss), Reason.INVALID_CONTENT);
        assertTrue(e.getMessage().contains("loss formula 'naivX'"), e.getMessage());

        byte[] negativeRate = ModelFixtures.bytes();
        ByteBuffer.wrap(negativeRate).putDouble(ModelFixtures.settingsOffset() + 4, -1.0);
        e = readFails(ModelFixtures.withValidChecksums(negativeRate), Reason.INVALID_CONTENT);
        assertTrue(e.getMessage().contains("learning rate must be a finite number greater than 0 (was -1.0)"),
                e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderIsUnreadable() {
        ModelFileException missing = assertThrows(ModelFileException.class,
                () -> ModelFile.read(dir.resolve("nowhere.smlab")));
        assertEquals(Reason.UNREADABLE, missing.reason());
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());

        ModelFileException folder = assertThrows(ModelFileException.class, () -> ModelFile.read(dir));
        assertEquals(Reason.UNREADABLE, folder.reason());
        assertTrue(folder.getMessage().contains("it is a folder"), folder.getMessage());
    }

    /** Writes {@code bytes} to a file, expects reading it to fail for {@code reason} and to change nothing. */
    private ModelFileException readFails(byte[] bytes, Reason reason) throws IOException {
        Path file = dir.resolve("suspect.smlab");
        Files.write(file, bytes);

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(file));

        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Cannot open 'suspect.smlab': "), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
        return e;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static int[] rawBits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    /** A disk that fills up after {@code limit} bytes. */
    private static final class DiskFullAfter extends FilterOutputStream {
        private int remaining;

        DiskFullAfter(OutputStream out, int limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (remaining-- <= 0) {
                throw new IOException("No space left on device");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @Test
    void epochMetricsKeepTheirExactValues() throws Exception {
        EpochMetrics odd = new EpochMetrics(7, Double.POSITIVE_INFINITY, 0.1 + 0.2, Double.NaN, 1.0 / 3, 0.0, -0.0);
        Path file = dir.resolve("odd.smlab");
        ModelFile.write(file, new SavedModel(ModelFixtures.CONFIG, List.of(odd), ModelFixtures.parameters()));

        assertEquals(List.of(odd), ModelFile.read(file).epochs());
    }
}
