package org.softmaxlab.ui.loading;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.FashionMnist;
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
    /** Where Debian's {@code dataset-fashion-mnist} package puts the files. */
    public static final Path DEBIAN_DIR = Path.of("/usr/share/datasets/fashion-mnist");

    /** The steps of a load, in the order they finish (reading and ND4J may swap). */
    public enum Step { FILES_READ, ND4J_STARTED, MATRICES_BUILT }

    private final Executor background;
    private final DatasetReader reader;

    /**
     * @param background where the work runs (the app's executor; a same-thread executor in tests)
     * @param reader     reads the four files of a folder
     */
    public DataLoading(Executor background, DatasetReader reader) {
        this.background = Objects.requireNonNull(background, "background");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The folder to load from unless the user chose another: the system property, else Debian's. */
    public static Path defaultDirectory() {
        String property = System.getProperty(DATA_DIR_PROPERTY);
        return property == null || property.isBlank() ? DEBIAN_DIR : Path.of(property);
    }

    /**
     * Loads the data in {@code dir}. {@code stepDone} is told of each finished step, on a
     * background thread. The future fails with the {@link DatasetException} (or the error from
     * ND4J) as its cause.
     */
    public CompletableFuture<LoadedData> load(Path dir, Consumer<Step> stepDone) {
        CompletableFuture<FashionMnist> images = CompletableFuture.supplyAsync(() -> {
            FashionMnist data = read(dir);
            stepDone.accept(Step.FILES_READ);
            return data;
        }, background);
        CompletableFuture<Void> nd4j = CompletableFuture.runAsync(() -> {
            Nd4jRuntime.configureThreads(Nd4jRuntime.defaultThreads());
            stepDone.accept(Step.ND4J_STARTED);
        }, background);
        return images.thenCombineAsync(nd4j, (data, ignored) -> {
            TrainingData matrices = TrainingData.of(data);
            stepDone.accept(Step.MATRICES_BUILT);
            return new LoadedData(matrices, dir, Nd4jRuntime.backendName(), Nd4jRuntime.threads());
        }, background);
    }

    private FashionMnist read(Path dir) {
        try {
            return reader.read(dir);
        } catch (DatasetException e) {
            throw new CompletionException(e);
        }
    }
}
