package org.softmaxlab.ui.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which data set the window trains on, and how to pick another: the known ones by name, a folder
 * (of images or IDX files), a drawn set, or one used recently. A choice is a known data set's id
 * ("mnist") or an absolute folder, as settings keep it. Choosing asks the loader to read it; only
 * once it has been read ({@link #loaded}) does it become the current one and the first recent one,
 * so a folder that fails to load never replaces a data set that works.
 */
public final class DatasetChooserViewModel {

    private final List<KnownDataset> known;
    private final ReadOnlyObjectWrapper<String> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<String> loading = new ReadOnlyObjectWrapper<>(this, "loading");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    /**
     * One read-only view of it, kept: a view listens to it weakly, and a new wrapper for each caller
     * (which listens to the list weakly too) was collected, so the chooser button never heard of the
     * recent data sets restored after it was built (seen under Xvfb: File → Data set listed them, the
     * button did not).
     */
    private final ObservableList<String> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);
    private final int maxRecent;
    private Consumer<String> loader = choice -> { };
    private BiConsumer<String, Runnable> guard = (choice, read) -> read.run();
    private Runnable drawing = () -> { };

    /**
     * @param known     the data sets offered by name, the default first
     * @param remembered the data set in use first, then the recent ones (as settings keep them); may be empty
     * @param maxKept   how many data sets are remembered in all
     */
    public DatasetChooserViewModel(List<KnownDataset> known, List<String> remembered, int maxKept) {
        this.known = List.copyOf(known);
        this.maxRecent = maxKept;
        current.set(remembered.isEmpty() ? this.known.get(0).id() : remembered.get(0));
        recent.setAll(remembered.isEmpty() ? List.of() : remembered.subList(1, remembered.size()));
    }

    /** Who reads a chosen data set (in the background) and calls {@link #loaded} or {@link #failed}. */
    public void setLoader(Consumer<String> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Who is asked before a choice is read: {@code guard} gets the choice and what reads it, and runs
     * that only if the switch may go ahead (no run trains, the user agreed to drop an unsaved model).
     * Until it does, nothing changes: not even the chooser's "Loading…".
     */
    public void setGuard(BiConsumer<String, Runnable> guard) {
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** What Draw… opens. */
    public void setDrawing(Runnable drawing) {
        this.drawing = Objects.requireNonNull(drawing, "drawing");
    }

    /**
     * Reads the data set {@code choice} (a known id or an absolute folder), once the guard agrees;
     * nothing if it is the current one.
     */
    public void choose(String choice) {
        Objects.requireNonNull(choice, "choice");
        if (busy.get() || choice.equals(current.get())) {
            return;
        }
        guard.accept(choice, () -> read(choice));
    }

    /** Reads {@code choice} now, unless another is being read or it is the current one already. */
    private void read(String choice) {
        if (busy.get() || choice.equals(current.get())) {
            return;
        }
        loading.set(choice);
        progress.set(-1);
        busy.set(true);
        loader.accept(choice);
    }

    /**
     * The data sets remembered from the last session, the one in use then first: listed as recent
     * (the one in use now left out) until one of them is read again.
     */
    public void restoreRecent(List<String> remembered) {
        List<String> next = new ArrayList<>();
        for (String r : remembered) {
            if (!r.equals(current.get()) && !next.contains(r) && next.size() < maxRecent - 1) {
                next.add(r);
            }
        }
        recent.setAll(next);
    }

    /** Reads the folder {@code folder} as a data set (Open folder…). */
    public void chooseFolder(Path folder) {
        choose(folder.toAbsolutePath().normalize().toString());
    }

    /** Draw…: the drawing pad. */
    public void draw() {
        drawing.run();
    }

    /** The loader has read {@code choice}: it is the data set now, the one before it first among the recent. */
    public void loaded(String choice) {
        String before = current.get();
        List<String> next = new ArrayList<>();
        if (before != null && !before.equals(choice)) {
            next.add(before);
        }
        for (String r : recent) {
            if (!r.equals(choice) && !next.contains(r)) {
                next.add(r);
            }
        }
        recent.setAll(next.subList(0, Math.min(next.size(), maxRecent - 1)));
        // Last: listeners to the current data set read the recent ones (settings remember both), so
        // those must no longer hold the choice.
        current.set(choice);
        done();
    }

    /** The loader could not read what was chosen (it says why): the data set stays as it was. */
    public void failed() {
        done();
    }

    /** How far the load has come, 0 to 1 (JavaFX thread). */
    public void progress(double fraction) {
        if (busy.get()) {
            progress.set(Math.max(0, Math.min(1, fraction)));
        }
    }

    /** How far the data set being read has come (0 to 1), or -1 when unknown or when none is being read. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void done() {
        progress.set(-1);
        loading.set(null);
        busy.set(false);
    }

    /** The current data set first, then the recent ones: what settings keep. */
    public List<String> remembered() {
        List<String> all = new ArrayList<>();
        all.add(current.get());
        recent.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return all;
    }

    /** The data sets offered by name. */
    public List<KnownDataset> known() {
        return known;
    }

    /** The known data set {@code choice} names, if it names one. */
    public Optional<KnownDataset> knownFor(String choice) {
        return known.stream().filter(k -> k.id().equals(choice)).findFirst();
    }

    /** How a choice is named in the window: a known data set's display name, else the folder's name. */
    public String displayName(String choice) {
        if (choice == null) {
            return "";
        }
        return knownFor(choice).map(KnownDataset::displayName).orElseGet(() -> {
            Path name = Path.of(choice).getFileName();
            return name == null ? choice : name.toString();
        });
    }

    /** The data set the window trains on. */
    public ReadOnlyObjectProperty<String> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The data set being read, or null. */
    public ReadOnlyObjectProperty<String> loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether one is being read (the chooser waits meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The data sets used before the current one, most recent first, the current one never among them. */
    public ObservableList<String> recent() {
        return readOnlyRecent;
    }
}
