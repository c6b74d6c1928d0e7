package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.data.IdxFixtures.concat;
import static org.softmaxlab.data.IdxFixtures.gzip;
import static org.softmaxlab.data.IdxFixtures.images;
import static org.softmaxlab.data.IdxFixtures.labels;
import static org.softmaxlab.data.IdxFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("locale")
@Timeout(10)
class IdxReaderTest {

    private static final String IMAGES = "train-images-idx3-ubyte.gz";
    private static final String LABELS = "train-labels-idx1-ubyte.gz";

    @TempDir
    Path dir;

    // ---- valid files ----------------------------------------------------------------------

    @ParameterizedTest(name = "gzipped = {0}")
    @ValueSource(booleans = {true, false})
    void readsPixelsLabelsAndCount(boolean gzipped) throws DatasetException {
        Path imageFile = write(dir, "images", gzipped ? gzip(images(5)) : images(5));
        Path labelFile = write(dir, "labels", gzipped ? gzip(labels(5)) : labels(5));

        ImageSet set = IdxReader.read(imageFile, labelFile, MnistFamily.FASHION_MNIST.expectation());

        assertEquals(5, set.size());
        assertArrayEquals(new int[] {0, 7, 4, 1, 8}, set.labels());
        for (int i = 0; i < 5; i++) {
            for (int row = 0; row < 28; row += 9) {
                for (int col = 0; col < 28; col += 5) {
                    assertEquals((i * 31 + row * 28 + col) % 256, set.pixel(i, row, col),
                            "image " + i + " at (" + row + ", " + col + ")");
                }
            }
        }
    }

    @Test
    void pixelsAbove127AreReadAsUnsignedAndScaledToUnitRange() throws DatasetException {
        byte[] pixels = new byte[ImageShape.MNIST.values()];
        pixels[0] = (byte) 255;
        pixels[1] = (byte) 128;
        ImageSet set = IdxReader.read(write(dir, "i", images(1, 28, 28, pixels)), write(dir, "l", labels(1)), MnistFamily.FASHION_MNIST.expectation());

        assertEquals(255, set.pixel(0, 0, 0));
        assertEquals(128, set.pixel(0, 0, 1));
        float[] row = new float[ImageShape.MNIST.values()];
        set.copyScaledRow(0, row, 0);
        assertEquals(1f, row[0]);
        assertEquals(128 / 255f, row[1]);
        assertEquals(0f, row[2]);
    }

    @Test
    void detectsCompressionByContentNotByName() throws DatasetException {
        Path plainNamedGz = write(dir, IMAGES, images(2));
        Path gzNamedPlain = write(dir, "train-labels-idx1-ubyte", gzip(labels(2)));

        assertEquals(2, IdxReader.read(plainNamedGz, gzNamedPlain, MnistFamily.FASHION_MNIST.expectation()).size());
    }

    // ---- wrong kind of file ---------------------------------------------------------------

    @Test
    void wrongImageMagicNamesFileAndNumbers() {
        byte[] bytes = images(1);
        bytes[0] = 0x12;
        bytes[1] = 0x34;
        String message = failure(write(dir, IMAGES, gzip(bytes)), write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": not an IDX image file: magic number 305399811, expected 2051", message);
    }

    @Test
    void wrongLabelMagicNamesFile() {
        byte[] bytes = labels(1);
        bytes[3] = 0;
        String message = failure(write(dir, IMAGES, images(1)), write(dir, LABELS, bytes));

        assertEquals(LABELS + ": not an IDX label file: magic number 2048, expected 2049", message);
    }

    @Test
    void swappedImagesAndLabelsAreNamedAsSuch() {
        Path images = write(dir, IMAGES, gzip(images(3)));
        Path labels = write(dir, LABELS, gzip(labels(3)));

        String message = failure(labels, images);

        assertEquals(LABELS + ": not an IDX image file: magic number 2049, expected 2051 "
                + "(images and labels swapped?)", message);
    }

    @Test
    void swappedIsReportedEvenWhenTheLabelFileIsShorterThanAnImageHeader() {
        // 8-byte header + 1 label = 9 bytes, less than the 16 an image header needs.
        Path labels = write(dir, LABELS, labels(1));

        String message = failure(labels, write(dir, IMAGES, images(1)));

        assertTrue(message.startsWith(LABELS + ": not an IDX image file: magic number 2049"), message);
        assertTrue(message.endsWith("(images and labels swapped?)"), message);
    }

