package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.HostileModelFiles;
import org.softmaxlab.testing.HostileModelFiles.Crafted;
import org.softmaxlab.train.TrainConfig;

/**
 * Model files crafted to hang or exhaust a reader (header and zip bombs, lying lengths, absurd
 * dimensions, cut-short archives) are each refused as what they are, naming the file; thousands of
 * randomly damaged copies of real model files are read or refused, never anything else. The timeout
 * only keeps a regression from hanging the build: the header bomb alone took over a minute before.
 */
@Timeout(120)
class HostileModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void eachCraftedFileIsRefusedAsWhatItIs() throws Exception {
        for (Crafted crafted : HostileModelFiles.all().values()) {
            Path file = crafted.writeTo(dir);
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.NPZ.read(file),
                    crafted.name());
            assertEquals(crafted.problem(), e.problem().name(), e.getMessage());
            assertTrue(e.getMessage().startsWith("Cannot open '" + crafted.name() + "': "), e.getMessage());
            assertTrue(e.getMessage().length() < 400, e.getMessage());
        }
    }

    @Test
    void theHeaderBombIsRefusedForItsLengthNamingTheArray() throws Exception {
        Path file = HostileModelFiles.headerBomb().writeTo(dir);
        assertTrue(Files.size(file) < 64 << 10, "a small file: " + Files.size(file));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.NPZ.read(file));
        assertEquals("Cannot open 'header-bomb.npz': '1.weight' has a header of 8,388,608 bytes, but NumPy reads at "
                + "most 10,000 (np.save writes about 128). It was not written by NumPy.", e.getMessage());
    }

    @Test
    void aZipBombIsUnpackedNoFurtherThanItsDeclaredSize() throws Exception {
        Path file = HostileModelFiles.zipBombLyingSize().writeTo(dir);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFormats.NPZ.read(file));
        assertEquals("Cannot open 'zip-bomb.npz': '1.weight' is damaged: it unpacks to more than the 136 bytes the "
                + "archive declares for it. Use another copy, or save it again with np.savez.", e.getMessage());
    }

    @Test
    void aPipeOrDeviceIsRefusedBeforeItIsOpened() throws Exception {
        Path fifo = dir.resolve("pipe.smlab");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        // Opening a pipe nobody writes to would block for good.
        assertEquals(ModelFileException.Problem.NOT_A_FILE,
                assertThrows(ModelFileException.class, () -> ModelFormats.SMLAB.read(fifo)).problem());
        Path npzPipe = Files.move(fifo, dir.resolve("pipe.npz"));
        assertEquals(ModelFileException.Problem.NOT_A_FILE,
                assertThrows(ModelFileException.class, () -> ModelFormats.NPZ.read(npzPipe)).problem());
        Path onnxPipe = Files.move(npzPipe, dir.resolve("pipe.onnx"));
        assertEquals(ModelFileException.Problem.NOT_A_FILE,
                assertThrows(ModelFileException.class, () -> ModelFormats.ONNX.read(onnxPipe)).problem());
    }

    @Test
    void randomlyDamagedModelFilesAreReadOrRefusedNeverAnythingElse() throws Exception {
        Map<String, byte[]> originals = new LinkedHashMap<>();
        Path smlab = dir.resolve("m.smlab");
        ModelFile.write(smlab, new SavedModel(TrainConfig.DEFAULTS, List.of(), ModelFixtures.parameters()));
        originals.put("m.smlab", Files.readAllBytes(smlab));
        originals.put("stored.npz", HostileModelFiles.softmaxNpz());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("1.weight.npy", HostileModelFiles.npy("<f4", "(10, 784)", new byte[10 * 784 * 4]));
        entries.put("1.bias.npy", HostileModelFiles.npy("<f4", "(10,)", new byte[40]));
        originals.put("deflated.npz", HostileModelFiles.zip(false, entries));

        Random random = new Random(9);
        List<String> refusedAs = new ArrayList<>();
        for (Map.Entry<String, byte[]> original : originals.entrySet()) {
            Path file = dir.resolve("fuzzed-" + original.getKey());
            for (int i = 0; i < 1_500; i++) {
                Files.write(file, mutate(original.getValue(), random));
                try {
                    ModelFormats.forFile(file).orElseThrow().read(file);
                } catch (ModelFileException e) {
                    assertTrue(e.getMessage().startsWith("Cannot open 'fuzzed-"), e.getMessage());
                    refusedAs.add(e.problem().name());
                }
                // Anything else (an IndexOutOfBounds, an OutOfMemoryError, a NumberFormatException) fails the test.
            }
        }
        assertTrue(refusedAs.size() > 3_000, "most damage is noticed: " + refusedAs.size());
    }

    /** {@code bytes} with a few bytes flipped, inserted or removed, or cut short. */
    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                // A header-sized region: where lengths, shapes and sizes are.
                int at = random.nextInt(Math.min(b.length, 256));
                b[at] = (byte) random.nextInt(256);
                b[Math.min(b.length - 1, at + 1)] = (byte) 0xFF;
            }
            default -> {
                int at = random.nextInt(b.length);
                byte[] longer = new byte[b.length + 16];
                System.arraycopy(b, 0, longer, 0, at);
                for (int k = 0; k < 16; k++) {
                    longer[at + k] = (byte) random.nextInt(256);
                }
                System.arraycopy(b, at, longer, at + 16, b.length - at);
                b = longer;
            }
        }
        return b;
    }
}
