package org.softmaxlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetChooserViewModelTest {

    private static final List<KnownDataset> KNOWN = List.of(new KnownDataset("fashion-mnist", "Fashion-MNIST"),
            new KnownDataset("mnist", "MNIST"), new KnownDataset("kmnist", "Kuzushiji-MNIST"));
    private static final String SHAPES = Path.of("/classes/shapes").toAbsolutePath().toString();

    @Test
    void aFirstStartShowsTheDefaultAndAChoiceCountsOnlyOnceLoaded() {
        DatasetChooserViewModel vm = new DatasetChooserViewModel(KNOWN, List.of(), 6);
        List<String> asked = new ArrayList<>();
        vm.setLoader(asked::add);
        assertEquals("fashion-mnist", vm.currentProperty().get());
        assertEquals("Fashion-MNIST", vm.displayName(vm.currentProperty().get()));

        vm.chooseFolder(Path.of(SHAPES));
        assertEquals(List.of(SHAPES), asked);
        assertTrue(vm.busyProperty().get());
        assertEquals("fashion-mnist", vm.currentProperty().get(), "still the old one while the folder loads");
        vm.choose("mnist");
        assertEquals(1, asked.size(), "one load at a time");

        vm.failed();
        assertEquals("fashion-mnist", vm.currentProperty().get(), "a folder that failed replaces nothing");
        assertTrue(vm.recent().isEmpty());
        assertFalse(vm.busyProperty().get());

        vm.chooseFolder(Path.of(SHAPES));
        vm.loaded(SHAPES);
        assertEquals(SHAPES, vm.currentProperty().get());
        assertEquals("shapes", vm.displayName(SHAPES), "a folder is called by its name");
        assertEquals(List.of("fashion-mnist"), vm.recent());
        assertNull(vm.loadingProperty().get());
        assertEquals(List.of(SHAPES, "fashion-mnist"), vm.remembered());
    }

    @Test
    void theRecentListAViewListensToIsTheOneThatChanges() {
        DatasetChooserViewModel vm = new DatasetChooserViewModel(KNOWN, List.of(), 6);
        // A view listens weakly: a wrapper made anew for each call was collected, and the chooser button
        // never showed the recent data sets restored after it was built.
        assertSame(vm.recent(), vm.recent());
        List<String> heard = new ArrayList<>();
        vm.recent().addListener((javafx.collections.ListChangeListener<String>) change -> heard.add("changed"));
        System.gc();
        vm.restoreRecent(List.of("fashion-mnist", SHAPES));
        assertEquals(List.of("changed"), heard);
    }

    @Test
    void aChoiceIsReadOnlyOnceTheGuardAgreesAndNotAtAllWhenItDoesNot() {
        DatasetChooserViewModel vm = new DatasetChooserViewModel(KNOWN, List.of(), 6);
        List<String> read = new ArrayList<>();
        List<Runnable> asked = new ArrayList<>();
        vm.setLoader(read::add);
        vm.setGuard((choice, go) -> asked.add(go)); // the question is open

        vm.choose("mnist");
        // Fails without the guard: the choice was read (and the model dropped) before anyone was asked.
        assertEquals(List.of(), read);
        assertFalse(vm.busyProperty().get(), "while the question is open, nothing is loading");
        assertEquals("fashion-mnist", vm.currentProperty().get());
        asked.clear(); // Cancel: nothing more happens

        vm.choose("mnist");
        asked.get(0).run(); // agreed
        assertEquals(List.of("mnist"), read);
        assertTrue(vm.busyProperty().get());
    }

    @Test
    void theRecentOnesAreRememberedWithoutTheCurrentOneOrRepeats() {
        DatasetChooserViewModel vm = new DatasetChooserViewModel(KNOWN, List.of("mnist", SHAPES, "kmnist"), 3);
        vm.choose(SHAPES);
        vm.loaded(SHAPES);
        assertEquals(List.of("mnist", "kmnist"), vm.recent());
        vm.choose("fashion-mnist");
        vm.loaded("fashion-mnist");
        assertEquals(List.of(SHAPES, "mnist"), vm.recent(), "at most three in all");
        List<String> asked = new ArrayList<>();
        vm.setLoader(asked::add);
        vm.choose("fashion-mnist");
        assertTrue(asked.isEmpty(), "the current one is not read again");
    }

    @Test
    void whoListensToTheCurrentDataSetReadsNoRepeatInWhatIsRemembered() {
        // The window saves remembered() when the current data set changes; settings refuse a data set
        // listed twice, and the JavaFX thread threw when a recent folder was chosen again.
        DatasetChooserViewModel vm = new DatasetChooserViewModel(KNOWN, List.of("mnist", SHAPES), 6);
        List<List<String>> seen = new ArrayList<>();
        vm.currentProperty().addListener((obs, old, now) -> seen.add(vm.remembered()));
        vm.choose(SHAPES);
        vm.loaded(SHAPES);
        assertEquals(List.of(List.of(SHAPES, "mnist")), seen);
    }
}
