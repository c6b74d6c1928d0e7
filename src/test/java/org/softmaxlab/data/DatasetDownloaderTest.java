package org.softmaxlab.data;

import org.junit.jupiter.api.Tag;
import org.softmaxlab.testing.TestMirror;

import org.softmaxlab.testing.RealData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.softmaxlab.data.IdxFixtures.gzip;
import static org.softmaxlab.data.IdxFixtures.images;
import static org.softmaxlab.data.IdxFixtures.labels;
import static org.softmaxlab.data.IdxFixtures.md5;
import static org.softmaxlab.data.IdxFixtures.sha256;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local {@link TestMirror}; never from the internet. */
@Tag("locale")
@Timeout(30)
class DatasetDownloaderTest {

    private static final String TRAIN_IMAGES = DatasetFile.TRAIN_IMAGES.gzName();
    private static final String TRAIN_LABELS = DatasetFile.TRAIN_LABELS.gzName();
    private static final String TEST_IMAGES = DatasetFile.TEST_IMAGES.gzName();
    private static final String TEST_LABELS = DatasetFile.TEST_LABELS.gzName();

    @TempDir
    Path tmp;

    private Path cache;
    private TestMirror mirror;
    /** A small but complete data set, as "the mirror" has it: name → .gz bytes. */
    private Map<String, byte[]> files;
    private DownloadManifest manifest;
    private final RecordingListener progress = new RecordingListener();

    @BeforeEach
    void setUp() throws IOException {
        cache = AppDirectories.under(tmp.resolve("home")).datasetCacheDir();
        mirror = new TestMirror();
        files = new LinkedHashMap<>();
        files.put(TRAIN_IMAGES, gzip(IdxFixtures.noisyImages(50, 1))); // about 40 kB
        assertTrue(files.get(TRAIN_IMAGES).length > 30_000);
        files.put(TRAIN_LABELS, gzip(labels(50)));
        files.put(TEST_IMAGES, gzip(images(20)));
        files.put(TEST_LABELS, gzip(labels(20)));
        manifest = new DownloadManifest(files.entrySet().stream().map(f -> new DownloadEntry(f.getKey(),
                f.getValue().length, md5(f.getValue()), sha256(IdxFixtures.gunzip(f.getValue())))).toList());
    }

    @AfterEach
    void stopMirror() {
        mirror.close();
    }

    // ---- success ----------------------------------------------------------------------------

