package org.softmaxlab.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.softmaxlab.train.TrainConfig;

/**
 * The runs of a session, oldest first, and which of them are selected for comparison (their curves
 * drawn together, exported together).
 *
 * <p>Not thread-safe, on purpose: the GUI changes and reads it on the JavaFX application thread only,
 * where the trainer's events arrive through the UI bridge, so no locking is needed. A view-model wraps
 * it in observable lists; nothing here is a JavaFX type.
 */
public final class RunHistory {

    private final List<RunRecord> runs = new ArrayList<>();
    private final Set<Integer> selectedIds = new HashSet<>();
    private int nextId = 1;

    /**
     * Adds a new, running run with {@code config} on Fashion-MNIST and selects it, so that a fresh run is drawn next to
     * the ones already shown. Numbers are not reused after a removal, so "run 3" keeps its name.
     *
     * @throws IllegalArgumentException if {@code config} is invalid
     */
    public RunRecord add(TrainConfig config) {
        return add(config, RunDataset.FASHION_MNIST);
    }

    /** As {@link #add(TrainConfig)}, for a run on {@code dataset}. */
    public RunRecord add(TrainConfig config, RunDataset dataset) {
        RunRecord run = new RunRecord(nextId, config, dataset);
        nextId++;
        runs.add(run);
        selectedIds.add(run.id());
        return run;
    }

    /** Every run, oldest first; a read-only view. */
    public List<RunRecord> runs() {
        return Collections.unmodifiableList(runs);
    }

    /** The run numbered {@code id}, unless removed. */
    public Optional<RunRecord> find(int id) {
        return runs.stream().filter(run -> run.id() == id).findFirst();
    }

    /** Selects or deselects {@code run} for comparison. */
    public void setSelected(RunRecord run, boolean selected) {
        requireMember(run);
        if (selected) {
            selectedIds.add(run.id());
        } else {
            selectedIds.remove(run.id());
        }
    }

    public boolean isSelected(RunRecord run) {
        return selectedIds.contains(run.id()) && runs.contains(run);
    }

    /** The selected runs, oldest first. */
    public List<RunRecord> selected() {
        return runs.stream().filter(run -> selectedIds.contains(run.id())).toList();
    }

    /** Forgets {@code run}. */
    public void remove(RunRecord run) {
        requireMember(run);
        runs.remove(run);
        selectedIds.remove(run.id());
    }

    /** {@code run}'s label among the selected runs (see {@link #label(RunRecord, Collection)}). */
    public RunLabel label(RunRecord run) {
        return label(run, selected());
    }

    /**
     * A short name for {@code run} that says only what differs between it and {@code others}: "lr 0.01",
     * "lr 0.1", "lr 1" for three runs that differ in learning rate; "lr 0.1, batch 64" when two settings
     * differ; "run 1" when nothing does (or there are no others). A learning rate changed during a run
     * shows as "lr 0.1->0.01". Runs alike in every setting that differs get their number added:
     * "lr 0.1 (run 2)". {@code others} may include {@code run}. The examples are the labels'
     * {@link RunLabel#text() text}; the window says them in its language.
     */
    public static RunLabel label(RunRecord run, Collection<RunRecord> others) {
        Objects.requireNonNull(run, "run");
        return RunLabels.label(run, others);
    }

    private void requireMember(RunRecord run) {
        if (!runs.contains(run)) {
            throw new IllegalArgumentException(run + " is not in this history");
        }
    }
}
