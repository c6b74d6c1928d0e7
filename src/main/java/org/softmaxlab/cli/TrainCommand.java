package org.softmaxlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetDownloader;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocation;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Listeners;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.MetricsCsv;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code softmaxlab train}: the same trainer as the window, headless, for scripts and benchmarks. */
@Command(name = "softmaxlab train", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = TrainCommand.Version.class,
        description = {"Train softmax regression (d2l 3.7) or d2l's MLP on Fashion-MNIST without a window.",
                "One line per epoch on stdout; with --json one JSON object per epoch, then a summary line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:training failed for another reason (see stderr)",
                "2:invalid arguments",
                "3:dataset problem (missing, corrupt or not downloadable)",
                "4:diverged (loss or weights became NaN or infinite)",
                "130:cancelled (Ctrl+C)"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--epochs", paramLabel = "N", description = "passes over the training set, 1-10000 (default: ${DEFAULT-VALUE})")
    int epochs = TrainConfig.DEFAULTS.epochs();

    @Option(names = "--lr", paramLabel = "X", description = "learning rate, > 0 (default: ${DEFAULT-VALUE})")
    double learningRate = TrainConfig.DEFAULTS.learningRate();

    @Option(names = "--batch-size", paramLabel = "B", description = "images per SGD step, 1-60000 (default: ${DEFAULT-VALUE})")
    int batchSize = TrainConfig.DEFAULTS.batchSize();

    @Option(names = "--init-std", paramLabel = "S", description = "sigma of the N(0, sigma^2) weight init, >= 0 (default: ${DEFAULT-VALUE})")
    double initStd = TrainConfig.DEFAULTS.initStd();

    @Option(names = "--seed", paramLabel = "K", description = "seed for weight init and shuffling (default: ${DEFAULT-VALUE})")
    long seed = TrainConfig.DEFAULTS.seed();

    @Option(names = "--loss", paramLabel = "F", description = "cross-entropy formula: stable (log-sum-exp) or naive "
            + "(log of softmax, to watch it fail) (default: stable)", converter = LossFormulaConverter.class)
    LossFormula lossFormula = LossFormula.STABLE;

    @Option(names = "--model", paramLabel = "M", description = "softmax (d2l 3.7's softmax regression) or mlp "
            + "(d2l's concise MLP: one hidden ReLU layer) (default: softmax)", converter = ModelKindConverter.class)
    ModelSpec.Kind model = ModelSpec.Kind.SOFTMAX;

    @Option(names = "--hidden", paramLabel = "H", description = "hidden units of the mlp, 1-4096 (default: "
            + ModelSpec.DEFAULT_HIDDEN + ")")
    Integer hidden;

    @Option(names = "--data", paramLabel = "DIR", description = {"folder with the four Fashion-MNIST files (.gz or "
            + "plain); without it: SoftmaxLab's cache, a copy bundled with the app, then "
            + "/usr/share/datasets/fashion-mnist, else a verified download into the cache"})
    Path dataDir;

    @Option(names = "--no-download", description = "fail (exit 3) instead of downloading when no copy is found")
    boolean noDownload;

    @Option(names = "--mirror", paramLabel = "URL", description = "where to download Fashion-MNIST from "
            + "(default: the official mirror)")
    java.net.URI mirror;

    @Option(names = "--metrics-csv", paramLabel = "FILE", description = "write per-epoch metrics as CSV (rewritten "
            + "atomically after every epoch)")
    Path metricsCsv;

    @Option(names = "--json", description = "one JSON object per epoch (epoch, train_loss, train_acc, test_loss, "
            + "test_acc, epoch_ms, eval_ms), then one with backend and totals")
    boolean json;

    @Option(names = "--threads", paramLabel = "T", description = "ND4J BLAS/OpenMP threads (default: 1 on a 2-core "
            + "machine, half the cores otherwise)")
    Integer threads;

    @Option(names = "--train-images", paramLabel = "N", description = "train on the first N images only (quick runs)")
    Integer trainImages;

    @Option(names = "--test-images", paramLabel = "N", description = "evaluate on the first N test images only")
    Integer testImages;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    /** Where to search and where to download to: the current user's places, or a test's. */
    AppDirectories directories = AppDirectories.forCurrentUser();
    DatasetLocator searchLocator = DatasetLocator.forCurrentUser();

    /** For picocli: stdout, stderr, and a progress bar when attached to a terminal. */
    public TrainCommand() {
        this(System.out, System.err, System.console() != null);
    }

    TrainCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        TrainConfig config = new TrainConfig(epochs, learningRate, batchSize, initStd, seed, lossFormula,
                ModelSpec.of(model, hidden != null ? hidden : ModelSpec.DEFAULT_HIDDEN));
        List<String> problems = new ArrayList<>(config.problems());
        if (hidden != null && model != ModelSpec.Kind.MLP) {
            problems.add("--hidden is for --model mlp (softmax regression has no hidden layer)");
        }
        checkPositive("--threads", threads, problems);
        checkPositive("--train-images", trainImages, problems);
        checkPositive("--test-images", testImages, problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "invalid settings: " + String.join("; ", problems));
        }
        FashionMnist data;
        try {
            data = loadData();
        } catch (DatasetException e) {
            err.println("softmaxlab: " + e.getMessage());
            return ExitCode.DATASET_PROBLEM;
        }
        Nd4jRuntime.configureThreads(threads != null ? threads : Nd4jRuntime.defaultThreads());
        return train(config, TrainingData.of(data));
    }

    private FashionMnist loadData() throws DatasetException {
        Path dir = dataFolder();
        long start = System.nanoTime();
        FashionMnist data = FashionMnist.load(dir);
        if (trainImages != null || testImages != null) {
            data = data.head(trainImages != null ? trainImages : Integer.MAX_VALUE,
                    testImages != null ? testImages : Integer.MAX_VALUE);
        }
        err.printf(Locale.US, "Fashion-MNIST from %s: %,d training and %,d test images, read in %.2f s%n", dir,
                data.train().size(), data.test().size(), (System.nanoTime() - start) / 1e9);
        return data;
    }

    /** --data as given, else the first place that holds the files, else a download into the cache. */
    private Path dataFolder() throws DatasetException {
        DatasetLocator locator = dataDir != null ? DatasetLocator.explicit(dataDir) : searchLocator;
        Optional<DatasetLocation> found = locator.find();
        if (found.isPresent()) {
            return found.get().folder();
        }
        if (noDownload) {
            return locator.locate().folder(); // throws, listing where it looked
        }
        Path cache = directories.datasetCacheDir();
        err.println("Fashion-MNIST was not found; downloading it into " + cache);
        DatasetDownloader.Builder downloader = DatasetDownloader.into(cache);
        if (mirror != null) {
            downloader.baseUri(mirror);
        }
        return downloader.build().download(new DownloadProgress(err, terminal));
    }

    private int train(TrainConfig config, TrainingData data) {
        TrainingControl control = new TrainingControl();
        Thread mainThread = Thread.currentThread();
        Thread onInterrupt = new Thread(() -> {
            control.cancel();
            try {
                mainThread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "softmaxlab-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add(new EpochReport(out, json));
        if (terminal) {
            listeners.add(new ProgressBar(err, config.epochs()));
        }
        if (metricsCsv != null) {
            listeners.add(new CsvAfterEachEpoch(metricsCsv, err));
        }
        RunOutcome outcome = new Trainer(data).run(config, Listeners.of(listeners), control);
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C arrived: the hook is already running and waits for us.
        }
        if (outcome.message() != null) {
            err.println("softmaxlab: " + outcome.message());
        }
        return switch (outcome.status()) {
            case COMPLETED -> ExitCode.DONE;
            case CANCELLED -> ExitCode.CANCELLED;
            case DIVERGED -> ExitCode.DIVERGED;
            case FAILED -> ExitCode.FAILED;
        };
    }

    private static void checkPositive(String option, Integer value, List<String> problems) {
        if (value != null && value < 1) {
            problems.add(option + " must be at least 1 (was " + value + ")");
        }
    }

    /** Keeps the CSV current after every epoch, so an interrupted run loses nothing it finished. */
    private static final class CsvAfterEachEpoch implements TrainingListener {
        private final Path file;
        private final PrintStream err;
        private final List<EpochMetrics> epochs = new ArrayList<>();
        private boolean failed;

        CsvAfterEachEpoch(Path file, PrintStream err) {
            this.file = file;
            this.err = err;
        }

        @Override
        public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
            epochs.add(metrics);
            if (failed) {
                return;
            }
            try {
                MetricsCsv.write(file, epochs);
            } catch (IOException e) {
                failed = true;
                err.println("softmaxlab: cannot write " + file + ": " + e.getMessage() + " (training goes on)");
            }
        }
    }

    /** The version from the jar's manifest ("dev" when run from classes). */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TrainCommand.class.getPackage().getImplementationVersion();
            return new String[] {"SoftmaxLab " + (v == null ? "dev" : v)};
        }
    }

    /** Parses --loss. */
    static final class LossFormulaConverter implements picocli.CommandLine.ITypeConverter<LossFormula> {
        @Override
        public LossFormula convert(String value) {
            return LossFormula.fromId(value);
        }
    }

    static final class ModelKindConverter implements picocli.CommandLine.ITypeConverter<ModelSpec.Kind> {
        @Override
        public ModelSpec.Kind convert(String value) {
            return ModelSpec.Kind.fromId(value);
        }
    }
}
