package org.softmaxlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The points of one curve, at most {@code cap} of them. When a batch would go past the cap, every
 * other point is dropped (the first and the newest are kept), so a long run keeps its whole shape
 * at half the resolution instead of losing its beginning.
 *
 * <p>Each call changes the list once, so a chart redraws once per batch of points.
 */
public final class CurvePoints {

    /** Points kept per curve: enough for a smooth line at any window width, few enough to stay light. */
    public static final int DEFAULT_CAP = 1_000;

    private final int cap;
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> readOnly = FXCollections.unmodifiableObservableList(points);

    /** Curve points kept up to {@link #DEFAULT_CAP}. */
    public CurvePoints() {
        this(DEFAULT_CAP);
    }

    /** Curve points kept up to {@code cap} (at least 4). */
    public CurvePoints(int cap) {
        if (cap < 4) {
            throw new IllegalArgumentException("cap must be at least 4, was " + cap);
        }
        this.cap = cap;
    }

    /** Appends {@code batch} in one change (or one replacement when the cap is reached). */
    public void addAll(List<ChartPoint> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (points.size() + batch.size() <= cap) {
            points.addAll(batch);
            return;
        }
        List<ChartPoint> all = new ArrayList<>(points.size() + batch.size());
        all.addAll(points);
        all.addAll(batch);
        while (all.size() > cap) {
            all = halve(all);
        }
        points.setAll(all);
    }

    /** Removes every point, in one change. */
    public void clear() {
        points.clear();
    }

    /** The points, oldest first; read-only. */
    public ObservableList<ChartPoint> points() {
        return readOnly;
    }

    /** The most points kept. */
    public int cap() {
        return cap;
    }

    private static List<ChartPoint> halve(List<ChartPoint> all) {
        List<ChartPoint> kept = new ArrayList<>(all.size() / 2 + 1);
        for (int i = 0; i < all.size() - 1; i += 2) {
            kept.add(all.get(i));
        }
        kept.add(all.get(all.size() - 1));
        return kept;
    }
}
