package org.softmaxlab.ui.main;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.softmaxlab.data.DataSources;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.DatasetRequest;
import org.softmaxlab.data.ImageOptions;
import org.softmaxlab.data.LoadContext;
import org.softmaxlab.data.MnistFamily;
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
 * Another data set for the window: the chooser's choice read in the background through
 * {@link DataSources} (the one reader per format the command line uses too), with its progress on
 * the chooser; once read, the current model is reset (it was made for the old data set's classes and
 * shape), and the window takes the new data as it took the first. A data set that cannot be read is
 * said in the banner and changes nothing.
 */
final class DatasetSwitch {

    private final DatasetChooserViewModel chooser;
    private final TrainingViewModel training;
    private final BackgroundTasks tasks;
    private final BannerViewModel banner;
    private final Consumer<LoadedData> apply;

    /**
     * @param apply takes the data read, on the JavaFX thread, as the first load's data is taken
     */
    DatasetSwitch(DatasetChooserViewModel chooser, TrainingViewModel training, BackgroundTasks tasks,
                  BannerViewModel banner, Consumer<LoadedData> apply) {
        this.chooser = chooser;
        this.training = training;
        this.tasks = tasks;
        this.banner = banner;
        this.apply = apply;
        chooser.setLoader(this::load);
    }

    /** The data sets the chooser offers by name: the MNIST family, Fashion-MNIST (the default) first. */
    static List<KnownDataset> known() {
        return java.util.Arrays.stream(MnistFamily.values())
                .map(m -> new KnownDataset(m.id(), m.displayName())).toList();
    }

    private void load(String choice) {
        if (training.stateProperty().get().isActive()) {
            banner.show(Severity.ERROR, () -> Messages.get("dataset.error.title"),
                    () -> Messages.get("dataset.error.running"));
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
            training.reset();
            apply.accept(loaded);
            chooser.loaded(choice);
        }, failure -> {
            String why = String.valueOf(failure.getMessage());
            banner.show(Severity.ERROR, () -> Messages.format("dataset.error.load", name), () -> why);
            chooser.failed();
        });
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
