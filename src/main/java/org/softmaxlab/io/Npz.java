package org.softmaxlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's .npz archive: a zip of .npy arrays, one entry {@code key.npy} per array, as
 * {@code np.savez} (stored) and {@code np.savez_compressed} (deflated) write it. Read whole and
 * checked (every entry's CRC) before anything is returned; written atomically, stored like
 * {@code np.savez}.
 */
public final class Npz {

    private static final String SUFFIX = ".npy";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Npz() {
    }

    /**
     * The arrays of {@code file} by key, in the archive's order. Nothing the archive says is trusted
     * before it is checked: the file's size and the sizes its entries declare against
     * {@code maxBytes}, each array's header against its entry, and each entry's content against its
     * declared size and checksum as it is unpacked, so that neither a zip bomb nor a header bomb is
     * unpacked further than the few bytes that give it away. Interrupting the thread stops the reading.
     *
     * @param maxBytes refuses archives whose arrays add up to more (so a wrongly chosen file is not
     *                 read into memory whole)
     * @param maxArrays refuses archives of more arrays
     * @throws IOException   when the file cannot be read at all (missing, no permission), or the thread
     *                       was interrupted ({@link java.io.InterruptedIOException})
     * @throws NpzException  when it is not a readable .npz, naming the array at fault
     */
    public static Map<String, NpyArray> read(Path file, long maxBytes, int maxArrays)
            throws IOException, NpzException {
        byte[] start = new byte[ZIP_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(start, 0, start.length);
            if (n < start.length || !java.util.Arrays.equals(start, ZIP_MAGIC)) {
                throw new NpzException(NpzException.Problem.NOT_A_ZIP, null, "it is not a NumPy .npz archive (a zip "
                        + "of .npy arrays, as np.savez writes)");
            }
        }
        if (Files.size(file) > maxBytes) {
            throw tooLarge(null, maxBytes);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw truncated(e);
        }
        try (zip) {
            if (zip.size() > maxArrays) {
                throw new NpzException(NpzException.Problem.TOO_MANY_ARRAYS, null, String.format(Locale.ROOT,
                        "it holds %,d arrays, more than any model (%d at most)", zip.size(), maxArrays), zip.size(),
                        maxArrays);
            }
            Map<String, NpyArray> arrays = new LinkedHashMap<>();
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
                if (!name.endsWith(SUFFIX)) {
                    throw new NpzException(NpzException.Problem.NOT_NPY, NpyHeader.shortened(key), "'"
                            + NpyHeader.shortened(name) + "' in the archive is not a .npy array", "not a .npy entry");
                }
                total += Math.max(0, entry.getSize());
                if (entry.getSize() < 0 || total > maxBytes) {
                    throw tooLarge(key, maxBytes);
                }
                arrays.put(key, readChecked(zip, entry, key, maxBytes));
            }
            return arrays;
        } catch (ZipException e) {
            throw truncated(e);
        }
    }

    /**
     * One array, unpacked no further than its declared size (and one byte more, to tell that it lies),
     * its checksum computed on the way.
     */
    private static NpyArray readChecked(ZipFile zip, ZipEntry entry, String key, long maxBytes)
            throws IOException, NpzException {
        NpyArray array;
        try (CheckedInputStream in = new CheckedInputStream(zip.getInputStream(entry), new CRC32())) {
            array = Npy.read(in, entry.getSize(), maxBytes, key);
            if (in.read() >= 0) {
                throw new NpzException(NpzException.Problem.ENTRY_LONGER, key, String.format(Locale.ROOT,
                        "'%s' is damaged: it unpacks to more than the %,d bytes the archive declares for it", key,
                        entry.getSize()), entry.getSize());
            }
            if (entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
                throw new NpzException(NpzException.Problem.CHECKSUM, key, "'" + key + "' is damaged: its bytes do "
                        + "not match the archive's checksum; copy it again");
            }
        } catch (java.io.EOFException e) {
            throw new NpzException(NpzException.Problem.TRUNCATED_ZIP, key, "'" + key + "' is cut short in the "
                    + "archive; copy it again", e.getMessage());
        }
        return array;
    }

    private static NpzException tooLarge(String key, long maxBytes) {
        return new NpzException(NpzException.Problem.TOO_LARGE, key, "its arrays are larger than any model (over "
                + maxBytes + " bytes)", maxBytes);
    }

    private static NpzException truncated(ZipException e) {
        return new NpzException(NpzException.Problem.TRUNCATED_ZIP, null, "the archive is cut short or damaged ("
                + e.getMessage() + "); copy it again or save it again with np.savez", e.getMessage());
    }

    /** Replaces {@code file} atomically with an archive of {@code arrays}, float32 each. */
    public static void write(Path file, Map<String, NpyArray> arrays) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, NpyArray> array : arrays.entrySet()) {
                byte[] bytes = Npy.encode(array.getValue());
                ZipEntry entry = new ZipEntry(array.getKey() + SUFFIX);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.finish();
        });
    }
}
