package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.data.IdxFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("locale")
@Timeout(10)
class DatasetLocatorTest {

    @TempDir
    Path tmp;

    private AppDirectories dirs;
    private Path cache;
    private Path bundled;
    private Path system;

    @BeforeEach
    void setUp() {
        dirs = AppDirectories.under(tmp.resolve("home"));
        cache = dirs.datasetCacheDir();
        bundled = tmp.resolve("bundled");
        system = tmp.resolve("usr-share");
    }

    @Test
    void candidatesAreCacheThenBundledThenSystem() {
        DatasetLocator locator = searching(Map.of(DatasetLocator.BUNDLED_DATA_PROPERTY, bundled.toString()));

        assertEquals(List.of(
                new DatasetLocation(DatasetSource.CACHE, cache),
                new DatasetLocation(DatasetSource.BUNDLED, bundled),
                new DatasetLocation(DatasetSource.SYSTEM, system)), locator.candidates());
    }

    @Test
    void withoutBundleHintsThereIsNoBundledCandidate() {
        assertEquals(List.of(DatasetSource.CACHE, DatasetSource.SYSTEM),
                searching(Map.of()).candidates().stream().map(DatasetLocation::source).toList());
    }

    @Test
    void theCacheWinsOverEverythingElse() throws DatasetException {
        IdxFixtures.writeSmallDataset(cache);
        IdxFixtures.writeSmallDataset(bundled);
        IdxFixtures.writeSmallDataset(system);

        DatasetLocation found = searching(Map.of(DatasetLocator.BUNDLED_DATA_PROPERTY, bundled.toString())).locate();

        assertEquals(new DatasetLocation(DatasetSource.CACHE, cache), found);
        assertTrue(searching(Map.of()).describeSearch().startsWith("  - SoftmaxLab's download cache: " + cache + " — found"));
    }

    @Test
    void bundledComesBeforeSystem() throws DatasetException {
        IdxFixtures.writeSmallDataset(bundled);
        IdxFixtures.writeSmallDataset(system);

        DatasetLocation found = searching(Map.of(DatasetLocator.BUNDLED_DATA_PROPERTY, bundled.toString())).locate();

        assertEquals(new DatasetLocation(DatasetSource.BUNDLED, bundled), found);
    }

    @Test
    void systemFolderIsTheLastResort() throws DatasetException {
        IdxFixtures.writeSmallDataset(system);

        assertEquals(new DatasetLocation(DatasetSource.SYSTEM, system), searching(Map.of()).locate());
    }

    @Test
    void aFolderMissingOneFileIsSkipped() throws Exception {
        IdxFixtures.writeSmallDataset(cache);
        Files.delete(cache.resolve(DatasetFile.TRAIN_LABELS.gzName()));
        IdxFixtures.writeSmallDataset(system);

        assertEquals(DatasetSource.SYSTEM, searching(Map.of()).locate().source());
    }

    @Test
    void plainUncompressedFilesCount() throws Exception {
        for (DatasetFile file : DatasetFile.values()) {
            write(cache, file.baseName(), new byte[] {1});
        }

        assertEquals(DatasetSource.CACHE, searching(Map.of()).locate().source());
    }

    @Test
    void bundledFolderIsDerivedFromTheJpackageLauncher() {
        Map<String, String> linux = Map.of(DatasetLocator.JPACKAGE_APP_PATH_PROPERTY, "/opt/softmaxlab/bin/SoftmaxLab",
                "os.name", "Linux");

        assertEquals(Path.of("/opt/softmaxlab/lib/app/data/fashion-mnist"), searching(linux).candidates().get(1).folder());
    }

    @Test
    void bundledDataPropertyWinsOverTheJpackageLauncher() {
        Map<String, String> both = Map.of(DatasetLocator.JPACKAGE_APP_PATH_PROPERTY, "/opt/softmaxlab/bin/SoftmaxLab",
                "os.name", "Linux", DatasetLocator.BUNDLED_DATA_PROPERTY, bundled.toString());

        assertEquals(bundled, searching(both).candidates().get(1).folder());
    }

