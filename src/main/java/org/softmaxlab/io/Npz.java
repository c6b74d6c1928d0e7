package org.softmaxlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
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
     * The arrays of {@code file} by key, in the archive's order.
     *
     * @param maxBytes refuses archives whose arrays add up to more (so a wrongly chosen file is not
     *                 read into memory whole)
     * @throws IOException   when the file cannot be read at all (missing, no permission)
     * @throws NpzException  when it is not a readable .npz, naming the array at fault
     */
    public static Map<String, NpyArray> read(Path file, long maxBytes) throws IOException, NpzException {
        byte[] start = new byte[ZIP_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(start, 0, start.length);
            if (n < start.length || !java.util.Arrays.equals(start, ZIP_MAGIC)) {
                throw new NpzException(NpzException.Problem.NOT_A_ZIP, null, "it is not a NumPy .npz archive (a zip "
                        + "of .npy arrays, as np.savez writes)");
            }
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new NpzException(NpzException.Problem.TRUNCATED_ZIP, null, "the archive is cut short or damaged ("
                    + e.getMessage() + "); copy it again or save it again with np.savez", e.getMessage());
        }
        try (zip) {
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
                    throw new NpzException(NpzException.Problem.NOT_NPY, key, "'" + name + "' in the archive is not "
                            + "a .npy array", "not a .npy entry");
                }
                total += Math.max(0, entry.getSize());
                if (entry.getSize() < 0 || total > maxBytes) {
                    throw new NpzException(NpzException.Problem.TOO_LARGE, key, "its arrays are larger than any "
                            + "model (over " + maxBytes + " bytes)", maxBytes);
                }
                arrays.put(key, Npy.decode(readChecked(zip, entry, key), key));
            }
            return arrays;
        } catch (ZipException e) {
            throw new NpzException(NpzException.Problem.TRUNCATED_ZIP, null, "the archive is cut short or damaged ("
                    + e.getMessage() + "); copy it again or save it again with np.savez", e.getMessage());
        }
    }

    private static byte[] readChecked(ZipFile zip, ZipEntry entry, String key) throws IOException, NpzException {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes((int) entry.getSize() + 1);
        } catch (java.io.EOFException e) {
            throw new NpzException(NpzException.Problem.TRUNCATED_ZIP, key, "'" + key + "' is cut short in the "
                    + "archive; copy it again", e.getMessage());
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (bytes.length != entry.getSize() || (entry.getCrc() != -1 && crc.getValue() != entry.getCrc())) {
            throw new NpzException(NpzException.Problem.CHECKSUM, key, "'" + key + "' is damaged: its bytes do not "
                    + "match the archive's checksum; copy it again");
        }
        return bytes;
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
