package org.softmaxlab.ui.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.data.DatasetDownloader;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetFile;
import org.softmaxlab.data.DatasetLocation;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.DatasetNotFoundException;
import org.softmaxlab.data.DatasetSource;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.data.FolderProblem;
import org.softmaxlab.data.SearchedPlace;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.TestMirror;
import org.softmaxlab.ui.TestData;

/** No copy found → Download offered → files fetched from a local mirror into the cache → loaded. */
@Tag("slow")
@Timeout(120)
class DownloadFlowTest {

    private static final Executor SAME_THREAD = Runnable::run;

    private final List<LoadedData> loaded = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    /** Finds the data only in {@code cache}, like the locator with an empty machine. */
    private static FolderResolver onlyIn(Path cache) {
        return chosen -> {
            if (DatasetLocator.missingFiles(cache).isEmpty()) {
                return cache;
            }
            throw new DatasetNotFoundException(List.of(new SearchedPlace(new DatasetLocation(DatasetSource.CACHE,
                    cache), FolderProblem.of(FolderProblem.Kind.NO_SUCH_FOLDER))),
                    "Fashion-MNIST was not found. SoftmaxLab looked in: " + cache);
        };
    }

    private LoadingViewModel viewModel(Path cache, TestMirror mirror) throws DatasetException {
        Dataset subset = TestData.subset(); // here, so that a missing data set fails or skips the test at once
        DataLoading loading = new DataLoading(SAME_THREAD, onlyIn(cache), dir -> subset);
        DatasetDownloads downloads = new DatasetDownloads(SAME_THREAD,
                () -> DatasetDownloader.into(cache).baseUri(mirror.baseUri()).build());
        LoadingViewModel vm = new LoadingViewModel(loading, downloads, null, BackgroundTasks.sameThread(), loaded::add);
        vm.messageProperty().addListener((obs, old, now) -> messages.add(now));
        return vm;
    }

