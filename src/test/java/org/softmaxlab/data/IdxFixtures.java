package org.softmaxlab.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files (valid or deliberately broken) for the data-layer tests. */
final class IdxFixtures {

    private IdxFixtures() {
    }

    /** An IDX image file: header for {@code count} images of rows×cols, then {@code payload}. */
    static byte[] images(int count, int rows, int cols, byte[] payload) {
        return ByteBuffer.allocate(16 + payload.length)
                .putInt(IdxReader.IMAGE_MAGIC).putInt(count).putInt(rows).putInt(cols).put(payload)
                .array();
    }

    /** {@code count} valid 28×28 images; pixel p of image i is {@code (i * 31 + p) % 256}. */
    static byte[] images(int count) {
        return images(count, 28, 28, pixels(count));
    }

    /** {@code count} valid 28×28 images of seeded noise: they do not compress, unlike {@link #images(int)}. */
    static byte[] noisyImages(int count, long seed) {
        byte[] pixels = new byte[count * ImageShape.MNIST.values()];
        new Random(seed).nextBytes(pixels);
        return images(count, 28, 28, pixels);
    }

    static byte[] pixels(int count) {
        byte[] pixels = new byte[count * ImageShape.MNIST.values()];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < ImageShape.MNIST.values(); p++) {
                pixels[i * ImageShape.MNIST.values() + p] = (byte) ((i * 31 + p) % 256);
            }
        }
        return pixels;
    }

    /** An IDX label file whose header states {@code count} labels, then {@code labels}. */
    static byte[] labels(int count, byte... labels) {
        return ByteBuffer.allocate(8 + labels.length).putInt(IdxReader.LABEL_MAGIC).putInt(count).put(labels).array();
    }

    /** A valid label file: label i is {@code (i * 7) % 10}. */
    static byte[] labels(int count) {
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) ((i * 7) % 10);
        }
        return labels(count, labels);
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code data} gzipped with every optional header field set (extra field, file name, comment and
     * the header's own CRC), as gzip tools may write them; GZIPOutputStream writes none.
     */
    static byte[] gzipWithHeaderFields(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0x1e, 1, 2, 3, 4, 0, 3}); // FHCRC|FEXTRA|FNAME|FCOMMENT, Unix
        // XLEN 6: one subfield (RFC 1952 2.3.1.1), ID "ab", LEN 2, two bytes of data
        out.writeBytes(new byte[] {6, 0, 'a', 'b', 2, 0, 'x', 'y'});
        out.writeBytes("train-images-idx3-ubyte\0a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        CRC32 headerCrc = new CRC32();
        headerCrc.update(out.toByteArray());
        littleEndian(out, headerCrc.getValue(), 2);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] chunk = new byte[8192];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        littleEndian(out, crc.getValue(), 4);
        littleEndian(out, data.length, 4);
        return out.toByteArray();
    }

    private static void littleEndian(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a complete small data set into {@code dir}: 5 training and 3 test images, gzipped
     * under the official names.
     */
    static Path writeSmallDataset(Path dir) {
        write(dir, DatasetFile.TRAIN_IMAGES.gzName(), gzip(images(5)));
        write(dir, DatasetFile.TRAIN_LABELS.gzName(), gzip(labels(5)));
        write(dir, DatasetFile.TEST_IMAGES.gzName(), gzip(images(3)));
        write(dir, DatasetFile.TEST_LABELS.gzName(), gzip(labels(3)));
        return dir;
    }

    static String md5(byte[] data) {
        return hex("MD5", data);
    }

    static String sha256(byte[] data) {
        return hex("SHA-256", data);
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
