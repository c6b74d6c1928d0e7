package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.TestMirror;

/** The MNIST family by name, downloaded from a local mirror into an empty cache (never the internet). */
class MnistFamilySourceTest {

    @TempDir
    Path tmp;

    private LoadContext context(TestMirror mirror, List<String> progress) {
        AppDirectories dirs = AppDirectories.under(tmp.resolve("home"));
        DatasetLocator nothingInstalled = DatasetLocator.searching(dirs, Map.of(), tmp.resolve("no-debian"));
        return new LoadContext(dirs, nothingInstalled, true, mirror.baseUri(),
                (stage, done, total) -> progress.add(stage + " " + done + "/" + total), () -> false);
    }

    @Test
    void fashionMnistByNameIsDownloadedCheckedAgainstItsPublishedMd5sAndCached() throws Exception {
        Path real = RealData.folder();
        List<String> progress = new ArrayList<>();
        try (TestMirror mirror = new TestMirror()) {
            for (DownloadEntry entry : MnistFamily.FASHION_MNIST.manifest().entries()) {
                mirror.serve(entry.fileName(), real.resolve(entry.fileName()));
            }
            LoadContext context = context(mirror, progress);
            Dataset data = DataSources.load(DatasetRequest.named("Fashion-MNIST"), context);
            assertEquals(60_000, data.train().size());
            assertEquals(MnistFamily.FASHION_MNIST.classNames(), data.classNames());
            assertTrue(progress.get(progress.size() - 1).endsWith(" " + MnistFamily.FASHION_MNIST.manifest().totalBytes()
                    + "/" + MnistFamily.FASHION_MNIST.manifest().totalBytes()), progress.get(progress.size() - 1));

            // Opened again: from the cache, nothing fetched twice.
            DataSources.load(DatasetRequest.named("fashion-mnist"), context);
            for (DownloadEntry entry : MnistFamily.FASHION_MNIST.manifest().entries()) {
                assertEquals(1, mirror.requests(entry.fileName()), entry.fileName());
            }
        }
    }

    @Test
    void mnistFromAMirrorThatServesOtherBytesIsRefusedAndNothingIsKept() throws Exception {
        try (TestMirror mirror = new TestMirror()) {
            for (DownloadEntry entry : MnistFamily.MNIST.manifest().entries()) {
                mirror.serve(entry.fileName(), IdxFixtures.gzip(IdxFixtures.labels(3)));
            }
            DatasetException e = assertThrows(DatasetException.class,
                    () -> DataSources.load(DatasetRequest.named("mnist"), context(mirror, new ArrayList<>())));
            assertTrue(e.getMessage().startsWith("MNIST could not be downloaded into "), e.getMessage());
            assertTrue(e.getMessage().contains("checksum mismatch: expected MD5 f68b3c2dcbeaaa9fbdd348bbdeb94873"),
                    e.getMessage());
            Path cache = AppDirectories.under(tmp.resolve("home")).cacheDir().resolve("mnist");
            assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "nothing unverified is kept");
        }
    }

    @Test
    void kmnistInTheCacheIsReadWithoutAskingTheMirror() throws Exception {
        Path cache = AppDirectories.under(tmp.resolve("home")).cacheDir().resolve("kmnist");
        IdxFixtures.writeSmallDataset(cache);
        try (TestMirror mirror = new TestMirror()) {
            Dataset data = DataSources.load(DatasetRequest.named("kmnist"), context(mirror, new ArrayList<>()));
            assertEquals("Kuzushiji-MNIST", data.name());
            assertEquals(List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"), data.classNames());
            assertEquals(0, mirror.requests("train-images-idx3-ubyte.gz"));
        }
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> DataSources.load(DatasetRequest.named("cifar10"), LoadContext.forCurrentUser()));
        assertEquals("no data set is called \"cifar10\"; the known ones are fashion-mnist, mnist, kmnist, or give a folder",
                e.getMessage());
    }
}