    @Test
    void imagesThatAreNot28By28AreRejected() {
        Path images = write(dir, IMAGES, images(1, 32, 32, new byte[32 * 32]));

        String message = failure(images, write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": images are 32×32 pixels, expected 28×28; this is not a Fashion-MNIST file",
                message);
    }

    // ---- truncated, empty, too long ---------------------------------------------------------

    @ParameterizedTest(name = "gzipped = {0}")
    @ValueSource(booleans = {true, false})
    void truncatedPayloadStatesPromisedAndActualBytes(boolean gzipped) {
        // The header of the real training file (60,000 images), but only 1,024 bytes in all.
        byte[] bytes = images(60_000, 28, 28, new byte[1_024 - 16]);
        Path images = write(dir, IMAGES, gzipped ? gzip(bytes) : bytes);

        String message = failure(images, write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": truncated: header promises 47,040,016 bytes, file has 1,024", message);
    }

    @Test
    void truncatedLabelPayloadIsReported() {
        Path labels = write(dir, LABELS, labels(10, new byte[] {1, 2, 3, 4}));

        String message = failure(write(dir, IMAGES, images(10)), labels);

        assertEquals(LABELS + ": truncated: header promises 18 bytes, file has 12", message);
    }

    @Test
    void truncatedHeaderIsReported() {
        Path images = write(dir, IMAGES, Arrays.copyOf(images(1), 10));

        String message = failure(images, write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": truncated: header needs 16 bytes, file has 10", message);
    }

    @ParameterizedTest(name = "gzipped = {0}")
    @ValueSource(booleans = {true, false})
    void emptyFileIsReported(boolean gzipped) {
        Path images = write(dir, IMAGES, gzipped ? gzip(new byte[0]) : new byte[0]);

        String message = failure(images, write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": file is empty", message);
    }

    @ParameterizedTest(name = "gzipped = {0}")
    @ValueSource(booleans = {true, false})
    void imageHeaderPromisingZeroImagesIsRejected(boolean gzipped) {
        Path images = write(dir, IMAGES, gzipped ? gzip(images(0)) : images(0));

        String message = failure(images, write(dir, LABELS, labels(0)));

        assertEquals(IMAGES + ": header promises 0 images; a Fashion-MNIST image file has 60,000 (training) "
                + "or 10,000 (test)", message);
    }

    @Test
    void labelHeaderPromisingZeroLabelsIsRejected() {
        String message = failure(write(dir, IMAGES, images(1)), write(dir, LABELS, gzip(labels(0))));

        assertEquals(LABELS + ": header promises 0 labels; a Fashion-MNIST label file has 60,000 (training) "
                + "or 10,000 (test)", message);
    }

    @Test
    void trailingBytesAreReported() {
        Path images = write(dir, IMAGES, concat(images(2), new byte[5]));

        String message = failure(images, write(dir, LABELS, labels(2)));

        assertEquals(IMAGES + ": header promises 1,584 bytes, file has 1,589; the file is corrupt or not an IDX file",
                message);
    }

    @Test
    void headerPromisingMoreThanAnyIdxFileIsRejectedWithoutAllocatingIt() {
        Path images = write(dir, IMAGES, images(-1, 28, 28, new byte[0])); // 4,294,967,295 images

        String message = failure(images, write(dir, LABELS, labels(1)));

        assertTrue(message.startsWith(IMAGES + ": header promises 3,367,254,359,296 bytes, more than any IDX file"),
                message);
    }

    // ---- broken gzip ------------------------------------------------------------------------

    @ParameterizedTest(name = "cut to {0} bytes")
    @ValueSource(ints = {5, 200, -4})
    void truncatedGzipStreamIsReported(int keep) {
        byte[] gz = gzip(images(5));
        int length = keep < 0 ? gz.length + keep : keep;
        Path images = write(dir, IMAGES, Arrays.copyOf(gz, length));

        String message = failure(images, write(dir, LABELS, labels(5)));

        assertTrue(message.startsWith(IMAGES + ": truncated or corrupt gzip data ("), message);
        assertTrue(message.endsWith("delete the file and download it again"), message);
    }

