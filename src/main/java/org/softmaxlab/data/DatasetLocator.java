package org.softmaxlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a folder holding Fashion-MNIST. Without an explicit folder it looks, in order, in
 * SoftmaxLab's cache ({@code <cache>/fashion-mnist}), in a copy bundled with the installed app,
 * and in the Debian package's folder {@value #DEBIAN_FOLDER_NAME}.
 *
 * <p>An explicit folder replaces the search: if it is not usable the locator says why instead of
 * quietly using some other copy.
 *
 * <p>A folder counts as found when all four files are present, each gzipped or plain; their
 * contents are validated when {@link MnistFamily#load} reads them.
 */
public final class DatasetLocator {

    /** The folder of the Debian package {@value #DEBIAN_PACKAGE}. */
    public static final String DEBIAN_FOLDER_NAME = "/usr/share/datasets/fashion-mnist";
    public static final String DEBIAN_PACKAGE = "dataset-fashion-mnist";
    /** System property naming the folder searched instead of Debian's. */
    public static final String SYSTEM_FOLDER_PROPERTY = "softmaxlab.debianDir";
    /** System property naming a bundled copy's folder directly. */
    public static final String BUNDLED_DATA_PROPERTY = "softmaxlab.bundledData";
    /** Set by jpackage's launcher to the launcher's own path. */
    public static final String JPACKAGE_APP_PATH_PROPERTY = "jpackage.app-path";

    private final List<DatasetLocation> candidates;
    private final Path downloadFolder;

    private DatasetLocator(List<DatasetLocation> candidates, Path downloadFolder) {
        this.candidates = List.copyOf(candidates);
        this.downloadFolder = downloadFolder;
    }

    /**
     * A locator that searches the usual places of the user running this JVM; {@value #SYSTEM_FOLDER_PROPERTY}
     * replaces Debian's folder (e.g. {@code /nonexistent} to see a machine without the package).
     */
    public static DatasetLocator forCurrentUser() {
        String systemFolder = System.getProperty(SYSTEM_FOLDER_PROPERTY);
        return searching(AppDirectories.forCurrentUser(), AppDirectories.systemProperties(),
                Path.of(systemFolder == null || systemFolder.isBlank() ? DEBIAN_FOLDER_NAME : systemFolder));
    }

    /**
     * A locator that searches the cache of {@code dirs}, the bundled copy that {@code properties}
     * imply ({@value #BUNDLED_DATA_PROPERTY}, else {@value #JPACKAGE_APP_PATH_PROPERTY} with
     * {@code os.name}), and {@code systemFolder}.
     */
    public static DatasetLocator searching(AppDirectories dirs, Map<String, String> properties, Path systemFolder) {
        Objects.requireNonNull(dirs, "dirs");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(systemFolder, "systemFolder");
        List<DatasetLocation> candidates = new ArrayList<>();
        candidates.add(new DatasetLocation(DatasetSource.CACHE, dirs.datasetCacheDir()));
        bundledFolder(properties).ifPresent(f -> candidates.add(new DatasetLocation(DatasetSource.BUNDLED, f)));
        candidates.add(new DatasetLocation(DatasetSource.SYSTEM, systemFolder));
        return new DatasetLocator(withoutDuplicateFolders(candidates), dirs.datasetCacheDir());
    }

    /** A locator that accepts only {@code folder}, e.g. from {@code --data DIR}. */
    public static DatasetLocator explicit(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new DatasetLocator(List.of(new DatasetLocation(DatasetSource.EXPLICIT, folder)), null);
    }

    /** The places this locator looks, in order (for telling the user where it looked). */
    public List<DatasetLocation> candidates() {
        return candidates;
    }

    /**
     * The first candidate that holds all four files, or empty if none does.
     *
     * @throws DatasetException if an explicit folder was given and is not usable (the message says why)
     */
    public Optional<DatasetLocation> find() throws DatasetException {
        for (DatasetLocation candidate : candidates) {
            FolderProblem problem = problemWith(candidate.folder());
            if (problem == null) {
                return Optional.of(candidate);
            }
            if (candidate.source() == DatasetSource.EXPLICIT) {
                throw new DatasetFolderException(candidate.folder(), problem);
            }
        }
        return Optional.empty();
    }

    /**
     * The first candidate that holds all four files.
     *
     * @throws DatasetNotFoundException if there is none; the message lists where it looked and what to do
     * @throws DatasetException          if an explicit folder was given and is not usable
     */
    public DatasetLocation locate() throws DatasetException {
        Optional<DatasetLocation> found = find();
        if (found.isEmpty()) {
            throw new DatasetNotFoundException(search(), "Fashion-MNIST was not found. SoftmaxLab looked in:\n"
                    + describeSearch() + "To get it, either:\n  - " + waysOut(downloadWayOut()));
        }
        return found.get();
    }

    /**
     * The data set was not found and downloading it failed as well: says what failed, where it looked
     * and every way forward, including trying the download again.
     */
    public DatasetNotFoundException notFoundAfter(DatasetDownloadException failure) {
        return new DatasetNotFoundException(search(), failure, "Fashion-MNIST was not found, and downloading it "
                + "failed:\n  " + failure.getMessage() + "\nSoftmaxLab looked in:\n" + describeSearch()
                + "To get it, either:\n  - " + waysOut(retryWayOut(failure)));
    }

    /**
     * One line per place searched, with what is wrong with it (or "found"), e.g.
     * {@code   - SoftmaxLab's download cache: /home/ada/.cache/softmaxlab/fashion-mnist — no such folder}.
     */
    public String describeSearch() {
        StringBuilder text = new StringBuilder();
        for (DatasetLocation candidate : candidates) {
            FolderProblem problem = problemWith(candidate.folder());
            text.append("  - ").append(candidate).append(" — ").append(problem == null ? "found" : problem)
                    .append('\n');
        }
        return text.toString();
    }

    /** The places searched that do not hold all four files, with why. */
    private List<SearchedPlace> search() {
        List<SearchedPlace> searched = new ArrayList<>();
        for (DatasetLocation candidate : candidates) {
            FolderProblem problem = problemWith(candidate.folder());
            if (problem != null) {
                searched.add(new SearchedPlace(candidate, problem));
            }
        }
        return searched;
    }

    /** The names of the data set's files that {@code folder} lacks (in neither gzipped nor plain form). */
    public static List<String> missingFiles(Path folder) {
        List<String> missing = new ArrayList<>();
        for (DatasetFile file : DatasetFile.values()) {
            if (!Files.isRegularFile(file.resolveIn(folder))) {
                missing.add(file.gzName());
            }
        }
        return missing;
    }

    /**
     * The application folder of a jpackage image, given its launcher: {@code <root>/lib/app} on
     * Linux, {@code <root>\app} on Windows, {@code X.app/Contents/app} on macOS. This is where
     * jpackage puts the {@code --input} files, so a bundled data folder lives there too.
     */
    static Path jpackageAppFolder(Path launcher, OperatingSystem os) {
        Path launcherFolder = launcher.toAbsolutePath().getParent();
        switch (os) {
            case WINDOWS:
                return launcherFolder.resolve("app");
            case MAC:
                return launcherFolder.resolveSibling("app");
            default:
                return launcherFolder.resolveSibling("lib").resolve("app");
        }
    }

    private static Optional<Path> bundledFolder(Map<String, String> properties) {
        String bundled = properties.get(BUNDLED_DATA_PROPERTY);
        if (bundled != null && !bundled.isBlank()) {
            return Optional.of(Path.of(bundled));
        }
        String launcher = properties.get(JPACKAGE_APP_PATH_PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            OperatingSystem os = OperatingSystem.fromOsName(properties.get("os.name"));
            return Optional.of(jpackageAppFolder(Path.of(launcher), os)
                    .resolve("data").resolve(AppDirectories.DATASET_FOLDER_NAME));
        }
        return Optional.empty();
    }

    /** Null if {@code folder} holds all four files, else what is wrong, e.g. "no such folder". */
    private static FolderProblem problemWith(Path folder) {
        if (!Files.exists(folder)) {
            return FolderProblem.of(FolderProblem.Kind.NO_SUCH_FOLDER);
        }
        if (!Files.isDirectory(folder)) {
            return FolderProblem.of(FolderProblem.Kind.NOT_A_FOLDER);
        }
        List<String> missing = missingFiles(folder);
        if (missing.isEmpty()) {
            return null;
        }
        if (missing.size() == DatasetFile.values().length) {
            return FolderProblem.of(FolderProblem.Kind.NO_FILES);
        }
        return new FolderProblem(FolderProblem.Kind.MISSING_FILES, missing);
    }

    private String waysOut(String download) {
        return String.join("\n  - ",
                "choose a folder that holds " + DatasetFolderException.FOUR_FILES + ": --data DIR",
                "on Debian or Ubuntu: sudo apt-get install " + DEBIAN_PACKAGE,
                download);
    }

    private String downloadWayOut() {
        return String.format(Locale.US, "download the four files (%.0f MB)%s", totalDownloadBytes() / 1e6,
                downloadFolder == null ? "" : " into " + downloadFolder);
    }

    /** Trying again helps after a network failure; a wrong mirror's answer needs another mirror. */
    private static String retryWayOut(DatasetDownloadException failure) {
        return switch (failure.kind()) {
            case HTTP_STATUS, CHECKSUM -> "download from another mirror: --mirror URL";
            case STORAGE -> "free some disk space (or fix the cache folder's permissions), then run again; "
                    + "files already verified stay";
            default -> "connect to the internet (or set a proxy: java -Dhttp.proxyHost=HOST -Dhttp.proxyPort=PORT), "
                    + "then run again; files already verified stay; or download from another mirror: --mirror URL";
        };
    }

    private static long totalDownloadBytes() {
        long bytes = 0;
        for (DatasetFile file : DatasetFile.values()) {
            bytes += file.officialGzBytes();
        }
        return bytes;
    }

    /** Drops later candidates naming a folder already listed, e.g. a cache that is also the bundled copy. */
    private static List<DatasetLocation> withoutDuplicateFolders(List<DatasetLocation> candidates) {
        Map<Path, DatasetLocation> byFolder = new LinkedHashMap<>();
        for (DatasetLocation candidate : candidates) {
            byFolder.putIfAbsent(candidate.folder().toAbsolutePath().normalize(), candidate);
        }
        return new ArrayList<>(byFolder.values());
    }
}
