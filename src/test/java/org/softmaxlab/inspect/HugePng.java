package org.softmaxlab.inspect;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an 8-bit gray PNG of any size row by row, so that a picture of 30000 × 30000 pixels costs
 * one row of memory to make and under a megabyte on disk: black, with a white square in the middle
 * half. (ImageIO would want the whole picture in memory first, which is what the tests are about.)
 */
public final class HugePng {

    private HugePng() {
    }

    public static Path write(Path file, int width, int height) throws IOException {
        return write(file, width, height, pixels(width, height));
    }

    /** A PNG whose header declares {@code width × height} and whose pixel data is empty. */
    public static Path headerOnly(Path file, int width, int height) throws IOException {
        return write(file, width, height, new byte[0]);
    }

    private static byte[] pixels(int width, int height) throws IOException {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        Deflater deflater = new Deflater();
        try (OutputStream out = new DeflaterOutputStream(pixels, deflater, 1 << 16)) {
            byte[] dark = new byte[width + 1]; // filter byte 0, then the row
            byte[] square = new byte[width + 1];
            for (int x = width / 4; x < 3 * width / 4; x++) {
                square[1 + x] = (byte) 255;
            }
            for (int y = 0; y < height; y++) {
                out.write(y >= height / 4 && y < 3 * height / 4 ? square : dark);
            }
        } finally {
            deflater.end();
        }
        return pixels.toByteArray();
    }

    private static Path write(Path file, int width, int height, byte[] pixels) throws IOException {
        try (DataOutputStream png = new DataOutputStream(Files.newOutputStream(file))) {
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit gray, deflate, adaptive filters, not interlaced
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", pixels);
            chunk(png, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        png.writeInt((int) crc.getValue());
    }
}