    @Test
    void notFoundOffersADownloadThatFillsTheCacheAndLoads(@TempDir Path home) throws Exception {
        Path cache = home.resolve("cache/fashion-mnist");
        try (TestMirror mirror = new TestMirror()) {
            for (DatasetFile file : DatasetFile.values()) {
                mirror.serve(file.gzName(), file.resolveIn(RealData.folder()));
            }
            LoadingViewModel vm = viewModel(cache, mirror);
            vm.start();
            assertEquals(LoadingViewModel.Phase.FAILED, vm.phaseProperty().get());
            assertTrue(vm.canDownloadProperty().get());
            assertTrue(vm.messageProperty().get().startsWith("Fashion-MNIST was not found"));

            vm.download();
            assertEquals(LoadingViewModel.Phase.READY, vm.phaseProperty().get(), vm.messageProperty().get());
            assertEquals(cache, loaded.get(0).directory());
            assertTrue(DatasetLocator.missingFiles(cache).isEmpty());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("Downloading train-images-idx3-ubyte.gz: ")),
                    messages.toString());
            assertFalse(vm.canDownloadProperty().get());
        }
    }

    /**
     * Offline, with the official mirror out of reach: the mirror typed on the card is checked as the
     * command line's --mirror is, and the download comes from it (issue 21, item 13; before, the card had
     * no way to name one). The downloader is built as the app builds it, from the mirror asked for.
     */
    @Test
    void aMirrorTypedOnTheCardIsCheckedThenDownloadedFrom(@TempDir Path home) throws Exception {
        Path cache = home.resolve("cache/fashion-mnist");
        Dataset subset = TestData.subset();
        List<java.net.URI> asked = new ArrayList<>();
        DatasetDownloads downloads = new DatasetDownloads(SAME_THREAD, (java.net.URI mirror) -> {
            asked.add(mirror);
            DatasetDownloader.Builder builder = DatasetDownloader.into(cache)
                    .connectTimeout(java.time.Duration.ofSeconds(2));
            // The official mirror stands for "unreachable" here: a port nothing listens on.
            return builder.baseUri(mirror != null ? mirror : java.net.URI.create("http://127.0.0.1:9/")).build();
        });
        LoadingViewModel vm = new LoadingViewModel(new DataLoading(SAME_THREAD, onlyIn(cache), dir -> subset),
                downloads, null, BackgroundTasks.sameThread(), loaded::add);
        try (TestMirror mirror = new TestMirror()) {
            for (DatasetFile file : DatasetFile.values()) {
                mirror.serve(file.gzName(), file.resolveIn(RealData.folder()));
            }
            vm.start();
            vm.download(); // the official mirror, unreachable
            assertEquals(LoadingViewModel.Phase.FAILED, vm.phaseProperty().get());
            assertTrue(vm.canDownloadProperty().get());

            for (String bad : List.of("notaurl", "ftp://example.org/fashion/", "http://")) {
                vm.mirrorProperty().set(bad);
                assertEquals("\"" + bad + "\" is not a mirror address: give an http:// or https:// folder URL, such as "
                        + "http://host/fashion-mnist/", vm.mirrorProblemProperty().get());
                vm.download();
                assertEquals(1, asked.size(), "nothing is downloaded from " + bad);
            }
            String typed = mirror.baseUri().toString().replaceAll("/$", ""); // without the slash, as people type it
            vm.mirrorProperty().set("  " + typed + " ");
            assertEquals("", vm.mirrorProblemProperty().get());
            vm.download();
            assertEquals(java.net.URI.create(typed + "/"), asked.get(1));
            assertEquals(LoadingViewModel.Phase.READY, vm.phaseProperty().get(), vm.messageProperty().get());
            assertTrue(DatasetLocator.missingFiles(cache).isEmpty());

            vm.mirrorProperty().set("");
            assertEquals("", vm.mirrorProblemProperty().get(), "empty means the official mirror");
        }
    }

    @Test
    void aFailedDownloadSaysWhyLeavesNothingAndCanBeTriedAgain(@TempDir Path home) throws Exception {
        Path cache = home.resolve("cache/fashion-mnist");
        try (TestMirror mirror = new TestMirror()) { // serves nothing: every file is a 404
            LoadingViewModel vm = viewModel(cache, mirror);
            vm.start();
            vm.download();
            assertEquals(LoadingViewModel.Phase.FAILED, vm.phaseProperty().get());
            String message = vm.messageProperty().get();
            assertTrue(message.startsWith("The download failed: ") && message.contains("404"), message);
            assertTrue(vm.canDownloadProperty().get(), "Download is offered again");
            assertTrue(loaded.isEmpty());
            if (Files.exists(cache)) {
                try (Stream<Path> left = Files.list(cache)) {
                    assertEquals(0, left.count(), "nothing half-written in the cache");
                }
            }
        }
    }

    @Test
    void aRefusedDownloadSaysSoInWordsAndKeepsThePlacesLooked(@TempDir Path home) throws Exception {
        Path cache = home.resolve("cache/fashion-mnist");
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        java.net.URI closed = java.net.URI.create("http://127.0.0.1:" + closedPort + "/");
        DataLoading loading = new DataLoading(SAME_THREAD, onlyIn(cache), dir -> TestData.subset());
        DatasetDownloads downloads = new DatasetDownloads(SAME_THREAD,
                () -> DatasetDownloader.into(cache).baseUri(closed).build());
        LoadingViewModel vm = new LoadingViewModel(loading, downloads, null, BackgroundTasks.sameThread(), loaded::add);
        vm.start();
        vm.download();

        assertEquals(LoadingViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertEquals(String.join("\n",
                "The download failed: 127.0.0.1:" + closedPort + " refused the connection: nothing answers there, or "
                        + "a firewall blocks it. Press Download to try again later.",
                "Fashion-MNIST was not found. SoftmaxLab looked in:",
                "- SoftmaxLab's download cache: " + cache + " — no such folder"), vm.messageProperty().get());
        assertTrue(vm.canDownloadProperty().get(), "Download is offered again");
        try {
            org.softmaxlab.ui.Messages.setLanguage(org.softmaxlab.ui.Language.SIMPLIFIED_CHINESE);
            vm.relocalize();
            String chinese = vm.messageProperty().get();
            assertTrue(chinese.startsWith("下载失败：127.0.0.1:" + closedPort + " 拒绝了连接"), chinese);
            assertTrue(chinese.contains("没有找到 Fashion-MNIST。SoftmaxLab 查找过以下位置："), chinese);
            assertFalse(chinese.contains("Exception"), chinese);
        } finally {
            org.softmaxlab.ui.Messages.setLanguage(org.softmaxlab.ui.Language.ENGLISH);
        }
    }
}
