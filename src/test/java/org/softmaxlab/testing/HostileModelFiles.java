package org.softmaxlab.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Model files crafted to hurt a reader: each is small on disk and says something that, trusted,
 * costs minutes or gigabytes (a header bomb, a zip bomb, lying lengths, absurd dimensions). The
 * io, session, command-line and window tests all open the same ones.
 */
public final class HostileModelFiles {

    /** One crafted file: its name, its bytes, and the problem (a ModelFileException.Problem name) it is refused with. */
    public record Crafted(String name, byte[] bytes, String problem) {

        /** Writes the file into {@code dir}. */
        public Path writeTo(Path dir) throws IOException {
            return Files.write(dir.resolve(name), bytes);
        }
    }

    /** The 8 MB header of the issue: the shape tuple opened again and again, never closed. */
    public static final int BOMB_HEADER_BYTES = 8 << 20;

    private HostileModelFiles() {
    }

    /** Every crafted file, in the order a test opens them; made once (the bombs take seconds to deflate). */
    public static Map<String, Crafted> all() {
        return All.FILES;
    }

    /** Holds the crafted files from their first use on. */
    private static final class All {
        static final Map<String, Crafted> FILES = java.util.Collections.unmodifiableMap(make());
    }

    private static Map<String, Crafted> make() {
        Map<String, Crafted> all = new LinkedHashMap<>();
        for (Crafted c : new Crafted[] {
                headerBomb(),
                new Crafted("lying-length.npz", zip(true, Map.of("1.weight.npy", npy("<f4", "(10, 784)", new byte[100]))),
                        "NPZ_WRONG_LENGTH"),
                new Crafted("huge-dims.npz", zip(true, Map.of("1.weight.npy", npy("<f4", "(100000, 100000, 100000)",
                        new byte[0]))), "NPZ_HUGE_SHAPE"),
                new Crafted("overflowing-dim.npz", zip(true, Map.of("1.weight.npy", npy("<f4",
                        "(99999999999999999999999, 784)", new byte[0]))), "NPZ_HUGE_SHAPE"),
                new Crafted("negative-dims.npz", zip(true, Map.of("1.weight.npy", npy("<f4", "(-3, 784)",
                        new byte[0]))), "NPZ_NEGATIVE_DIMENSION"),
                new Crafted("truncated.npz", Arrays.copyOf(softmaxNpz(), softmaxNpz().length / 3), "NPZ_TRUNCATED"),
                zipBombLyingSize(),
                zipBombHonestSize(),
                manyArrays(),
                new Crafted("unclosed-quote.npz", zip(true, Map.of("1.weight.npy", npy("<f4", "(10, 784)",
                        new byte[0], "{'descr': '<f4, 'fortran_order': False, 'shape': (10, 784), }"))),
                        "NPZ_NOT_NPY"),
        }) {
            all.put(c.name(), c);
        }
        return all;
    }

    /**
     * A 16 KB archive whose one array has an 8 MB header repeating {@code 'shape': (1, } without a
     * closing parenthesis: the old regular expressions spent over a minute on it.
     */
    public static Crafted headerBomb() {
        StringBuilder header = new StringBuilder("{'descr': '<f4', 'fortran_order': False, ");
        while (header.length() < BOMB_HEADER_BYTES - 16) {
            header.append("'shape': (1, ");
        }
        header.setLength(BOMB_HEADER_BYTES - 1);
        header.append('\n');
        byte[] text = header.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer npy = ByteBuffer.allocate(12 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        npy.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(text.length).put(text);
        return new Crafted("header-bomb.npz", zip(false, Map.of("1.weight.npy", npy.array())), "NPZ_HEADER_TOO_LONG");
    }

    /**
     * A deflated array whose archive declares the 136 bytes of a (2,) float32 array but which unpacks
     * to 64 MB more zeros: a reader trusting the unpacked stream would fill memory.
     */
    public static Crafted zipBombLyingSize() {
        byte[] honest = npy("<f4", "(2,)", new byte[8]);
        byte[] bomb = Arrays.copyOf(honest, honest.length + (64 << 20));
        byte[] zip = zip(false, Map.of("1.weight.npy", bomb));
        declareSize(zip, "1.weight.npy", honest.length);
        return new Crafted("zip-bomb.npz", zip, "NPZ_ENTRY_LONGER");
    }

    /** A deflated archive of 70 KB that truthfully unpacks to 72 MB, more than any model file may hold. */
    public static Crafted zipBombHonestSize() {
        byte[] big = npy("<f4", "(18874368,)", new byte[72 << 20]);
        return new Crafted("zip-bomb-honest.npz", zip(false, Map.of("1.weight.npy", big)), "NPZ_TOO_LARGE");
    }

    /** An archive of 5,000 empty arrays: each costs a reader a lookup, none is a model's. */
    public static Crafted manyArrays() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            entries.put("a" + i + ".npy", new byte[0]);
        }
        return new Crafted("many-arrays.npz", zip(true, entries), "NPZ_TOO_MANY_ARRAYS");
    }

    /** A valid softmax regression state_dict of zeros, stored. */
    public static byte[] softmaxNpz() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("1.weight.npy", npy("<f4", "(10, 784)", new byte[10 * 784 * 4]));
        entries.put("1.bias.npy", npy("<f4", "(10,)", new byte[10 * 4]));
        return zip(true, entries);
    }

    /** A .npy, format 1.0, of {@code data} with the header NumPy writes for {@code descr} and {@code shape}. */
    public static byte[] npy(String descr, String shape, byte[] data) {
        return npy(descr, shape, data, "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }");
    }

    private static byte[] npy(String descr, String shape, byte[] data, String dict) {
        int unpadded = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        return b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
    }

    /** A zip of {@code entries} (name to bytes), stored like np.savez or deflated like np.savez_compressed. */
    public static byte[] zip(boolean stored, Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Rewrites the uncompressed size that the central directory gives for {@code name}: a lie a reader must catch. */
    private static void declareSize(byte[] zip, String name, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int at = zip.length - 46; at >= 0; at--) {
            if (b.getInt(at) == 0x02014b50 && b.getShort(at + 28) == nameBytes.length
                    && Arrays.equals(zip, at + 46, at + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                b.putInt(at + 24, size);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }
}
