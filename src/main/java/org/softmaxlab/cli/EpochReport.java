package org.softmaxlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainingListener;

/**
 * Prints one line per epoch on stdout, as text or as JSON, and a closing summary; the numbers are
 * the same ones the window shows.
 */
final class EpochReport implements TrainingListener {

    private final PrintStream out;
    private final boolean json;
    private RunInfo info;

    EpochReport(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void runStarted(RunInfo info) {
        this.info = info;
    }

    @Override
    public void epochFinished(EpochMetrics m, Evaluation evaluation) {
        if (json) {
            out.println(new JsonObject().put("epoch", m.epoch()).put("train_loss", m.trainLoss(), 6)
                    .put("train_acc", m.trainAccuracy(), 6).put("test_loss", m.testLoss(), 6)
                    .put("test_acc", m.testAccuracy(), 6).put("epoch_ms", m.trainMillis(), 1)
                    .put("eval_ms", m.evalMillis(), 1));
        } else {
            out.printf(Locale.US, "epoch %3d  train loss %.4f  train acc %.4f  test acc %.4f  %.2f s%n", m.epoch(),
                    m.trainLoss(), m.trainAccuracy(), m.testAccuracy(), (m.trainMillis() + m.evalMillis()) / 1000);
        }
        out.flush();
    }

    @Override
    public void runFinished(RunOutcome outcome) {
        List<EpochMetrics> epochs = outcome.epochs();
        DescriptiveStatistics epochMillis = new DescriptiveStatistics();
        double evalTotal = 0;
        for (EpochMetrics m : epochs) {
            epochMillis.addValue(m.trainMillis());
            evalTotal += m.evalMillis();
        }
        double median = epochs.isEmpty() ? Double.NaN : epochMillis.getPercentile(50);
        double imagesPerSecond = info == null || epochs.isEmpty() ? Double.NaN : info.trainImages() / (median / 1000);
        EpochMetrics last = outcome.lastEpoch();
        if (json) {
            JsonObject summary = new JsonObject()
                    .put("backend", info == null ? null : info.backend())
                    .put("blas", info == null ? null : info.kernels())
                    .put("threads", info == null ? 0 : info.threads())
                    .put("status", outcome.status().name().toLowerCase(Locale.ROOT))
                    .put("epochs", epochs.size())
                    .put("train_ms_total", epochMillis.getSum(), 1)
                    .put("eval_ms_total", evalTotal, 1)
                    .put("median_epoch_ms", median, 1)
                    .put("images_per_s", imagesPerSecond, 0)
                    .put("test_acc", last == null ? Double.NaN : last.testAccuracy(), 6);
            if (outcome.message() != null) {
                summary.put("message", outcome.message());
            }
            out.println(summary);
        } else if (!epochs.isEmpty()) {
            out.printf(Locale.US, "%s: %s, median %.0f ms/epoch (%,.0f images/s), test acc %.4f, backend %s, %s%n",
                    outcome.status().name().toLowerCase(Locale.ROOT), EnglishCount.of(epochs.size(), "epoch"), median,
                    imagesPerSecond, last.testAccuracy(), info.backendLabel(), EnglishCount.of(info.threads(), "thread"));
        }
        out.flush();
    }
}
