package org.softmaxlab.ui.confusion;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.inspect.ConfusionMatrix;
import org.softmaxlab.io.AtomicFiles;
import org.softmaxlab.io.ImageFiles;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.FileExport;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * The confusion matrix of the newest evaluation, the texts and shades of its cells, what a click on
 * a cell asks for, and its export as CSV or PNG.
 */
public final class ConfusionViewModel {

    private static final System.Logger LOG = System.getLogger(ConfusionViewModel.class.getName());

    /** Told which cell was clicked: show the images of class {@code trueClass} predicted as {@code predictedClass}. */
    @FunctionalInterface
    public interface CellListener {
        void cellChosen(int trueClass, int predictedClass);
    }

    private final ReadOnlyObjectWrapper<ConfusionMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final NewestWins<ConfusionMatrix> refresh;
    private final FileExport export;
    private CellListener cellListener = (t, p) -> { };
    /** The largest share of a row that went to one wrong class: the off-diagonal colour scale's top. */
    private double worstConfusion;

    /**
     * @param tasks where the matrix is counted and exports written
     */
    public ConfusionViewModel(BackgroundTasks tasks) {
        refresh = tasks.newestWins();
        export = new FileExport(tasks);
    }

    /** Counts the matrix of {@code latest} (null after a reset clears it). */
    public void setEvaluation(Evaluation latest) {
        if (latest == null) {
            refresh.cancel();
            show(null);
            return;
        }
        refresh.submit(() -> ConfusionMatrix.of(latest), this::show);
    }

    private void show(ConfusionMatrix m) {
        worstConfusion = 0;
        for (int t = 0; m != null && t < m.classCount(); t++) {
            for (int p = 0; p < m.classCount(); p++) {
                if (t != p) {
                    worstConfusion = Math.max(worstConfusion, m.rowFraction(t, p));
                }
            }
        }
        matrix.set(m);
    }

    /** Where clicks on cells go (the window sends them to the gallery). */
    public void setOnCellChosen(CellListener listener) {
        cellListener = Objects.requireNonNull(listener, "listener");
    }

    /** A click on cell ({@code trueClass}, {@code predictedClass}). */
    public void choose(int trueClass, int predictedClass) {
        if (matrix.get() != null) {
            cellListener.cellChosen(trueClass, predictedClass);
        }
    }

    /**
     * How strongly to colour a cell, 0–1, from its share of the row: a diagonal cell by its share
     * (the class's accuracy); a wrong cell relative to the most common confusion, which is rarely
     * above 20 % and would look empty on a 0–1 scale.
     */
    public double shade(int trueClass, int predictedClass) {
        ConfusionMatrix m = matrix.get();
        if (m == null) {
            return 0;
        }
        double fraction = m.rowFraction(trueClass, predictedClass);
        if (trueClass == predictedClass) {
            return fraction;
        }
        return worstConfusion == 0 ? 0 : fraction / worstConfusion;
    }

    /** The count shown in a cell. */
    public String cellText(int trueClass, int predictedClass) {
        ConfusionMatrix m = matrix.get();
        return m == null ? "" : Messages.format("confusion.count", m.count(trueClass, predictedClass));
    }

    /** The tooltip of a cell: the pair in words, the count and its share of the row. */
    public String cellTooltip(int trueClass, int predictedClass) {
        ConfusionMatrix m = matrix.get();
        if (m == null) {
            return "";
        }
        String key = trueClass == predictedClass ? "confusion.tooltip.right" : "confusion.tooltip.wrong";
        return Messages.format(key, ClassNames.of(trueClass), ClassNames.of(predictedClass),
                m.count(trueClass, predictedClass), m.rowFraction(trueClass, predictedClass));
    }

    /** The accuracy of one true class, as a percentage. */
    public String accuracyText(int trueClass) {
        ConfusionMatrix m = matrix.get();
        return m == null ? "" : Messages.format("confusion.percent", m.classAccuracy(trueClass));
    }

    /** The line under the matrix: overall correct count and accuracy, or what to do first. */
    public String overallText() {
        ConfusionMatrix m = matrix.get();
        if (m == null) {
            return Messages.get("confusion.empty");
        }
        return Messages.format("confusion.overall", m.correct(), m.total(),
                m.total() == 0 ? 0 : (double) m.correct() / m.total());
    }

    /** Says the export's message again in the language {@link Messages} speaks now (the cells' texts are asked for). */
    public void relocalize() {
        export.relocalize();
    }

    /** Writes the matrix as CSV (class names as in the data set, counts, totals, accuracy). */
    public void exportCsv(Path target) {
        ConfusionMatrix m = matrix.get();
        if (m != null) {
            byte[] csv = m.toCsv(WindowDataset.current().classNames()).getBytes(StandardCharsets.UTF_8);
            export.run(target, file -> AtomicFiles.write(file, csv));
        }
    }

    /** Writes {@code picture} (a snapshot of the matrix taken on the UI thread) as a PNG. */
    public void exportPng(Path target, BufferedImage picture) {
        export.run(target, file -> ImageFiles.writePng(file, picture));
    }

    /** The newest matrix, or null before the first evaluation. */
    public ReadOnlyObjectProperty<ConfusionMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** How the last export went. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return export.messageProperty();
    }
}
