package org.softmaxlab.data;

import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.testing.RealData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The installed data set, read with the same code the app uses. */
@Timeout(60)
class RealFashionMnistTest {

    private static Dataset loaded;

    private Path folder;
    private Dataset data;

    /** Per test, so a skip (only with -Dsoftmaxlab.allowMissingData=true) shows as skipped tests. */
    @BeforeEach
    void load() throws DatasetException {
        folder = RealData.folder();
        data = loadOnce(folder);
    }

    private static synchronized Dataset loadOnce(Path folder) throws DatasetException {
        if (loaded == null) {
            loaded = MnistFamily.FASHION_MNIST.load(folder);
        }
        return loaded;
    }

    @Test
    void hasSixtyThousandTrainingAndTenThousandTestImages() {
        assertEquals(60_000, data.train().size());
        assertEquals(10_000, data.test().size());
    }

    @Test
    void firstTrainingImageIsAnAnkleBoot() {
        assertEquals(9, data.train().label(0));
        assertEquals("Ankle boot", MnistFamily.FASHION_MNIST.classNames().get(data.train().label(0)));
    }

    @Test
    void everyClassHasAnEqualShare() {
        assertArrayEquals(countsOf(6_000), classCounts(data.train()));
        assertArrayEquals(countsOf(1_000), classCounts(data.test()));
    }

    @Test
    void pixelsSpanTheFullByteRangeAndScaleIntoUnitInterval() {
        int min = 255;
        int max = 0;
        float[] row = new float[ImageShape.MNIST.values()];
        for (int i = 0; i < data.test().size(); i++) {
            data.test().copyScaledRow(i, row, 0);
            for (float value : row) {
                int raw = Math.round(value * 255f);
                min = Math.min(min, raw);
                max = Math.max(max, raw);
            }
        }
        assertEquals(0, min);
        assertEquals(255, max);
    }

    @Test
    void payloadsMatchTheOfficialSha256() throws Exception {
        for (DatasetFile file : DatasetFile.values()) {
            Path path = file.resolveIn(folder);
            String sha256 = path.toString().endsWith(".gz")
                    ? DownloadVerifier.payloadSha256(path)
                    : DownloadVerifier.digest(path, "SHA-256");
            assertEquals(file.idxSha256(), sha256, path.toString());
        }
    }

    @Test
    void locatorFindsItWhenTheCacheIsEmpty(@TempDir Path home) throws DatasetException {
        DatasetLocator locator = DatasetLocator.searching(AppDirectories.under(home), Map.of(), folder);

        assertEquals(new DatasetLocation(DatasetSource.SYSTEM, folder), locator.locate());
    }

    private static int[] classCounts(ImageSet set) {
        int[] counts = new int[MnistFamily.FASHION_MNIST.classNames().size()];
        for (int label : set.labels()) {
            counts[label]++;
        }
        return counts;
    }

    private static int[] countsOf(int each) {
        int[] counts = new int[MnistFamily.FASHION_MNIST.classNames().size()];
        Arrays.fill(counts, each);
        return counts;
    }
}
