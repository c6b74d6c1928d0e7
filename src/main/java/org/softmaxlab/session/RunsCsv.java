package org.softmaxlab.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.softmaxlab.io.AtomicFiles;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.TrainConfig;

/**
 * Several runs in one CSV file (RFC 4180: CRLF line ends, fields quoted where needed), ready for a
 * spreadsheet or pandas to group by {@code run} or {@code label}. One row per point, in epoch order
 * within each run:
 * <ul>
 *   <li>{@code kind} = {@code batch}: a point of the training curve; the test columns are empty;</li>
 *   <li>{@code kind} = {@code epoch}: a finished epoch, with its train and test metrics.</li>
 * </ul>
 * {@code lr} is the learning rate that trained the point, so it changes within a run whose rate was
 * changed; the other settings are the run's. Numbers are plain decimals with every digit that tells
 * the value apart ("0.1", not "1.0E-1" or "0,1"), whatever the locale. {@code dataset}, last so that
 * files from before data sets keep their column positions, names the data set the run trained on (a
 * session may hold runs of several).
 */
public final class RunsCsv {

    /** The header row's column names, in order. */
    public static final List<String> COLUMNS = List.of("run", "label", "epochs", "lr", "batch_size", "init_std",
            "seed", "loss", "kind", "fractional_epoch", "train_loss", "train_acc", "test_loss", "test_acc", "dataset");

    private static final String LINE_END = "\r\n";

    private RunsCsv() {
    }

    /** The CSV text for {@code runs}, labelled among themselves, in the given order. */
    public static String format(List<RunRecord> runs) {
        StringBuilder csv = new StringBuilder();
        appendRow(csv, COLUMNS);
        for (RunRecord run : runs) {
            String label = RunHistory.label(run, runs).text();
            for (Row row : rowsOf(run)) {
                appendRow(csv, row.fields(run, label));
            }
        }
        return csv.toString();
    }

    /** Writes {@code runs} to {@code file} atomically, as UTF-8 (the labels are ASCII unless a user named a run otherwise). */
    public static void write(Path file, List<RunRecord> runs) throws IOException {
        Objects.requireNonNull(runs, "runs");
        AtomicFiles.write(file, format(runs).getBytes(StandardCharsets.UTF_8));
    }

    /** A run's batch and epoch points merged by position; at a tie the batch point comes first, as it was first. */
    private static List<Row> rowsOf(RunRecord run) {
        List<Row> rows = new ArrayList<>();
        run.batchPoints().forEach(point -> rows.add(new Row(point.fractionalEpoch(), point, null)));
        run.epochs().forEach(epoch -> rows.add(new Row(epoch.fractionalEpoch(), null, epoch.metrics())));
        // A stable sort keeps each kind in the order it was recorded.
        rows.sort(Comparator.comparingDouble(Row::position).thenComparing(row -> row.batch() == null));
        return rows;
    }

    /** One line of the file: either a batch point or an epoch's metrics. */
    private record Row(double position, BatchPoint batch, EpochMetrics epoch) {

        List<String> fields(RunRecord run, String label) {
            TrainConfig c = run.config();
            List<String> fields = new ArrayList<>(List.of(Integer.toString(run.id()), label,
                    Integer.toString(c.epochs()), PlainNumbers.format(run.learningRateAt(position)),
                    Integer.toString(c.batchSize()), PlainNumbers.format(c.initStd()), Long.toString(c.seed()),
                    c.lossFormula().id(), batch != null ? "batch" : "epoch", PlainNumbers.format(position)));
            if (batch != null) {
                fields.addAll(List.of(PlainNumbers.format(batch.trainLoss()),
                        PlainNumbers.format(batch.trainAccuracy()), "", ""));
            } else {
                fields.addAll(List.of(PlainNumbers.format(epoch.trainLoss()),
                        PlainNumbers.format(epoch.trainAccuracy()), PlainNumbers.format(epoch.testLoss()),
                        PlainNumbers.format(epoch.testAccuracy())));
            }
            fields.add(run.dataset().name());
            return fields;
        }
    }

    private static void appendRow(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    /** The field as RFC 4180 wants it: quoted, inner quotes doubled, if it holds a comma, quote or line break. */
    static String quoted(String field) {
        if (field.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
