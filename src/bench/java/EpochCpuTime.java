import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * The CPU time of the training thread per epoch (first batch to last, evaluation left out), not the
 * wall time: on a machine other jobs keep busy it stays put while wall times double, so changes to
 * the step can be compared there. One BLAS thread. Not a substitute for compare-with-pytorch.sh.
 * Run: java -cp "target/softmaxlab.jar:target/lib/*" src/bench/java/EpochCpuTime.java [hidden] [epochs]
 */
public class EpochCpuTime {
    public static void main(String[] args) throws Exception {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Nd4jRuntime.configureThreads(1);
        TrainingData data = TrainingData.of(FashionMnist.load(DatasetLocator.forCurrentUser().locate().folder()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        long[] start = new long[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress p) {
                if (p.batch() == 1) {
                    start[0] = threads.getCurrentThreadCpuTime();
                } else if (p.batch() == p.batchesPerEpoch()) {
                    millis.add((threads.getCurrentThreadCpuTime() - start[0]) / 1e6 * p.batchesPerEpoch()
                            / (p.batchesPerEpoch() - 1));
                }
            }
        };
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(epochs + 1)
                .withModel(hidden > 0 ? ModelSpec.mlp(hidden) : ModelSpec.SOFTMAX);
        new Trainer(data).run(config, listener, new TrainingControl());
        List<Double> timed = millis.subList(1, millis.size());
        double median = timed.stream().sorted().toList().get(timed.size() / 2);
        System.out.printf(Locale.ROOT, "{\"model\":\"%s\",\"blas\":\"%s\",\"epoch_cpu_ms\":%s,\"median_cpu_ms\":%.1f}%n",
                config.model().describe(), Nd4jRuntime.kernels().describe(),
                timed.stream().map(m -> String.format(Locale.ROOT, "%.1f", m)).toList(), median);
    }
}