    @Test
    void jpackageAppFolderFollowsEachSystemsImageLayout() {
        assertEquals(Path.of("/opt/lab/lib/app"),
                DatasetLocator.jpackageAppFolder(Path.of("/opt/lab/bin/SoftmaxLab"), OperatingSystem.LINUX));
        assertEquals(Path.of("/Applications/SoftmaxLab.app/Contents/app"), DatasetLocator.jpackageAppFolder(
                Path.of("/Applications/SoftmaxLab.app/Contents/MacOS/SoftmaxLab"), OperatingSystem.MAC));
        assertEquals(Path.of("/programs/SoftmaxLab/app"),
                DatasetLocator.jpackageAppFolder(Path.of("/programs/SoftmaxLab/SoftmaxLab.exe"), OperatingSystem.WINDOWS));
    }

    @Test
    void aFolderListedTwiceIsSearchedOnce() {
        DatasetLocator locator = DatasetLocator.searching(dirs, Map.of(), cache);

        assertEquals(List.of(new DatasetLocation(DatasetSource.CACHE, cache)), locator.candidates());
    }

    @Test
    void nothingFoundListsEveryFolderWithItsProblemAndTheWaysOut() throws Exception {
        IdxFixtures.writeSmallDataset(bundled);
        Files.delete(bundled.resolve(DatasetFile.TEST_LABELS.gzName()));
        Files.createDirectories(system.getParent());
        Files.writeString(system, "not a folder");
        DatasetLocator locator = searching(Map.of(DatasetLocator.BUNDLED_DATA_PROPERTY, bundled.toString()));

        assertEquals(Optional.empty(), locator.find());
        DatasetNotFoundException notFound = assertThrows(DatasetNotFoundException.class, locator::locate);
        String message = notFound.getMessage();

        // The same facts, for a front end that says them in its own language.
        assertEquals(List.of(
                new SearchedPlace(new DatasetLocation(DatasetSource.CACHE, cache),
                        FolderProblem.of(FolderProblem.Kind.NO_SUCH_FOLDER)),
                new SearchedPlace(new DatasetLocation(DatasetSource.BUNDLED, bundled),
                        new FolderProblem(FolderProblem.Kind.MISSING_FILES, List.of("t10k-labels-idx1-ubyte.gz"))),
                new SearchedPlace(new DatasetLocation(DatasetSource.SYSTEM, system),
                        FolderProblem.of(FolderProblem.Kind.NOT_A_FOLDER))), notFound.searched());
        assertEquals(String.join("\n",
                "Fashion-MNIST was not found. SoftmaxLab looked in:",
                "  - SoftmaxLab's download cache: " + cache + " — no such folder",
                "  - the copy bundled with SoftmaxLab: " + bundled + " — missing t10k-labels-idx1-ubyte.gz (gzipped or not)",
                "  - the system package (dataset-fashion-mnist): " + system + " — not a folder",
                "To get it, either:",
                "  - choose a folder that holds the four Fashion-MNIST files (train-images-idx3-ubyte.gz, "
                        + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz, "
                        + "each gzipped or not): --data DIR",
                "  - on Debian or Ubuntu: sudo apt-get install dataset-fashion-mnist",
                "  - download the four files (31 MB) into " + cache), message);
        assertTrue(locator.describeSearch().startsWith("  - SoftmaxLab's download cache: " + cache + " — no such folder\n"));
    }

    @Test
    void anEmptyFolderIsReportedAsHoldingNoneOfTheFiles() throws Exception {
        Files.createDirectories(cache);

        assertTrue(searching(Map.of()).describeSearch().contains(cache + " — none of the four files is there"));
    }

    @Test
    void explicitFolderIsUsedWhenComplete() throws DatasetException {
        Path chosen = IdxFixtures.writeSmallDataset(tmp.resolve("chosen"));

        DatasetLocator locator = DatasetLocator.explicit(chosen);

        assertEquals(List.of(new DatasetLocation(DatasetSource.EXPLICIT, chosen)), locator.candidates());
        assertEquals(new DatasetLocation(DatasetSource.EXPLICIT, chosen), locator.locate());
    }

