package org.softmaxlab.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.softmaxlab.run.TrainingEvent;
import org.softmaxlab.run.RunEpochs;
import org.softmaxlab.session.RunHistory;
import org.softmaxlab.session.RunDataset;
import org.softmaxlab.session.RunLabel;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.session.RunsCsv;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.charts.ChartMarker;
import org.softmaxlab.ui.charts.OverlayRun;
import org.softmaxlab.ui.charts.RunOverlays;
import org.softmaxlab.ui.run.RunObserver;

/**
 * Every run of the session ({@link RunHistory}), which of them are drawn together, and what the
 * charts need to draw them: overlay curves, labels naming what differs, and marks where a learning
 * rate was changed or a run diverged. Hears of runs from the training view-model as a
 * {@link RunObserver}; UI thread only.
 *
 * <p>The run the live curves show is always drawn and is not an overlay; every other selected run
 * is. Training the same model further continues its run (a new learning rate is recorded as a
 * change at that point); other changed settings begin a new run.
 */
public final class RunsViewModel implements RunObserver, RunOverlays {

    /** Runs drawn at once, live one included; selecting another drops the oldest, so charts stay light. */
    public static final int MAX_SHOWN = 6;

    private final RunHistory history = new RunHistory();
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<OverlayRun> overlays = FXCollections.observableArrayList();
    private final ObservableList<OverlayRun> readOnlyOverlays = FXCollections.unmodifiableObservableList(overlays);
    private final ObservableList<ChartMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<ChartMarker> readOnlyMarkers = FXCollections.unmodifiableObservableList(markers);
    private final ReadOnlyStringWrapper liveLabel = new ReadOnlyStringWrapper(this, "liveLabel", "");
    private final ReadOnlyStringWrapper liveName = new ReadOnlyStringWrapper(this, "liveName", "");
    private final ReadOnlyStringWrapper liveDescription = new ReadOnlyStringWrapper(this, "liveDescription", "");
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(this, "canExport");
    /** Where each run that diverged stopped being finite, by run number. */
    private final Map<Integer, Double> divergedAt = new HashMap<>();
    /** The colour slot of each drawn run, by run number. */
    private final Map<Integer, Integer> slots = new HashMap<>();
    /** The run the live curves show, or null after Reset. */
    private RunRecord live;
    /** The stretch being trained, or null between runs. */
    private RunRecorder recorder;

    /** The data set the window trains on now: new runs are on it. */
    private RunDataset dataset = RunDataset.FASHION_MNIST;

    /** Whether the live run trains, waits (paused, or between two steps) or is stopping: its row says so. */
    private org.softmaxlab.run.RunPhase livePhase = org.softmaxlab.run.RunPhase.RUNNING;

    @Override
    public void phaseChanged(org.softmaxlab.run.RunPhase phase) {
        if (phase != livePhase) {
            livePhase = phase;
            refreshRows();
        }
    }

    @Override
    public void curvesCleared() {
        live = null;
        refresh();
    }

    @Override
    public void runStarting(TrainConfig config, double origin, boolean freshModel) {
        RunRecord record;
        if (!freshModel && live != null && sameRunAs(live.config(), config)) {
            record = live;
            record.markRunning();
            if (config.learningRate() != record.learningRate()) {
                record.changeLearningRate(origin, config.learningRate());
            }
        } else {
            record = history.add(config, dataset);
        }
        record.extendTo(RunEpochs.total(origin, config.epochs()));
        live = record;
        recorder = new RunRecorder(record, origin);
        limitSelection(record);
        refresh();
    }

    @Override
    public void drained(List<TrainingEvent> events, BatchProgress latest, double origin) {
        if (recorder == null) {
            return;
        }
        RunRecorder.Change change = recorder.apply(events, latest);
        if (change == RunRecorder.Change.FINISHED) {
            recorder.divergedAt().ifPresent(at -> divergedAt.put(recorder.record().id(), at));
            recorder = null;
        }
        switch (change) {
            case NONE -> { }
            case EPOCH -> refreshRows();
            default -> refresh();
        }
    }

    /**
     * The window trains on {@code now} from here on. The runs of other data sets stay in the list (their
     * labels name their data set) but are no longer drawn: the charts start afresh with the new data,
     * and a run can be ticked to be drawn again.
     */
    public void setDataset(RunDataset now) {
        if (now.equals(dataset)) {
            return;
        }
        dataset = now;
        for (RunRecord run : history.runs()) {
            if (run != live && !run.dataset().sameAs(now)) {
                history.setSelected(run, false);
            }
        }
        refresh();
    }

    /** The data set the window trains on now. */
    public RunDataset dataset() {
        return dataset;
    }

    /** Draws run {@code runId} on the charts or stops drawing it; the live run is always drawn. */
    public void setSelected(int runId, boolean selected) {
        history.find(runId).ifPresent(run -> {
            if (run == live) {
                return;
            }
            history.setSelected(run, selected);
            if (selected) {
                limitSelection(run);
            }
            refresh();
        });
    }

    /** Draws only the live run: the start of a comparison that should show nothing older. */
    public void deselectAll() {
        for (RunRecord run : history.runs()) {
            if (run != live) {
                history.setSelected(run, false);
            }
        }
        refresh();
    }

