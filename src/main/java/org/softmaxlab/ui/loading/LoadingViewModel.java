package org.softmaxlab.ui.loading;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.ui.Messages;

/**
 * The state of loading the data: what is happening, how far it got, and on failure what went
 * wrong. Ways out of a failure are {@link #retry()} and {@link #chooseDirectory(Path)}.
 *
 * <p>Properties change only on the UI thread: results from the background arrive through the
 * {@code uiThread} executor ({@code Platform::runLater} in the app, same-thread in tests).
 */
public final class LoadingViewModel {

    /** The progress before the first step is done: "busy, amount unknown" (JavaFX's convention). */
    public static final double INDETERMINATE = -1;

    /** Where loading stands. */
    public enum Phase { LOADING, READY, FAILED }

    private final DataLoading loading;
    private final Executor uiThread;
    private final Consumer<LoadedData> onLoaded;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyObjectWrapper<Path> directory = new ReadOnlyObjectWrapper<>(this, "directory");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Set<DataLoading.Step> stepsDone = EnumSet.noneOf(DataLoading.Step.class);
    /** Counts loads, so that the answer of a superseded load (retry pressed twice) is ignored. */
    private int generation;

    /**
     * @param loading   the loading service
     * @param directory the folder to load from first
     * @param uiThread  runs state changes on the UI thread
     * @param onLoaded  called on the UI thread with the result of a successful load
     */
    public LoadingViewModel(DataLoading loading, Path directory, Executor uiThread, Consumer<LoadedData> onLoaded) {
        this.loading = Objects.requireNonNull(loading, "loading");
        this.directory.set(Objects.requireNonNull(directory, "directory"));
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.onLoaded = Objects.requireNonNull(onLoaded, "onLoaded");
    }

    /** Starts loading from the current folder; a load already running is superseded. */
    public void start() {
        int thisLoad = ++generation;
        Path dir = directory.get();
        stepsDone.clear();
        progress.set(INDETERMINATE);
        phase.set(Phase.LOADING);
        message.set(Messages.format("loading.reading", dir));
        loading.load(dir, step -> uiThread.execute(() -> stepDone(thisLoad, step)))
                .whenComplete((data, error) -> uiThread.execute(() -> finished(thisLoad, data, error)));
    }

    /** Loads again from the same folder (after installing the files, say). */
    public void retry() {
        start();
    }

    /** Loads from {@code dir}, which the user chose. */
    public void chooseDirectory(Path dir) {
        directory.set(Objects.requireNonNull(dir, "dir"));
        start();
    }

    private void stepDone(int load, DataLoading.Step step) {
        if (load != generation || phase.get() != Phase.LOADING) {
            return;
        }
        stepsDone.add(step);
        progress.set((double) stepsDone.size() / DataLoading.Step.values().length);
        if (!stepsDone.contains(DataLoading.Step.FILES_READ)) {
            message.set(Messages.format("loading.reading", directory.get()));
        } else if (!stepsDone.contains(DataLoading.Step.ND4J_STARTED)) {
            message.set(Messages.get("loading.nd4j"));
        } else {
            message.set(Messages.get("loading.matrices"));
        }
    }

    private void finished(int load, LoadedData data, Throwable error) {
        if (load != generation) {
            return;
        }
        if (error == null) {
            progress.set(1);
            message.set(Messages.format("loading.done", data.trainImages(), data.testImages()));
            phase.set(Phase.READY);
            onLoaded.accept(data);
        } else {
            message.set(describe(unwrap(error)));
            phase.set(Phase.FAILED);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable error) {
        if (error instanceof DatasetException) {
            return error.getMessage();
        }
        if (error instanceof UnsatisfiedLinkError || error instanceof NoClassDefFoundError
                || error instanceof ExceptionInInitializerError) {
            return Messages.format("loading.nd4jFailed", error);
        }
        return Messages.format("loading.failed", error);
    }

    /** LOADING, READY or FAILED. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The folder being (or last) loaded. */
    public ReadOnlyObjectProperty<Path> directoryProperty() {
        return directory.getReadOnlyProperty();
    }

    /** Fraction of the loading steps done, 0–1, or {@link #INDETERMINATE} before the first is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening now, or on failure what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