    @Test
    void incompleteExplicitFolderFailsNamingWhatIsMissing() throws Exception {
        Path chosen = IdxFixtures.writeSmallDataset(tmp.resolve("chosen"));
        Files.delete(chosen.resolve(DatasetFile.TRAIN_IMAGES.gzName()));
        Files.delete(chosen.resolve(DatasetFile.TEST_IMAGES.gzName()));

        DatasetFolderException refused = assertThrows(DatasetFolderException.class,
                () -> DatasetLocator.explicit(chosen).find());
        String message = refused.getMessage();

        assertEquals(chosen, refused.folder());
        assertEquals(new FolderProblem(FolderProblem.Kind.MISSING_FILES,
                List.of("train-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz")), refused.problem());
        assertTrue(message.startsWith(chosen + ": missing train-images-idx3-ubyte.gz, t10k-images-idx3-ubyte.gz "
                + "(gzipped or not); choose the folder that holds the four Fashion-MNIST files"), message);
    }

    @Test
    void missingExplicitFolderFailsInsteadOfFallingBack() {
        Path chosen = tmp.resolve("typo");

        String message = assertThrows(DatasetException.class, () -> DatasetLocator.explicit(chosen).locate()).getMessage();

        assertTrue(message.startsWith(chosen + ": no such folder; "), message);
    }

    @Test
    void explicitFileInsteadOfFolderIsRejected() {
        Path file = write(tmp, "train-images-idx3-ubyte.gz", new byte[] {1});

        String message = assertThrows(DatasetException.class, () -> DatasetLocator.explicit(file).locate()).getMessage();

        assertTrue(message.startsWith(file + ": not a folder; "), message);
    }

    @Test
    void missingFilesListsTheGzNamesOfAbsentFiles() throws Exception {
        Path folder = IdxFixtures.writeSmallDataset(tmp.resolve("d"));
        Files.delete(folder.resolve(DatasetFile.TEST_LABELS.gzName()));

        assertEquals(List.of("t10k-labels-idx1-ubyte.gz"), DatasetLocator.missingFiles(folder));
    }

    @Test
    void aFoundFolderLoads() throws DatasetException {
        IdxFixtures.writeSmallDataset(cache);

        assertEquals(5, MnistFamily.FASHION_MNIST.load(searching(Map.of()).locate().folder()).train().size());
    }

    @Test
    void forCurrentUserSearchesThisUsersCacheFirstAndTheDebianFolderLast() {
        List<DatasetLocation> candidates = DatasetLocator.forCurrentUser().candidates();

        assertEquals(new DatasetLocation(DatasetSource.CACHE, AppDirectories.forCurrentUser().datasetCacheDir()),
                candidates.get(0));
        assertEquals(new DatasetLocation(DatasetSource.SYSTEM, Path.of(System.getProperty(
                DatasetLocator.SYSTEM_FOLDER_PROPERTY, "/usr/share/datasets/fashion-mnist"))),
                candidates.get(candidates.size() - 1));
    }

    @Test
    void aPropertyReplacesTheDebianFolderSoAMachineWithoutItCanBeTriedOnOneThatHasIt() {
        String saved = System.getProperty(DatasetLocator.SYSTEM_FOLDER_PROPERTY);
        try {
            System.setProperty(DatasetLocator.SYSTEM_FOLDER_PROPERTY, system.toString());
            List<DatasetLocation> candidates = DatasetLocator.forCurrentUser().candidates();
            assertEquals(new DatasetLocation(DatasetSource.SYSTEM, system), candidates.get(candidates.size() - 1));
            Path debian = Path.of(DatasetLocator.DEBIAN_FOLDER_NAME);
            assertTrue(candidates.stream().noneMatch(c -> c.folder().equals(debian)), candidates.toString());
        } finally {
            if (saved == null) {
                System.clearProperty(DatasetLocator.SYSTEM_FOLDER_PROPERTY);
            } else {
                System.setProperty(DatasetLocator.SYSTEM_FOLDER_PROPERTY, saved);
            }
        }
    }

    private DatasetLocator searching(Map<String, String> properties) {
        return DatasetLocator.searching(dirs, properties, system);
    }
}
