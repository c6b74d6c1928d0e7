package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.data.IdxFixtures.images;
import static org.softmaxlab.data.IdxFixtures.labels;
import static org.softmaxlab.data.IdxFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class FashionMnistTest {

    @TempDir
    Path dir;

    @Test
    void loadsBothSplitsFromGzippedFiles() throws DatasetException {
        Dataset data = MnistFamily.FASHION_MNIST.load(IdxFixtures.writeSmallDataset(dir));

        assertEquals(5, data.train().size());
        assertEquals(3, data.test().size());
        assertEquals(7, data.train().label(1));
        assertEquals(31, data.test().pixel(1, 0, 0));
    }

    @Test
    void loadsAMixOfPlainAndGzippedFiles() throws Exception {
        IdxFixtures.writeSmallDataset(dir);
        Files.delete(dir.resolve(DatasetFile.TEST_IMAGES.gzName()));
        write(dir, DatasetFile.TEST_IMAGES.baseName(), images(3));

        assertEquals(3, MnistFamily.FASHION_MNIST.load(dir).test().size());
    }

    @Test
    void prefersTheGzippedFileWhenBothArePresent() throws Exception {
        IdxFixtures.writeSmallDataset(dir);
        write(dir, DatasetFile.TEST_LABELS.baseName(), labels(99)); // would not match 3 images

        assertEquals(3, MnistFamily.FASHION_MNIST.load(dir).test().size());
    }

    @Test
    void missingFileIsNamedWithItsFolder() throws Exception {
        IdxFixtures.writeSmallDataset(dir);
        Files.delete(dir.resolve(DatasetFile.TEST_LABELS.gzName()));

        DatasetException e = assertThrows(DatasetException.class, () -> MnistFamily.FASHION_MNIST.load(dir));

        assertEquals("t10k-labels-idx1-ubyte.gz: not found in " + dir.toAbsolutePath(), e.getMessage());
    }

    @Test
    void fileGivenAsFolderIsRejected() {
        Path file = write(dir, "fashion.zip", new byte[] {1, 2, 3});

        DatasetException e = assertThrows(DatasetException.class, () -> MnistFamily.FASHION_MNIST.load(file));

        assertTrue(e.getMessage().startsWith(file + ": not a folder; choose the folder that holds"), e.getMessage());
    }

    @Test
    void nonexistentFolderIsRejected() {
        Path missing = dir.resolve("nowhere");

        DatasetException e = assertThrows(DatasetException.class, () -> MnistFamily.FASHION_MNIST.load(missing));

        assertTrue(e.getMessage().startsWith(missing + ": no such folder"), e.getMessage());
    }

    @Test
    void headKeepsTheFirstImagesOfEachSplit() throws DatasetException {
        Dataset small = MnistFamily.FASHION_MNIST.load(IdxFixtures.writeSmallDataset(dir)).head(2, 1);

        assertEquals(2, small.train().size());
        assertEquals(1, small.test().size());
        assertEquals(7, small.train().label(1));
    }

    @Test
    void classNamesFollowTheDatasetDocumentation() {
        assertEquals(MnistFamily.FASHION_MNIST.classNames().size(), MnistFamily.FASHION_MNIST.classNames().size());
        assertEquals("T-shirt/top", MnistFamily.FASHION_MNIST.classNames().get(0));
        assertEquals("Ankle boot", MnistFamily.FASHION_MNIST.classNames().get(9));
    }

    @Test
    void corruptFileInOneSplitNamesThatFile() throws Exception {
        IdxFixtures.writeSmallDataset(dir);
        write(dir, DatasetFile.TEST_LABELS.gzName(), labels(3, new byte[] {1, 2, 12}));

        DatasetException e = assertThrows(DatasetException.class, () -> MnistFamily.FASHION_MNIST.load(dir));

        assertEquals("t10k-labels-idx1-ubyte.gz: label 12 at index 2 is not a class 0–9; the file is corrupt",
                e.getMessage());
    }

    @Test
    void imagesAndLabelsOfDifferentCountsInOneSplitAreRejectedNamingBoth() throws Exception {
        IdxFixtures.writeSmallDataset(dir);
        write(dir, DatasetFile.TEST_LABELS.gzName(), IdxFixtures.gzip(labels(4)));

        DatasetException e = assertThrows(DatasetException.class, () -> MnistFamily.FASHION_MNIST.load(dir));

        assertEquals("t10k-images-idx3-ubyte.gz holds 3 images but t10k-labels-idx1-ubyte.gz holds 4 labels; "
                + "the two files do not belong together", e.getMessage());
    }
}
