package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.TrainConfig;

@Tag("locale")
class RunsCsvTest {

    @TempDir
    Path dir;

    private final RunHistory history = new RunHistory();

    /** Two runs that differ in learning rate and batch size, so their labels hold a comma. */
    private List<RunRecord> twoRuns() {
        RunRecord a = history.add(TrainConfig.DEFAULTS);
        a.addBatchPoint(new BatchPoint(0.5, 0.912345678901, 0.71));
        a.addBatchPoint(new BatchPoint(1.0, 0.8, 0.75));
        a.addEpoch(1.0, new EpochMetrics(1, 0.79, 0.74, 0.61, 0.7912, 1200, 200));
        a.changeLearningRate(1.0, 0.01);
        a.addBatchPoint(new BatchPoint(1.5, 0.0000123, 0.8));
        a.addEpoch(2.0, new EpochMetrics(1, 0.57, 0.81, Double.NaN, 0.81, 1100, 190));

        RunRecord b = history.add(TrainConfig.DEFAULTS.withLearningRate(1).withBatchSize(64));
        b.addBatchPoint(new BatchPoint(1.0 / 3, Double.POSITIVE_INFINITY, 0.1));
        return List.of(a, b);
    }

    @Test
    void aWrittenFileParsesBackToTheRunsValues() throws IOException {
        Path file = dir.resolve("runs.csv");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            RunsCsv.write(file, twoRuns());
        } finally {
            Locale.setDefault(before);
        }

        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));

        assertEquals(RunsCsv.COLUMNS, rows.get(0));
        assertEquals(1 + 5 + 1, rows.size());
        assertEquals(List.of("1", "lr 0.1->0.01, batch 256", "10", "0.1", "256", "0.01", "42", "stable", "batch", "0.5",
                "0.912345678901", "0.71", "", "", "Fashion-MNIST"), rows.get(1));
        assertEquals(List.of("batch", "1", "0.8", "0.75", "", ""), rows.get(2).subList(8, 14));
        assertEquals(List.of("epoch", "1", "0.79", "0.74", "0.61", "0.7912"), rows.get(3).subList(8, 14),
                "at the same position, the batch point comes first");
        assertEquals(List.of("0.01", "batch", "1.5", "0.0000123"), List.of(rows.get(4).get(3), rows.get(4).get(8),
                rows.get(4).get(9), rows.get(4).get(10)), "the lr column follows a change");
        assertEquals(List.of("epoch", "2", "0.57", "0.81", "NaN", "0.81"), rows.get(5).subList(8, 14));
        List<String> b = rows.get(6);
        assertEquals(List.of("2", "lr 1, batch 64", "10", "1", "64"), b.subList(0, 5));
        assertEquals(1.0 / 3, Double.parseDouble(b.get(9)));
        assertEquals(Double.POSITIVE_INFINITY, Double.parseDouble(b.get(10)));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void runsOfTwoDataSetsAreLabelledAndListedWithTheirDataSet() {
        RunRecord fashion = history.add(TrainConfig.DEFAULTS);
        fashion.addBatchPoint(new BatchPoint(0.5, 1, 0.5));
        RunRecord digits = history.add(TrainConfig.DEFAULTS, new RunDataset("MNIST", "/cache/mnist 28\u00d728"));
        digits.addBatchPoint(new BatchPoint(0.5, 0.4, 0.9));

        // Fails without the data set in the label and the CSV: both runs were "run 1"/"run 2" alike.
        List<List<String>> rows = parse(RunsCsv.format(List.of(fashion, digits)));
        assertEquals("dataset", rows.get(0).get(rows.get(0).size() - 1));
        assertEquals(List.of("1", "data Fashion-MNIST"), rows.get(1).subList(0, 2));
        assertEquals("Fashion-MNIST", rows.get(1).get(rows.get(1).size() - 1));
        assertEquals(List.of("2", "data MNIST"), rows.get(2).subList(0, 2));
        assertEquals("MNIST", rows.get(2).get(rows.get(2).size() - 1));
    }

    @Test
    void rowsEndInCrLfAndOnlyFieldsThatNeedItAreQuoted() {
        String csv = RunsCsv.format(twoRuns());

        assertTrue(csv.startsWith(String.join(",", RunsCsv.COLUMNS) + "\r\n"), csv);
        assertTrue(csv.contains("\r\n1,\"lr 0.1->0.01, batch 256\",10,0.1,256,0.01,42,stable,batch,0.5,"), csv);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(csv.split("\n", -1).length - 1, csv.split("\r\n", -1).length - 1, "no bare LF");
    }

    @Test
    void quotingFollowsRfc4180() {
        assertEquals("plain", RunsCsv.quoted("plain"));
        assertEquals("\"a,b\"", RunsCsv.quoted("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", RunsCsv.quoted("say \"hi\""));
        assertEquals("\"two\nlines\"", RunsCsv.quoted("two\nlines"));
        assertEquals(List.of(List.of("say \"hi\"", "a,b", "two\r\nlines")),
                parse("\"say \"\"hi\"\"\",\"a,b\",\"two\r\nlines\"\r\n"));
    }

    @Test
    void aRunWithoutPointsHasOnlyTheHeaderAndLabelsAreAmongTheExportedRuns() {
        RunRecord a = history.add(TrainConfig.DEFAULTS);
        history.add(TrainConfig.DEFAULTS.withSeed(7));
        a.addBatchPoint(new BatchPoint(0.5, 1, 0.5));

        List<List<String>> rows = parse(RunsCsv.format(List.of(a)));

        assertEquals(2, rows.size());
        assertEquals("run 1", rows.get(1).get(1), "seed 7 belongs to a run not exported");
        assertEquals(1, parse(RunsCsv.format(List.of())).size());
    }

    @Test
    void numbersArePlainDecimalsThatReadBackExactly() {
        for (double value : new double[] {0.1, 1, 100, 0.00001, 1e-12, 123456789.125, -2.5, 1.0 / 3}) {
            String text = PlainNumbers.format(value);
            assertEquals(value, Double.parseDouble(text), text);
            assertTrue(text.matches("-?[0-9]+(\\.[0-9]+)?"), text);
        }
        assertEquals("1", PlainNumbers.format(1.0));
        assertEquals("0.1", PlainNumbers.format(0.1));
        assertEquals("100", PlainNumbers.format(100));
        assertEquals("-0", PlainNumbers.format(-0.0));
        assertEquals("-Infinity", PlainNumbers.format(Double.NEGATIVE_INFINITY));
    }

    /** RFC 4180, as far as the export uses it: CRLF records, quoted fields with doubled quotes. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return rows;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
