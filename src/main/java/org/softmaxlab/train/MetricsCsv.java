package org.softmaxlab.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.softmaxlab.io.AtomicFiles;

/** Per-epoch metrics as CSV: one header row, then one row per epoch. */
public final class MetricsCsv {

    public static final String HEADER = "epoch,train_loss,train_acc,test_loss,test_acc,epoch_ms,eval_ms";

    private MetricsCsv() {
    }

    /** The CSV text for {@code epochs}. */
    public static String format(List<EpochMetrics> epochs) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (EpochMetrics m : epochs) {
            csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6f,%.1f,%.1f\n", m.epoch(), m.trainLoss(),
                    m.trainAccuracy(), m.testLoss(), m.testAccuracy(), m.trainMillis(), m.evalMillis()));
        }
        return csv.toString();
    }

    /** Writes {@code epochs} to {@code file} atomically. */
    public static void write(Path file, List<EpochMetrics> epochs) throws IOException {
        AtomicFiles.write(file, format(epochs).getBytes(StandardCharsets.UTF_8));
    }
}
