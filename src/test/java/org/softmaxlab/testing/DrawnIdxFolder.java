package org.softmaxlab.testing;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.EmptyDrawingException;
import org.softmaxlab.inspect.MnistLayout;

/**
 * Hand-drawn digits ({@link DrawnDigits}, laid out MNIST's way) as a folder of the four IDX files
 * with a {@code classes.txt}: an MNIST-like data set of drawings, made in a second, for tests and the
 * screenshots of the Weights tab on digits.
 */
public final class DrawnIdxFolder {

    private DrawnIdxFolder() {
    }

    /** Writes {@code train} and {@code test} drawings per digit into {@code dir}; returns {@code dir}. */
    public static Path write(Path dir, int train, int test, long seed) throws IOException {
        Files.createDirectories(dir);
        DrawnDigits hand = new DrawnDigits(seed);
        split(dir, "train", train, hand);
        split(dir, "t10k", test, hand);
        Files.write(dir.resolve("classes.txt"), List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        return dir;
    }

    private static void split(Path dir, String prefix, int perDigit, DrawnDigits hand) throws IOException {
        int n = perDigit * 10;
        byte[] pixels = new byte[n * 784];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            int digit = i % 10;
            Drawing d = hand.digit(digit, 280);
            float[] p;
            try {
                p = MnistLayout.layOut(d, 28, 28);
            } catch (EmptyDrawingException e) {
                throw new IllegalStateException(e);
            }
            for (int k = 0; k < 784; k++) {
                pixels[i * 784 + k] = (byte) Math.round(p[k] * 255);
            }
            labels[i] = (byte) digit;
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(prefix + "-images-idx3-ubyte")))) {
            out.writeInt(0x803);
            out.writeInt(n);
            out.writeInt(28);
            out.writeInt(28);
            out.write(pixels);
        }
        try (OutputStream raw = Files.newOutputStream(dir.resolve(prefix + "-labels-idx1-ubyte"));
             DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(0x801);
            out.writeInt(n);
            out.write(labels);
        }
    }
}
