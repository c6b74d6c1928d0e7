package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.session.DatasetMemory;
import org.softmaxlab.session.Settings;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.datasets.DatasetChooserViewModel;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.status.StatusViewModel;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/** Which data set a model file made for other data is offered: one read before, else one known by name. */
class DatasetSwitchTest {

    @TempDir
    Path dir;

    private static final DatasetSignature FRUIT = new DatasetSignature(List.of("apple", "leaf", "wave"),
            ImageShape.MNIST);

    private DatasetSwitch switchRemembering(DatasetMemory memory) {
        DatasetChooserViewModel chooser = new DatasetChooserViewModel(DatasetSwitch.known(), List.of(),
                Settings.MAX_DATASETS);
        return new DatasetSwitch(chooser, new TrainingViewModel(new StatusViewModel()),
                new BackgroundTasks(Runnable::run, Runnable::run), new BannerViewModel(), memory, data -> { });
    }

    @Test
    void whileARunTrainsASwitchIsRefusedWithTheReasonAndNothingIsReadOrAsked() {
        DatasetChooserViewModel chooser = new DatasetChooserViewModel(DatasetSwitch.known(), List.of(),
                Settings.MAX_DATASETS);
        TrainingViewModel training = new TrainingViewModel(new StatusViewModel());
        BannerViewModel banner = new BannerViewModel();
        List<Runnable> background = new java.util.ArrayList<>();
        new DatasetSwitch(chooser, training, new BackgroundTasks(background::add, Runnable::run), banner,
                DatasetMemory.inMemory(), data -> { });
        List<TrainingViewModel.Drop> asked = new java.util.ArrayList<>();
        training.setDropGuard((what, model, proceed) -> asked.add(what));
        training.dataReady(new org.softmaxlab.ui.run.FakeRunner());
        training.start();

        chooser.choose("mnist");
        assertEquals("Stop the run first: a run trains on the data set it started with.",
                banner.detailProperty().get());
        assertEquals(List.of(), background, "nothing is read");
        assertEquals(List.of(), asked, "nothing is asked");
        assertEquals(false, chooser.busyProperty().get());
        assertEquals("fashion-mnist", chooser.currentProperty().get());
    }

    @Test
    void aFolderReadInAnEarlierSessionIsOfferedWhileItIsThereAndTheMnistFamilyByItsClassNames() throws Exception {
        Path fruit = Files.createDirectories(dir.resolve("fruit"));
        Path gone = dir.resolve("fruit-gone");
        DatasetMemory before = DatasetMemory.in(dir.resolve("config"));
        before.remember(fruit.toString(), FRUIT);
        before.remember(gone.toString(), FRUIT); // newer, but no longer there

        // Fails without the memory kept between sessions: a new window knew only the MNIST family.
        DatasetSwitch next = switchRemembering(DatasetMemory.in(dir.resolve("config")));
        assertEquals(Optional.of(fruit.toString()), next.choiceFor(FRUIT));
        assertEquals(Optional.of("mnist"), next.choiceFor(
                new DatasetSignature(MnistFamily.MNIST.classNames(), ImageShape.MNIST)));
        assertEquals(Optional.empty(), next.choiceFor(new DatasetSignature(List.of("cat", "dog"), ImageShape.MNIST)));
    }
}