    @Test
    void downloadsVerifiesAndStoresEveryFile() throws Exception {
        files.forEach(mirror::serve);

        Path folder = downloader().download(progress);

        assertEquals(cache, folder);
        assertEquals(files.keySet(), namesIn(cache));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(cache.resolve(file.getKey())), file.getKey());
        }
        progress.assertCompleted(manifest.totalBytes(), Thread.currentThread());
        assertEquals(50, MnistFamily.FASHION_MNIST.load(folder).train().size());
        assertEquals(DatasetSource.CACHE,
                DatasetLocator.searching(AppDirectories.under(tmp.resolve("home")), Map.of(), tmp.resolve("none"))
                        .locate().source());
    }

    @Test
    void downloadedFilesAreReadableLikeAnyNewFileNotOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null, "POSIX permissions only");
        files.forEach(mirror::serve);

        Path folder = downloader().download(progress);

        // A classroom machine's shared cache (or a teacher's copy) must be readable by the others.
        Path plain = Files.createFile(folder.resolve("plain"));
        for (String name : files.keySet()) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(folder.resolve(name)),
                    name + ": the umask decides, as for any new file");
        }
    }

    @Test
    void filesAlreadyIntactInTheCacheAreNotFetchedAgain() throws Exception {
        files.forEach(mirror::serve);
        downloader().download(DownloadProgressListener.NONE);

        downloader().download(progress);

        files.keySet().forEach(name -> assertEquals(1, mirror.requests(name), name));
        progress.assertCompleted(manifest.totalBytes(), Thread.currentThread());
    }

    @Test
    void aCorruptFileInTheCacheIsReplaced() throws Exception {
        files.forEach(mirror::serve);
        Files.createDirectories(cache);
        Files.write(cache.resolve(TEST_LABELS), new byte[] {1, 2, 3});

        downloader().download(progress);

        assertArrayEquals(files.get(TEST_LABELS), Files.readAllBytes(cache.resolve(TEST_LABELS)));
        assertEquals(Set.copyOf(files.keySet()), namesIn(cache));
    }

    @Test
    void aCachedFileWithJunkAfterItsGzipDataIsReplaced() throws Exception {
        // Its unpacked content matches, but the reader refuses the file: kept, it would never load.
        files.forEach(mirror::serve);
        Files.createDirectories(cache);
        Files.write(cache.resolve(TEST_LABELS), IdxFixtures.concat(files.get(TEST_LABELS), new byte[] {0, 0, 0, 0}));

        downloader().download(progress);

        assertArrayEquals(files.get(TEST_LABELS), Files.readAllBytes(cache.resolve(TEST_LABELS)));
        assertEquals(20, MnistFamily.FASHION_MNIST.load(cache).test().size());
    }

    @Test
    void aRepackedFileIsAcceptedByTheSha256OfItsContent() throws Exception {
        files.forEach(mirror::serve);
        byte[] repacked = files.get(TRAIN_LABELS).clone();
        repacked[4] ^= 0x7f; // the gzip header's modification time: other .gz bytes, same content
        mirror.serve(TRAIN_LABELS, repacked);

        downloader().download(progress);

        assertArrayEquals(repacked, Files.readAllBytes(cache.resolve(TRAIN_LABELS)));
        progress.assertCompleted(manifest.totalBytes(), Thread.currentThread());
    }

    @Test
    void downloadsTheRealFilesVerifiedByTheirContentAgainstTheOfficialManifest() throws Exception {
        Path real = RealData.folder();
        for (DatasetFile file : DatasetFile.values()) {
            mirror.serve(file.gzName(), real.resolve(file.gzName()));
        }
        DatasetDownloader downloader = DatasetDownloader.into(cache).baseUri(mirror.baseUri())
                .stallTimeout(Duration.ofSeconds(10)).build(); // the official manifest

        downloader.download(progress);

        progress.assertCompleted(DownloadManifest.official().totalBytes(), Thread.currentThread());
        for (DatasetFile file : DatasetFile.values()) {
            assertEquals(Files.size(real.resolve(file.gzName())), Files.size(cache.resolve(file.gzName())));
        }
        assertEquals(List.of(), DatasetLocator.missingFiles(cache));
        assertEquals(DatasetFile.values().length, namesIn(cache).size());
    }

    // ---- failures ---------------------------------------------------------------------------

    @Test
    void http404NamesTheFileAndUrlAndLeavesNothingOfIt() throws Exception {
        mirror.serve(TRAIN_IMAGES, files.get(TRAIN_IMAGES)); // the rest is 404

        String message = failure(downloader());

        assertEquals(TRAIN_LABELS + ": download failed: HTTP 404 from " + mirror.baseUri() + TRAIN_LABELS, message);
        assertEquals(Set.of(TRAIN_IMAGES), namesIn(cache), "only the verified file stays");
        progress.assertMonotonic(manifest.totalBytes(), Thread.currentThread());
    }

    @Test
    void aConnectionDroppedEarlyIsReportedAsTruncated() throws Exception {
        byte[] body = files.get(TRAIN_IMAGES);
        mirror.serveCutOff(TRAIN_IMAGES, body, 1_000);

        String message = failure(downloader());

        assertEquals(String.format(Locale.ROOT, "%s: download truncated: expected %,d bytes, got 1,000 (the "
                + "connection closed early); try again", TRAIN_IMAGES, body.length), message);
        assertNoFilesLeft();
    }

    @Test
    void aShortFileIsReportedAsTruncated() throws Exception {
        byte[] body = files.get(TRAIN_IMAGES);
        mirror.serve(TRAIN_IMAGES, Arrays.copyOf(body, 1_000));

        String message = failure(downloader());

        assertEquals(String.format(Locale.ROOT, "%s: truncated: expected %,d bytes, got 1,000; downloaded from "
                + "%s%s; try again, or use another mirror", TRAIN_IMAGES, body.length, mirror.baseUri(), TRAIN_IMAGES),
                message);
        assertNoFilesLeft();
    }

    @Test
    void wrongContentIsAChecksumMismatchWithExpectedAndActual() throws Exception {
        byte[] wrongPayload = labels(50);
        wrongPayload[8] = 3;
        byte[] wrong = gzip(wrongPayload);
        mirror.serve(TRAIN_IMAGES, files.get(TRAIN_IMAGES)).serve(TRAIN_LABELS, wrong);
        DownloadEntry expected = manifest.entries().get(1);

        String message = failure(downloader());

        assertEquals(TRAIN_LABELS + ": checksum mismatch: expected MD5 " + expected.gzMd5() + ", got " + md5(wrong)
                + "; the unpacked data does not match either (SHA-256 expected " + expected.idxSha256() + ", got "
                + sha256(wrongPayload) + "); downloaded from " + mirror.baseUri() + TRAIN_LABELS
                + "; try again, or use another mirror", message);
        assertEquals(Set.of(TRAIN_IMAGES), namesIn(cache));
    }

    @Test
    void aStalledTransferTimesOutAfterTheStallTimeout() throws Exception {
        mirror.serveStalling(TRAIN_IMAGES, files.get(TRAIN_IMAGES), 100);

        long start = System.nanoTime();
        String message = failure(downloader());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(TRAIN_IMAGES + ": download timed out: no data for 1 s from " + mirror.baseUri() + TRAIN_IMAGES
                + "; check the connection and try again", message);
        // Not before the stall timeout: the clock is monotonic and the timer starts after the request, so this
        // only fails if the timeout fires early; a slow machine makes it longer, never shorter. How much longer
        // is no test's business (it was "< 5 s", which a loaded machine could break); the message above says
        // which timer fired.
        assertTrue(millis >= 1_000, "gave up after " + millis + " ms, before the 1 s stall timeout");
        assertNoFilesLeft();
    }

    @Test
    void aServerThatNeverAnswersTimesOutToo() throws Exception {
        mirror.serveNoAnswer(TRAIN_IMAGES);

        String message = failure(DatasetDownloader.into(cache).baseUri(mirror.baseUri()).manifest(manifest)
                .stallTimeout(Duration.ofMillis(500)).build());

        assertTrue(message.startsWith(TRAIN_IMAGES + ": download timed out: no data for 0.5 s from "), message);
        assertNoFilesLeft();
    }

    @Test
    void refusedConnectionSaysWhereItTriedToConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatasetDownloader downloader = DatasetDownloader.into(cache)
                .baseUri(URI.create("http://127.0.0.1:" + closedPort + "/")).manifest(manifest).build();

        DatasetDownloadException e = assertThrows(DatasetDownloadException.class, () -> downloader.download(progress));

        assertEquals(DatasetDownloadException.Kind.REFUSED, e.kind());
        assertEquals(TRAIN_IMAGES + ": download failed: 127.0.0.1:" + closedPort + " refused the connection (nothing "
                + "listens there, or a firewall blocks it)", e.getMessage());
        assertNoFilesLeft();
    }

    @Test
    void aNameThatDoesNotResolveIsSaidInWordsNotAsTheExceptionsClassName() {
        // What HttpClient throws offline, built here: resolving a name would ask a real DNS server.
        java.net.ConnectException offline = new java.net.ConnectException();
        offline.initCause(new java.nio.channels.UnresolvedAddressException());

        DatasetDownloadException e = HttpFileTransfer.connectionFailure(offline,
                URI.create("http://fashion-mnist.example/files/" + TRAIN_IMAGES), TRAIN_IMAGES, Duration.ofSeconds(15));

        assertEquals(DatasetDownloadException.Kind.NO_SUCH_HOST, e.kind());
        assertEquals(TRAIN_IMAGES + ": download failed: the server fashion-mnist.example was not found (its name does "
                + "not resolve: no internet connection, no DNS, or a mistyped mirror)", e.getMessage());
        assertFalse(e.getMessage().contains("UnresolvedAddressException"), e.getMessage());
    }

    @Test
    void aConnectTimeoutSaysHowLongItWaited() {
        DatasetDownloadException e = HttpFileTransfer.connectionFailure(
                new java.net.http.HttpConnectTimeoutException("HTTP connect timed out"),
                URI.create("http://fashion-mnist.example/files/" + TRAIN_IMAGES), TRAIN_IMAGES, Duration.ofSeconds(15));

        assertEquals(DatasetDownloadException.Kind.CONNECT_TIMED_OUT, e.kind());
        assertTrue(e.getMessage().startsWith(TRAIN_IMAGES + ": download timed out: could not connect to fashion-mnist.example "
                + "within 15 s"), e.getMessage());
    }

    // ---- cancelling -------------------------------------------------------------------------

    @Test
    void cancelDuringATransferStopsItAndLeavesNothingOfThatFile() throws Exception {
        mirror.serve(TRAIN_IMAGES, files.get(TRAIN_IMAGES));
        mirror.serveSlowly(TRAIN_LABELS, files.get(TRAIN_LABELS), 16, 100);
        DatasetDownloader downloader = downloader();
        long firstFile = manifest.entries().get(0).gzBytes();

        DownloadCancelledException e = assertThrows(DownloadCancelledException.class, () -> downloader.download(
                (file, done, total) -> {
                    progress.onProgress(file, done, total);
                    if (done > firstFile) {
                        downloader.cancel(); // some bytes of the second file have arrived
                    }
                }));

        assertEquals(TRAIN_LABELS + ": download cancelled", e.getMessage());
        assertEquals(Set.of(TRAIN_IMAGES), namesIn(cache), "the completed file stays, nothing of the cancelled one");
        progress.assertMonotonic(manifest.totalBytes(), Thread.currentThread());
    }

    @Test
    void interruptingTheDownloadingThreadCancels() throws Exception {
        mirror.serveSlowly(TRAIN_IMAGES, files.get(TRAIN_IMAGES), 16, 100);

        DownloadCancelledException e = assertThrows(DownloadCancelledException.class,
                () -> downloader().download((file, done, total) -> Thread.currentThread().interrupt()));

        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals(TRAIN_IMAGES + ": download cancelled (interrupted)", e.getMessage());
        assertNoFilesLeft();
    }

    @Test
    void cancelBeforeStartingFetchesNothing() {
        files.forEach(mirror::serve);
        DatasetDownloader downloader = downloader();
        downloader.cancel();

        assertThrows(DownloadCancelledException.class, () -> downloader.download(progress));

        assertTrue(downloader.isCancelled());
        assertFalse(Files.exists(cache), "no folder created");
        files.keySet().forEach(name -> assertEquals(0, mirror.requests(name), name));
    }

    // ---- settings ---------------------------------------------------------------------------

    @Test
    void defaultsAreTheOfficialMirrorAndManifest() {
        DatasetDownloader downloader = DatasetDownloader.into(cache).build();

        assertEquals(DownloadManifest.official(), downloader.manifest());
        assertEquals(30_878_645L, downloader.manifest().totalBytes());
        assertEquals(URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                DatasetDownloader.OFFICIAL_MIRROR);
        assertEquals(cache, downloader.targetFolder());
    }

    @Test
    void aBaseUrlWithoutTrailingSlashStillAppendsTheFileName() throws Exception {
        files.forEach(mirror::serve);
        String base = mirror.baseUri().toString();

        DatasetDownloader.into(cache).baseUri(URI.create(base.substring(0, base.length() - 1))).manifest(manifest)
                .build().download(DownloadProgressListener.NONE);

        assertEquals(Set.copyOf(files.keySet()), namesIn(cache));
    }

    @Test
    void settingsAreValidated() {
        DatasetDownloader.Builder builder = DatasetDownloader.into(cache);
        assertThrows(IllegalArgumentException.class, () -> builder.baseUri(URI.create("ftp://example.org/")));
        assertThrows(IllegalArgumentException.class, () -> builder.stallTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> new DownloadEntry("../evil.gz", 1, md5(new byte[0]), sha256(new byte[0])));
        assertThrows(IllegalArgumentException.class, () -> new DownloadManifest(List.of()));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private DatasetDownloader downloader() {
        return DatasetDownloader.into(cache).baseUri(mirror.baseUri()).manifest(manifest)
                .stallTimeout(Duration.ofSeconds(1)).connectTimeout(Duration.ofSeconds(2)).build();
    }

    private String failure(DatasetDownloader downloader) {
        DatasetException e = assertThrows(DatasetException.class, () -> downloader.download(progress));
        assertFalse(e instanceof DownloadCancelledException, "a failure, not a cancel: " + e.getMessage());
        return e.getMessage();
    }

    /** The cache folder holds nothing: no file, no temp file, and the folder itself is gone. */
    private void assertNoFilesLeft() throws IOException {
        assertEquals(Set.of(), namesIn(cache));
    }

    /** Every name in the cache folder, hidden temp files included; empty if there is no folder. */
    private static Set<String> namesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
