package org.softmaxlab.ui.main;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.softmaxlab.data.DataSources;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.DatasetRequest;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageOptions;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.LoadContext;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.session.DatasetMemory;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.datasets.DatasetChooserViewModel;
import org.softmaxlab.ui.datasets.KnownDataset;
import org.softmaxlab.ui.loading.LoadedData;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/**
 * Another data set for the window. Before anything is read, the switch is asked for: refused while a
 * run trains (the run would have to be stopped behind the teacher's back; Esc first, then switch, is
 * one key away and says what happens), and, when the model holds training no file keeps, only after
 * the question Reset asks ({@link TrainingViewModel.Drop#SWITCH_DATASET}): Cancel keeps the data set,
 * the model and the charts. Then the choice is read in the background through {@link DataSources}
 * (the one reader per format the command line uses too), with its progress on the chooser; once read,
 * the current model is reset (it was made for the old data set's classes and shape), and the window
 * takes the new data as it took the first. A data set that cannot be read is said in the banner and
 * changes nothing.
 *
 * <p>It also remembers the class names and shape of each data set read ({@link DatasetMemory}, kept
 * between sessions), so that a model file made for one of them (or for a known data set by name) can be
 * offered its data set.
 */
final class DatasetSwitch {

    private final DatasetChooserViewModel chooser;
    private final TrainingViewModel training;
    private final BackgroundTasks tasks;
    private final BannerViewModel banner;
    private final Consumer<LoadedData> apply;
    /** The signature of each data set read, in this session and before, by choice, the newest last. */
    private final DatasetMemory seen;
    /** Set only while {@link #chooseThen} chooses: what the guard hands on to the read. */
    private Runnable thenForGuard;
    private boolean agreedForGuard;
    /** Set only while the guard's go-ahead starts a read: what that read runs once it is taken. */
    private Runnable thenForLoad;

    /**
     * @param apply takes the data read, on the JavaFX thread, as the first load's data is taken
     */
    DatasetSwitch(DatasetChooserViewModel chooser, TrainingViewModel training, BackgroundTasks tasks,
                  BannerViewModel banner, DatasetMemory memory, Consumer<LoadedData> apply) {
        this.seen = memory;
        this.chooser = chooser;
        this.training = training;
        this.tasks = tasks;
        this.banner = banner;
        this.apply = apply;
        chooser.setLoader(this::load);
        chooser.setGuard(this::ask);
    }

    /** The data sets the chooser offers by name: the MNIST family, Fashion-MNIST (the default) first. */
    static List<KnownDataset> known() {
        return java.util.Arrays.stream(MnistFamily.values())
                .map(m -> new KnownDataset(m.id(), m.displayName())).toList();
    }

    /**
     * Chooses {@code choice} as the chooser would, and runs {@code then} once it has been read and taken.
     *
     * @param agreed the user has already agreed to drop the current model (Open model asked first)
     */
    void chooseThen(String choice, boolean agreed, Runnable then) {
        thenForGuard = then;
        agreedForGuard = agreed;
        try {
            chooser.choose(choice);
        } finally {
            thenForGuard = null;
            agreedForGuard = false;
        }
    }

    /** The data set {@code choice}, read without this switch (the first load), has {@code signature}. */
    void remember(String choice, DatasetSignature signature) {
        seen.remember(choice, signature);
    }

    /**
     * The choice that reads data of {@code signature}: a data set read before (in this session or an
     * earlier one, the newest first; a folder that has gone is left out), else a known one by name whose
     * classes and shape are those; empty when none is known.
     */
    Optional<String> choiceFor(DatasetSignature signature) {
        Map<String, DatasetSignature> read = seen.all();
        List<String> newestFirst = new ArrayList<>(read.keySet());
        java.util.Collections.reverse(newestFirst);
        for (String choice : newestFirst) {
            if (read.get(choice).equals(signature) && (chooser.knownFor(choice).isPresent() || isFolder(choice))) {
                return Optional.of(choice);
            }
        }
        for (MnistFamily member : MnistFamily.values()) {
            if (new DatasetSignature(member.classNames(), ImageShape.MNIST).equals(signature)) {
                return Optional.of(member.id());
            }
        }
        return Optional.empty();
    }

    /** The chooser's guard: refuses while a run trains, asks before unsaved training is dropped. */
    private void ask(String choice, Runnable read) {
        Runnable then = thenForGuard;
        boolean agreed = agreedForGuard;
        if (refusedWhileRunning()) {
            return;
        }
        Runnable go = () -> {
            thenForLoad = then;
            try {
                read.run();
            } finally {
                thenForLoad = null;
            }
        };
        if (agreed) {
            go.run();
        } else {
            training.confirmDrop(TrainingViewModel.Drop.SWITCH_DATASET, go);
        }
    }

    /** Says, and returns true, when a run trains: it trains on the data set it started with. */
    private boolean refusedWhileRunning() {
        if (!training.stateProperty().get().isActive()) {
            return false;
        }
        banner.show(Severity.ERROR, () -> Messages.get("dataset.error.title"),
                () -> Messages.get("dataset.error.running"));
        return true;
    }

    private void load(String choice) {
        Runnable then = thenForLoad;
        if (refusedWhileRunning()) {
            chooser.failed();
            return;
        }
        String name = chooser.displayName(choice);
        tasks.run(() -> {
            Dataset data = DataSources.load(DatasetRequest.parse(choice, ImageOptions.DEFAULT),
                    LoadContext.forCurrentUser().withProgress((stage, done, total) -> {
                        if (total > 0) {
                            double fraction = (double) done / total;
                            Platform.runLater(() -> chooser.progress(fraction));
                        }
                    }));
            Nd4jRuntime.configureThreads(Nd4jRuntime.defaultThreads());
            return new LoadedData(TrainingData.of(data), folderOf(data, choice), Nd4jRuntime.backendName(),
                    Nd4jRuntime.threads());
        }, loaded -> {
            // Start was pressed while the data was read: that run keeps its data set.
            if (refusedWhileRunning()) {
                chooser.failed();
                return;
            }
            training.reset();
            remember(choice, loaded.data().source().signature());
            apply.accept(loaded);
            chooser.loaded(choice);
            if (then != null) {
                then.run();
            }
        }, failure -> {
            String why = String.valueOf(failure.getMessage());
            banner.show(Severity.ERROR, () -> Messages.format("dataset.error.load", name), () -> why);
            chooser.failed();
        });
    }

    private static boolean isFolder(String choice) {
        try {
            return Files.isDirectory(Path.of(choice));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Where the data came from, as a folder, for the window's "data folder". */
    private static Path folderOf(Dataset data, String choice) {
        try {
            Path location = Path.of(data.provenance().location());
            return Files.isDirectory(location) ? location : Path.of(choice).toAbsolutePath();
        } catch (InvalidPathException e) {
            return Path.of(".").toAbsolutePath();
        }
    }
}
