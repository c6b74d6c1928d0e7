package org.softmaxlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.run.DaemonThreads;
import org.softmaxlab.run.TrainingEvents;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code softmaxlab bench}: times data loading and training epochs, with and without the window's
 * listener ({@link TrainingEvents}, drained on the window's period), alternating the two so machine
 * noise hits both.
 * Prints one JSON object: medians after a warm-up epoch, images/s and the listener's overhead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = TrainCommand.Version.class,
        description = "Benchmark loading and training (d2l defaults) and print one JSON object.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--epochs", paramLabel = "N", description = "timed epochs per variant, after one warm-up "
            + "epoch (default: ${DEFAULT-VALUE})")
    int epochs = 5;

    @Option(names = "--rounds", paramLabel = "R", description = "alternations of the two variants (default: ${DEFAULT-VALUE})")
    int rounds = 2;

    @Option(names = "--threads", paramLabel = "T", description = "ND4J threads (default: as the train command)")
    Integer threads;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws DatasetException, InterruptedException {
        long loadStart = System.nanoTime();
        Dataset data = MnistFamily.FASHION_MNIST.load(DatasetLocator.forCurrentUser().locate().folder());
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        Nd4jRuntime.configureThreads(threads != null ? threads : Nd4jRuntime.defaultThreads());
        long prepareStart = System.nanoTime();
        TrainingData prepared = TrainingData.of(data);
        double prepareMillis = (System.nanoTime() - prepareStart) / 1e6;
        Trainer trainer = new Trainer(prepared);
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(epochs + 1);
        DescriptiveStatistics bare = new DescriptiveStatistics();
        DescriptiveStatistics listened = new DescriptiveStatistics();
        for (int round = 0; round < rounds; round++) {
            addTimedEpochs(trainer.run(config, TrainingListener.NONE, new TrainingControl()), bare);
            addTimedEpochs(runDrained(trainer, config), listened);
        }
        double median = bare.getPercentile(50);
        double medianListened = listened.getPercentile(50);
        out.println(new JsonObject()
                .put("backend", Nd4jRuntime.backendName())
                .put("blas", Nd4jRuntime.kernels().describe())
                .put("threads", Nd4jRuntime.threads())
                .put("load_ms", loadMillis, 1)
                .put("prepare_ms", prepareMillis, 1)
                .put("epochs_timed", bare.getN())
                .put("median_epoch_ms", median, 1)
                .put("min_epoch_ms", bare.getMin(), 1)
                .put("max_epoch_ms", bare.getMax(), 1)
                .put("images_per_s", prepared.train().size() / (median / 1000), 0)
                .put("median_epoch_ms_with_listener", medianListened, 1)
                .put("listener_overhead", medianListened / median - 1, 4));
        return ExitCode.DONE;
    }

    /** Every epoch's training time but the first, which pays for JIT and first-touch allocation. */
    private static void addTimedEpochs(RunOutcome outcome, DescriptiveStatistics into) {
        List<EpochMetrics> epochs = outcome.epochs();
        for (int i = 1; i < epochs.size(); i++) {
            into.addValue(epochs.get(i).trainMillis());
        }
    }

    /** A run heard as the window hears it: through {@link TrainingEvents}, drained on the window's period. */
    private static RunOutcome runDrained(Trainer trainer, TrainConfig config) throws InterruptedException {
        TrainingEvents events = new TrainingEvents();
        ScheduledExecutorService drainer =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.factory("softmaxlab-bench-drain-"));
        long period = TrainingEvents.DRAIN_PERIOD.toMillis();
        try {
            drainer.scheduleAtFixedRate(events::drain, period, period, TimeUnit.MILLISECONDS);
            return trainer.run(config, events, new TrainingControl());
        } finally {
            drainer.shutdown();
            drainer.awaitTermination(1, TimeUnit.MINUTES); // drain() is for one thread at a time
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "bench(epochs=%d, rounds=%d)", epochs, rounds);
    }
}
