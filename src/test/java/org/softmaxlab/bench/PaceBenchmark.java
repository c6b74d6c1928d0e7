package org.softmaxlab.bench;

import java.util.Locale;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;
import org.softmaxlab.testing.RealData;

/**
 * How close a pace of N s/epoch comes to N seconds of wall time per epoch (the test evaluation left
 * out), on the real data with d2l's recipe. Not a test (timing is no test's business here): run by
 * hand, {@code java -cp target/test-classes:target/classes:target/lib/* org.softmaxlab.bench.PaceBenchmark 5 10 30}.
 */
public final class PaceBenchmark {

    private PaceBenchmark() {
    }

    public static void main(String[] args) {
        Nd4jRuntime.configureThreads(1);
        TrainingData data = TrainingData.of(RealData.load());
        System.out.println("pace_s_per_epoch wall_s_per_epoch error_pct epoch_ms(training only)");
        for (String arg : args.length == 0 ? new String[] {"5", "10", "30"} : args) {
            double seconds = Double.parseDouble(arg);
            TrainingControl control = new TrainingControl();
            control.setPace(Pace.perEpoch(seconds));
            long[] started = new long[1];
            double[] wall = new double[2];
            TrainingListener timing = new TrainingListener() {
                @Override
                public void runStarted(RunInfo info) {
                    started[0] = System.nanoTime();
                }

                @Override
                public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
                    wall[0] = (System.nanoTime() - started[0]) / 1e9 - metrics.evalMillis() / 1e3;
                    wall[1] = metrics.trainMillis();
                }
            };
            new Trainer(data).run(TrainConfig.DEFAULTS.withEpochs(1), timing, control);
            System.out.printf(Locale.ROOT, "%.0f %.3f %+.2f %.0f%n", seconds, wall[0],
                    100 * (wall[0] - seconds) / seconds, wall[1]);
        }
    }
}
