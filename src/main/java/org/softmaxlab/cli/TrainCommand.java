package org.softmaxlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.Dataset;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code softmaxlab train}: the same trainer as the window, headless, for scripts and benchmarks. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
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

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--model", paramLabel = "M", description = "softmax (d2l 3.7's softmax regression) or mlp "
            + "(d2l's concise MLP: one hidden ReLU layer) (default: softmax)", converter = ModelKindConverter.class)
    ModelSpec.Kind model = ModelSpec.Kind.SOFTMAX;

    @Option(names = "--hidden", paramLabel = "H", description = "hidden units of the mlp, 1-4096 (default: "
            + ModelSpec.DEFAULT_HIDDEN + ")")
    Integer hidden;

    @Option(names = "--metrics-csv", paramLabel = "FILE", description = "write per-epoch metrics as CSV (rewritten "
            + "atomically after every epoch)")
    Path metricsCsv;

    @Option(names = "--save-model", paramLabel = "FILE", description = "save the trained model (settings, every "
            + "epoch's metrics, weights) to FILE, atomically, as the window's Save does; by extension: "
            + ".smlab (added when FILE has none), .npz (NumPy, PyTorch's state_dict names; weights only), or .onnx "
            + "(ONNX opset 13: the graph, the weights, class names and settings, for ONNX Runtime and Netron). Also "
            + "after Ctrl+C; not after a divergence")
    Path saveModel;

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

    /** How long Ctrl+C waits for the run to end; a batch takes milliseconds, so only a hang reaches it. */
    private static final long CANCEL_GRACE_SECONDS = 10;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
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
        ModelSaving saving = null;
        if (saveModel != null) {
            saving = ModelSaving.to(saveModel, problems);
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "invalid settings: " + String.join("; ", problems));
        }
        Dataset images;
        try {
            images = loadData();
        } catch (DatasetException e) {
            err.println("softmaxlab: " + e.getMessage());
            return ExitCode.DATASET_PROBLEM;
        }
        Nd4jRuntime.configureThreads(threads != null ? threads : Nd4jRuntime.defaultThreads());
        return train(config, TrainingData.of(images), saving);
    }

    private Dataset loadData() throws DatasetException {
        Dataset all = data.load(err, terminal);
        if (trainImages == null && testImages == null) {
            return all;
        }
        return all.head(trainImages != null ? trainImages : Integer.MAX_VALUE,
                testImages != null ? testImages : Integer.MAX_VALUE);
    }

    private int train(TrainConfig config, TrainingData data, ModelSaving saving) {
        TrainingControl control = new TrainingControl();
        CountDownLatch ended = new CountDownLatch(1);
        // Ctrl+C runs this hook while the JVM is already exiting; it stops the run at the next batch
        // and lets the JVM finish once the run has ended and reported. It waits for that moment, not for
        // the main thread: that thread then calls System.exit, which blocks while hooks run.
        Thread onInterrupt = new Thread(() -> {
            control.cancel();
            try {
                ended.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "softmaxlab-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            RunOutcome outcome = new Trainer(data).run(config, Listeners.of(listeners(config)), control);
            if (outcome.message() != null) {
                err.println("softmaxlab: " + outcome.message());
            }
            int code = exitCode(outcome);
            if (saving != null && !saving.save(config, data.source().signature(), outcome, err) && code == ExitCode.DONE) {
                return ExitCode.FAILED;
            }
            return code;
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C arrived: the hook is running, and now returns.
            }
        }
    }

    private List<TrainingListener> listeners(TrainConfig config) {
        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add(new EpochReport(out, json));
        if (terminal) {
            listeners.add(new ProgressBar(err, config.epochs()));
        }
        if (metricsCsv != null) {
            listeners.add(new CsvAfterEachEpoch(metricsCsv, err));
        }
        return listeners;
    }

    private static int exitCode(RunOutcome outcome) {
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
            return new String[] {"SoftmaxLab " + (v == null ? "dev" : v), "CPU: " + kernels()};
        }
    }

    /** The BLAS kernels this CPU gets, or why OpenBLAS did not load. */
    private static String kernels() {
        try {
            return org.softmaxlab.train.BlasKernels.openBlas().describe();
        } catch (LinkageError | RuntimeException e) {
            return "OpenBLAS did not load: " + e;
        }
    }

    /**
     * A name's meaning, or picocli's usage error carrying our sentence alone: without it picocli prints
     * "cannot convert 'cnn' to Kind (java.lang.IllegalArgumentException: …)".
     */
    private static <T> T named(java.util.function.Function<String, T> fromId, String value) {
        try {
            return fromId.apply(value);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Parses --loss. */
    static final class LossFormulaConverter implements picocli.CommandLine.ITypeConverter<LossFormula> {
        @Override
        public LossFormula convert(String value) {
            return named(LossFormula::fromId, value);
        }
    }

    /** Parses --model. */
    static final class ModelKindConverter implements picocli.CommandLine.ITypeConverter<ModelSpec.Kind> {
        @Override
        public ModelSpec.Kind convert(String value) {
            return named(id -> {
                try {
                    return ModelSpec.Kind.fromId(id);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown model '" + id + "'; use softmax (d2l 3.7's softmax "
                            + "regression) or mlp (d2l's MLP with one hidden layer)", e);
                }
            }, value);
        }
    }
}