    /** Gives run {@code runId} the name {@code name} in the list, the legends and the CSV; blank: its automatic label. */
    public void rename(int runId, String name) {
        history.find(runId).ifPresent(run -> {
            run.rename(name);
            refresh();
        });
    }

    /** Whether run {@code runId} can be removed: any run but the one the live curves show. */
    public boolean canRemove(int runId) {
        return history.find(runId).filter(run -> run != live).isPresent();
    }

    /** Forgets run {@code runId}, its curves and marks; the live run stays (Reset it first). */
    public void remove(int runId) {
        history.find(runId).filter(run -> run != live).ifPresent(run -> {
            history.remove(run);
            divergedAt.remove(run.id());
            refresh();
        });
    }

    /** How many runs {@link #clearAllButLive()} would forget. */
    public int clearableCount() {
        return (int) history.runs().stream().filter(run -> run != live).count();
    }

    /** Forgets every run but the live one. */
    public void clearAllButLive() {
        for (RunRecord run : new ArrayList<>(history.runs())) {
            if (run != live) {
                history.remove(run);
                divergedAt.remove(run.id());
            }
        }
        refresh();
    }

    /**
     * Writes the selected runs' metrics to {@code file} (replaced atomically) and says so, or says
     * what went wrong; never throws for a file problem.
     */
    public String export(Path file) {
        List<RunRecord> selected = history.selected();
        try {
            RunsCsv.write(file, selected);
            return Messages.format("runs.export.done", selected.size(), file.getFileName());
        } catch (IOException | RuntimeException e) {
            return Messages.format("runs.export.failed", file.getFileName(), e.getMessage());
        }
    }

    /** The session's runs (for tests and the export). */
    public RunHistory history() {
        return history;
    }

    /** The run list, oldest first. */
    public ObservableList<RunRow> rows() {
        return readOnlyRows;
    }

    /** True when at least one run is selected. */
    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    @Override
    public ObservableList<OverlayRun> overlays() {
        return readOnlyOverlays;
    }

    @Override
    public ObservableList<ChartMarker> markers() {
        return readOnlyMarkers;
    }

    @Override
    public ReadOnlyStringProperty liveLabelProperty() {
        return liveLabel.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty liveNameProperty() {
        return liveName.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty liveDescriptionProperty() {
        return liveDescription.getReadOnlyProperty();
    }

    /** Whether a run with {@code next} trains the same experiment further: only the rate and epoch count may differ. */
    private static boolean sameRunAs(TrainConfig first, TrainConfig next) {
        return first.withLearningRate(next.learningRate()).withEpochs(next.epochs()).equals(next);
    }

    /** Keeps at most {@value #MAX_SHOWN} runs selected, dropping the oldest other than {@code keep} and the live one. */
    private void limitSelection(RunRecord keep) {
        List<RunRecord> selected = new ArrayList<>(history.selected());
        for (RunRecord run : selected) {
            if (history.selected().size() <= MAX_SHOWN) {
                break;
            }
            if (run != keep && run != live) {
                history.setSelected(run, false);
            }
        }
    }

    /** Says the rows and the marks again in the language {@link org.softmaxlab.ui.Messages} speaks now. */
    public void relocalize() {
        refresh();
    }

    /** Recomputes the overlays, labels, marks and rows: after anything that changes what is drawn. */
    private void refresh() {
        List<RunRecord> shown = new ArrayList<>(history.selected());
        if (live != null && !shown.contains(live)) {
            history.setSelected(live, true);
            shown = history.selected();
        }
        List<OverlayRun> drawn = new ArrayList<>();
        List<ChartMarker> marks = new ArrayList<>();
        slots.clear();
        int slot = 0;
        for (RunRecord run : shown) {
            int runSlot = run == live ? 0 : ++slot;
            slots.put(run.id(), runSlot);
            RunLabel runLabel = RunHistory.label(run, shown);
            String label = RunLabelText.of(runLabel);
            if (run != live) {
                drawn.add(OverlayCurves.of(run, RunLabelText.legendName(runLabel), RunLabelText.described(runLabel),
                        runSlot));
            }
            marks.addAll(OverlayCurves.markers(run, shown.size() > 1 ? label : "", runSlot, divergedAt.get(run.id())));
        }
        if (!drawn.equals(overlays)) {
            overlays.setAll(drawn);
        }
        if (!marks.equals(markers)) {
            markers.setAll(marks);
        }
        boolean comparing = live != null && !drawn.isEmpty();
        RunLabel liveRunLabel = comparing ? RunHistory.label(live, shown) : null;
        liveDescription.set(comparing ? RunLabelText.described(liveRunLabel) : "");
        liveLabel.set(comparing ? RunLabelText.of(liveRunLabel) : "");
        // The name last: the live series' name and tooltip follow it, reading the description then.
        liveName.set(comparing ? RunLabelText.legendName(liveRunLabel) : "");
        refreshRows();
    }

    private void refreshRows() {
        List<RunRecord> all = history.runs();
        List<RunRow> next = new ArrayList<>(all.size());
        for (RunRecord run : all) {
            next.add(RunRows.of(run, all, history.isSelected(run), run == live, slots.getOrDefault(run.id(), -1),
                    livePhase));
        }
        rows.setAll(next);
        canExport.set(!history.selected().isEmpty());
    }

    /** The live run's record, or null: the run the newest test-set evaluation belongs to. */
    public RunRecord live() {
        return live;
    }
}
