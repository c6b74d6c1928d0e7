package org.softmaxlab.ui.step;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.softmaxlab.inspect.StepAnatomy;
import org.softmaxlab.inspect.WeightImages;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * The One step tab's state: for each copied batch, once and away from the JavaFX thread, the step
 * opened up at one image (the largest loss unless the user picked another), every image of the batch
 * ranked by its loss, and the four ΔW colour maps on one scale. The view only puts the finished
 * {@link Page} on screen; a newer batch or pick drops the answer of an older one ({@link NewestWins}).
 * Outlives the view (a language switch keeps the page and the pick).
 */
public final class StepViewModel {

    private static final System.Logger LOG = System.getLogger(StepViewModel.class.getName());

    /**
     * One batch's step, ready to show.
     *
     * @param anatomy    the step opened up at the shown image
     * @param ranked     the batch's rows, largest loss first (NaN before any number)
     * @param deltas     ARGB maps of this image's ΔW for the true and predicted class, then the whole
     *                   batch's, or null for the MLP (its ΔW is not one image per class)
     * @param deltaScale the |ΔW| the maps' full colour stands for (of the finite values)
     * @param deltaNaN   whether some ΔW is NaN (drawn black): the step writes NaN into the weights
     */
    public record Page(StepAnatomy anatomy, List<Integer> ranked, int[][] deltas, double deltaScale,
                       boolean deltaNaN) {

        public Page {
            ranked = List.copyOf(ranked);
        }
    }

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final NewestWins<Page> compute;

    /** @param tasks where pages are computed, away from the JavaFX thread */
    public StepViewModel(BackgroundTasks tasks) {
        compute = tasks.newestWins();
    }

    /** A new batch was copied (null: none, the tab says "no step yet"); it opens at its largest loss. */
    public void setBatch(BatchSnapshot batch) {
        if (batch == null) {
            compute.cancel();
            page.set(null);
            return;
        }
        submit(() -> pageOf(batch, -1, null));
    }

    /** Opens the shown batch at {@code row} instead; the ranking stays. */
    public void pick(int row) {
        Page now = page.get();
        if (now == null || row == now.anatomy().row() || row < 0 || row >= now.anatomy().batch().rows()) {
            return;
        }
        submit(() -> pageOf(now.anatomy().batch(), row, now.ranked()));
    }

    private void submit(java.util.concurrent.Callable<Page> work) {
        compute.submit(work, page::set, failure -> LOG.log(Level.ERROR, "opening up the step failed", failure));
    }

    /**
     * The page of {@code batch} at {@code row} (-1: the largest loss), ranking its rows unless
     * {@code ranked} is given. Pure, for any thread.
     */
    static Page pageOf(BatchSnapshot batch, int row, List<Integer> ranked) {
        StepAnatomy anatomy = StepAnatomy.of(batch, 0);
        anatomy = anatomy.at(row < 0 ? anatomy.largestLossRow() : row);
        List<Integer> rows = ranked;
        if (rows == null) {
            StepAnatomy losses = anatomy;
            rows = new ArrayList<>(IntStream.range(0, batch.rows()).boxed().toList());
            rows.sort(Comparator.comparingDouble((Integer r) -> {
                float l = losses.loss(r);
                return Float.isNaN(l) ? Double.NEGATIVE_INFINITY : -l; // NaN first: the rows that broke
            }));
        }
        if (batch.model().isMlp()) {
            return new Page(anatomy, rows, null, 0, false);
        }
        int t = anatomy.trueClass();
        int p = anatomy.predictedClass();
        float[][] maps = {anatomy.imageDelta(t), anatomy.imageDelta(p), anatomy.batchDelta(t), anatomy.batchDelta(p)};
        double scale = 0;
        boolean notANumber = false;
        for (float[] map : maps) {
            for (float v : map) {
                if (Float.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v));
                } else {
                    notANumber = true;
                }
            }
        }
        int[][] argb = new int[maps.length][];
        for (int i = 0; i < maps.length; i++) {
            argb[i] = new int[maps[i].length];
            for (int j = 0; j < argb[i].length; j++) {
                argb[i][j] = WeightImages.color(maps[i][j], scale);
            }
        }
        return new Page(anatomy, rows, argb, scale, notANumber);
    }

    /** The page shown, or null before the first copied batch. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }
}
