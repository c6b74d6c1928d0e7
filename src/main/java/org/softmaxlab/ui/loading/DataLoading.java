package org.softmaxlab.ui.loading;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainingData;

/**
 * Where the window's data comes from and how it gets ready, off the JavaFX thread. The one class to
 * change when the data set is found by {@code DatasetLocator} instead of a fixed folder.
 *
 * <p>Reading the files and starting ND4J (native libraries, several seconds) run at the same time
 * on the background executor; the design matrices are built when both are done.
 */
public final class DataLoading {

    /** The system property that names the data folder, e.g. {@code -Dsoftmaxlab.data=/data/fmnist}. */
    public static final String DATA_DIR_PROPERTY = "softmaxlab.data";

    /** The steps of a load, in the order they finish (reading and ND4J may swap). */
    public enum Step { FILES_READ, ND4J_STARTED, MATRICES_BUILT }

    private final Executor background;
    private final FolderResolver resolver;
    private final DatasetReader reader;

    /**
     * @param background where the work runs (the app's executor; a same-thread executor in tests)
     * @param resolver   picks the folder to read
     * @param reader     reads the four files of a folder
     */
    public DataLoading(Executor background, FolderResolver resolver, DatasetReader reader) {
        this.background = Objects.requireNonNull(background, "background");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The folder the user chose on the command line ({@value #DATA_DIR_PROPERTY}), or null to search. */
    public static Path defaultDirectory() {
        String property = System.getProperty(DATA_DIR_PROPERTY);
        return property == null || property.isBlank() ? null : Path.of(property);
    }

    /**
     * Loads the data in {@code chosen}, or, when it is null, from the first usual place that holds
     * it. {@code stepDone} is told of each finished step, on a background thread. The future fails
     * with the {@link DatasetException} (or the error from ND4J) as its cause.
     */
    public CompletableFuture<LoadedData> load(Path chosen, Consumer<Step> stepDone) {
        CompletableFuture<Found> images = CompletableFuture.supplyAsync(() -> {
            Found found = read(chosen);
            stepDone.accept(Step.FILES_READ);
            return found;
        }, background);
        CompletableFuture<Void> nd4j = CompletableFuture.runAsync(() -> {
            Nd4jRuntime.configureThreads(Nd4jRuntime.defaultThreads());
            stepDone.accept(Step.ND4J_STARTED);
        }, background);
        return images.thenCombineAsync(nd4j, (found, ignored) -> {
            TrainingData matrices = TrainingData.of(found.data());
            stepDone.accept(Step.MATRICES_BUILT);
            return new LoadedData(matrices, found.folder(), Nd4jRuntime.backendLabel(), Nd4jRuntime.threads());
        }, background);
    }

    /** The images and the folder they came from. */
    private record Found(Path folder, Dataset data) {
    }

    private Found read(Path chosen) {
        try {
            Path folder = resolver.resolve(chosen);
            return new Found(folder, reader.read(folder));
        } catch (DatasetException e) {
            throw new CompletionException(e);
        }
    }
}
