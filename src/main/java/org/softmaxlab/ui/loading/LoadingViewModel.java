package org.softmaxlab.ui.loading;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.softmaxlab.data.DatasetDownloader;
import org.softmaxlab.data.DatasetNotFoundException;
import org.softmaxlab.data.DownloadCancelledException;
import org.softmaxlab.data.MirrorUrl;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * The state of loading the data: what is happening, how far it got, and on failure what went
 * wrong. Ways out of a failure are {@link #retry()}, {@link #chooseDirectory(Path)} and
 * {@link #download()}, from the official mirror or the one typed into {@link #mirrorProperty()}.
 *
 * <p>Properties change only on the UI thread: results from the background arrive through the
 * window's {@link BackgroundTasks} ({@code Platform::runLater} in the app, same-thread in tests); a
 * load or download started again supersedes the one under way ({@link NewestWins}).
 */
public final class LoadingViewModel {

    /** The progress before the first step is done: "busy, amount unknown" (JavaFX's convention). */
    public static final double INDETERMINATE = -1;

    /** Where loading stands. */
    public enum Phase { LOADING, DOWNLOADING, READY, FAILED }

    private final DataLoading loading;
    private final DatasetDownloads downloads;
    private final BackgroundTasks tasks;
    /** The load or download under way: a new one (retry pressed twice) supersedes it, and its answer is dropped. */
    private final NewestWins<LoadedData> loads;
    private final Consumer<LoadedData> onLoaded;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyObjectWrapper<Path> directory = new ReadOnlyObjectWrapper<>(this, "directory");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
    private final LocalizedText message = new LocalizedText(this, "message");
    /** The folder the user chose on the loading card, or null until they choose one. */
    private final ReadOnlyObjectWrapper<Path> chosenDirectory = new ReadOnlyObjectWrapper<>(this, "chosenDirectory");
    private final ReadOnlyBooleanWrapper canDownload = new ReadOnlyBooleanWrapper(this, "canDownload");
    /** The newest download progress from the background, taken by one pending UI-thread update. */
    private final AtomicReference<DownloadState> downloadProgress = new AtomicReference<>();
    private final Set<DataLoading.Step> stepsDone = EnumSet.noneOf(DataLoading.Step.class);
    /** The mirror typed on the card; blank for the official one. */
    private final StringProperty mirror = new SimpleStringProperty(this, "mirror", "");
    private final LocalizedText mirrorProblem = new LocalizedText(this, "mirrorProblem");
    /** Stands for the official mirror in {@link #chosenMirror()} (the downloader's default). */
    private static final URI OFFICIAL = DatasetDownloader.OFFICIAL_MIRROR;
    /** Where the last load looked in vain; kept so that a failed download still says so. */
    private DatasetNotFoundException lastNotFound;

    /**
     * @param loading   the loading service
     * @param downloads fetches the data set when no copy is found
     * @param directory the folder to load from first, or null to search the usual places
     * @param tasks     the window's background tasks, which hand the answers and progress to the UI thread
     * @param onLoaded  called on the UI thread with the result of a successful load
     */
    public LoadingViewModel(DataLoading loading, DatasetDownloads downloads, Path directory, BackgroundTasks tasks,
                            Consumer<LoadedData> onLoaded) {
        mirror.addListener((obs, old, now) -> checkMirror());
        this.loading = Objects.requireNonNull(loading, "loading");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.directory.set(directory);
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.loads = tasks.newestWins();
        this.onLoaded = Objects.requireNonNull(onLoaded, "onLoaded");
    }

    /** Starts loading from the current folder; a load already running is superseded. */
    public void start() {
        Path dir = directory.get();
        stepsDone.clear();
        progress.set(INDETERMINATE);
        canDownload.set(false);
        phase.set(Phase.LOADING);
        message.set(() -> readingMessage(dir));
        loads.follow(load -> loading.load(dir, step -> tasks.progress(load, () -> stepDone(step))),
                this::loaded, this::loadFailed);
    }

    /** Loads again from the same folder (after installing the files, say). */
    public void retry() {
        start();
    }

    /**
     * The mirror to download from, as typed: blank for the official one, else an http or https folder
     * URL (checked as the command line's {@code --mirror} is, by {@link MirrorUrl}).
     */
    public StringProperty mirrorProperty() {
        return mirror;
    }

    /** What is wrong with the mirror typed, in the window's language; empty when it is blank or valid. */
    public ReadOnlyStringProperty mirrorProblemProperty() {
        return mirrorProblem.property();
    }

    /** The mirror typed, or null for the official one; empty when what is typed is not a mirror URL. */
    private Optional<URI> chosenMirror() {
        String typed = mirror.get();
        if (typed == null || typed.isBlank()) {
            return Optional.of(OFFICIAL);
        }
        try {
            return Optional.of(MirrorUrl.parse(typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void checkMirror() {
        String typed = mirror.get();
        if (chosenMirror().isPresent()) {
            mirrorProblem.clear();
        } else {
            mirrorProblem.set(() -> Messages.format("loading.mirror.invalid", typed.strip(), MirrorUrl.EXAMPLE));
        }
    }

    /**
     * Downloads the data set into SoftmaxLab's cache, from the mirror typed or the official one, then
     * loads it; offered when none was found. Does nothing while the mirror typed is not a mirror URL
     * (the card says why).
     */
    public void download() {
        Optional<URI> from = chosenMirror();
        if (!canDownload.get() || from.isEmpty()) {
            return;
        }
        canDownload.set(false);
        progress.set(0);
        message.say("loading.downloadStarting");
        phase.set(Phase.DOWNLOADING);
        directory.set(null); // the cache is one of the usual places
        loads.follow(download -> downloads.start(from.get() == OFFICIAL ? null : from.get(), (file, done, total) -> {
            if (downloadProgress.getAndSet(new DownloadState(file, done, total)) == null) {
                tasks.progress(download, this::showDownloadProgress);
            }
        }), folder -> start(), this::downloadFailed);
    }

    /** Cancels a download in progress; the files fetched so far stay verified in the cache. */
    public void cancelDownload() {
        if (phase.get() == Phase.DOWNLOADING) {
            downloads.cancel();
        }
    }

    private record DownloadState(String file, long done, long total) {
    }

    private void showDownloadProgress() {
        DownloadState state = downloadProgress.getAndSet(null);
        if (state == null || phase.get() != Phase.DOWNLOADING) {
            return;
        }
        progress.set(state.total() == 0 ? INDETERMINATE : (double) state.done() / state.total());
        message.say("loading.downloading", state.file(), state.done() / 1e6, state.total() / 1e6);
    }

    private void downloadFailed(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DownloadCancelledException) {
            message.say("loading.downloadCancelled");
        } else {
            DatasetNotFoundException searched = lastNotFound;
            message.set(() -> DataProblemText.ofDownload(cause, searched));
        }
        canDownload.set(true);
        phase.set(Phase.FAILED);
    }

    private static String readingMessage(Path dir) {
        return dir == null ? Messages.get("loading.searching") : Messages.format("loading.reading", dir);
    }

    /** Loads from {@code dir}, which the user chose. */
    public void chooseDirectory(Path dir) {
        directory.set(Objects.requireNonNull(dir, "dir"));
        chosenDirectory.set(dir);
        start();
    }

    private void stepDone(DataLoading.Step step) {
        if (phase.get() != Phase.LOADING) {
            return;
        }
        stepsDone.add(step);
        progress.set((double) stepsDone.size() / DataLoading.Step.values().length);
        if (!stepsDone.contains(DataLoading.Step.FILES_READ)) {
            Path dir = directory.get();
            message.set(() -> readingMessage(dir));
        } else if (!stepsDone.contains(DataLoading.Step.ND4J_STARTED)) {
            message.say("loading.nd4j");
        } else {
            message.say("loading.matrices");
        }
    }

    private void loaded(LoadedData data) {
        progress.set(1);
        directory.set(data.directory());
        message.say("loading.done", data.trainImages(), data.testImages());
        phase.set(Phase.READY);
        onLoaded.accept(data);
    }

    private void loadFailed(Throwable error) {
        Throwable cause = unwrap(error);
        message.set(() -> DataProblemText.of(cause));
        lastNotFound = cause instanceof DatasetNotFoundException notFound ? notFound : null;
        canDownload.set(lastNotFound != null);
        phase.set(Phase.FAILED);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** LOADING, READY or FAILED. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True when no copy was found (or a download failed), so downloading is the way out. */
    public ReadOnlyBooleanProperty canDownloadProperty() {
        return canDownload.getReadOnlyProperty();
    }

    /** The folder being (or last) loaded; null while searching the usual places. */
    public ReadOnlyObjectProperty<Path> directoryProperty() {
        return directory.getReadOnlyProperty();
    }

    /**
     * Fraction of the loading steps (or of the download's bytes) done, 0–1, or
     * {@link #INDETERMINATE} before the first is.
     */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening now, or on failure what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }

    /** The folder the user chose on the loading card (the last one), or null if they chose none. */
    public ReadOnlyObjectProperty<Path> chosenDirectoryProperty() {
        return chosenDirectory.getReadOnlyProperty();
    }

    /** Says the message again in the language {@link Messages} speaks now. */
    public void relocalize() {
        message.relocalize();
        mirrorProblem.relocalize();
    }
}
