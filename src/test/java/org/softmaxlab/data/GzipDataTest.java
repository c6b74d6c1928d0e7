package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** Corrupt gzip data is told apart from a file that cannot be read. */
class GzipDataTest {

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void decompressesWhatGzipWrote() throws IOException {
        byte[] plain = IdxFixtures.images(3);
        assertArrayEquals(plain, readAll(GzipData.open(new ByteArrayInputStream(IdxFixtures.gzip(plain)))));
    }

    @Test
    void dataCutShortIsAnEndOfFileWithWords() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(3));
        EOFException e = assertThrows(EOFException.class,
                () -> readAll(GzipData.open(new ByteArrayInputStream(Arrays.copyOf(gz, gz.length / 2)))));
        assertEquals("the gzip data ends early", e.getMessage());
    }

    @Test
    void aNonGzipHeaderIsCorruptData() {
        assertThrows(ZipException.class, () -> GzipData.open(new ByteArrayInputStream(new byte[] {0x1f, 0, 1, 2})));
    }

    @Test
    void aFailingDiskIsNotCalledCorruptData() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.noisyImages(20, 3));
        IOException diskError = new IOException("Input/output error");
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(gz)) {
            private int served;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served > 100) {
                    throw diskError;
                }
                int n = super.read(b, off, Math.min(len, 50));
                served += Math.max(n, 0);
                return n;
            }
        };
        IOException e = assertThrows(IOException.class, () -> readAll(GzipData.open(failing)));
        assertEquals(diskError, e, "the disk's own error, as it was");
        assertFalse(e instanceof ZipException);
    }
}