    @Test
    void gzipWithWrongCrcIsReported() {
        byte[] gz = gzip(images(2));
        gz[gz.length - 8] ^= 0x55; // first byte of the CRC-32 in the trailer
        Path images = write(dir, IMAGES, gz);

        String message = failure(images, write(dir, LABELS, labels(2)));

        assertTrue(message.startsWith(IMAGES + ": truncated or corrupt gzip data (Gzip-compressed data is corrupt "
                + "(CRC32 error).)"), message);
    }

    @ParameterizedTest(name = "{0} appended")
    @ValueSource(strings = {"00 00 00 00 00", "6a 75 6e 6b 0a", "1f"})
    void bytesAfterTheEndOfTheGzipDataAreReported(String junkHex) {
        // GZIPInputStream ignores what follows a member unless it is another member: these went unnoticed.
        byte[] junk = HexFormat.ofDelimiter(" ").parseHex(junkHex);
        Path images = write(dir, IMAGES, concat(gzip(images(2)), junk));

        String message = failure(images, write(dir, LABELS, labels(2)));

        assertEquals(IMAGES + ": truncated or corrupt gzip data (Unexpected data after a valid .gz stream.); delete the "
                + "file and download it again", message);
    }

    @Test
    void junkThatStartsLikeAnotherGzipMemberIsReported() {
        byte[] junk = HexFormat.ofDelimiter(" ").parseHex("1f 8b 00 00 00 00 00 00 00 00 00 00");
        Path images = write(dir, IMAGES, concat(gzip(images(2)), junk));

        String message = failure(images, write(dir, LABELS, labels(2)));

        assertTrue(message.startsWith(IMAGES + ": truncated or corrupt gzip data ("), message);
    }

    @Test
    void gzipMembersOneAfterAnotherReadAsOneFile() throws DatasetException {
        // RFC 1952 allows it and `cat a.gz b.gz` makes it; gunzip and Java read it as one stream.
        byte[] plain = images(3);
        byte[] twoMembers = concat(gzip(Arrays.copyOf(plain, 1_000)), gzip(Arrays.copyOfRange(plain, 1_000, plain.length)));

        ImageSet set = IdxReader.read(write(dir, IMAGES, twoMembers), write(dir, LABELS, labels(3)), MnistFamily.FASHION_MNIST.expectation());

        assertEquals(3, set.size());
        assertEquals((2 * 31 + 27 * 28 + 27) % 256, set.pixel(2, 27, 27));
    }

    @Test
    void gzipHeaderWithNameCommentExtraFieldAndHeaderCrcIsRead() throws DatasetException {
        // The official mirror's files carry a file name; GZIPOutputStream writes none of these fields.
        Path images = write(dir, IMAGES, IdxFixtures.gzipWithHeaderFields(images(2)));

        assertEquals(2, IdxReader.read(images, write(dir, LABELS, labels(2)), MnistFamily.FASHION_MNIST.expectation()).size());
    }

    // ---- labels and pairing -----------------------------------------------------------------

    @ParameterizedTest(name = "label {0}")
    @ValueSource(ints = {10, 128, 255})
    void labelOutsideZeroToNineIsReported(int bad) {
        Path labels = write(dir, LABELS, gzip(labels(4, new byte[] {0, 9, (byte) bad, 3})));

        String message = failure(write(dir, IMAGES, images(4)), labels);

        assertEquals(LABELS + ": label " + bad + " at index 2 is not a class 0–9; the file is corrupt", message);
    }

    @Test
    void imageAndLabelCountsMustMatch() {
        String message = failure(write(dir, IMAGES, gzip(images(5))), write(dir, LABELS, gzip(labels(4))));

        assertEquals(IMAGES + " holds 5 images but " + LABELS + " holds 4 labels; the two files do not belong together",
                message);
    }

    // ---- missing things ---------------------------------------------------------------------

    @Test
    void missingFileNamesFileAndFolder() {
        String message = failure(dir.resolve(IMAGES), write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": not found in " + dir.toAbsolutePath(), message);
    }

    @Test
    void folderInPlaceOfFileIsReported() throws Exception {
        Files.createDirectory(dir.resolve(IMAGES));

        String message = failure(dir.resolve(IMAGES), write(dir, LABELS, labels(1)));

        assertEquals(IMAGES + ": is a folder, expected a file, in " + dir.toAbsolutePath(), message);
    }

    private static String failure(Path images, Path labels) {
        return assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, MnistFamily.FASHION_MNIST.expectation())).getMessage();
    }
}
