package org.softmaxlab.ui.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.data.DatasetFolderException;
import org.softmaxlab.data.FolderProblem;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.testing.SyntheticData;

/**
 * Loading with a same-thread executor, so every step happens inside the call, of made-up images:
 * what is tested is the loading, not Fashion-MNIST.
 */
@Tag("locale")
class LoadingViewModelTest {

    private static final Dataset DATA = SyntheticData.dataset(600, 100, 13);

    private static final Executor SAME_THREAD = Runnable::run;
    private static final DatasetDownloads NO_DOWNLOADS = new DatasetDownloads(SAME_THREAD, () -> {
        throw new AssertionError("these tests do not download");
    });

    private final List<LoadedData> loaded = new ArrayList<>();
    private final List<Path> asked = new ArrayList<>();

    private LoadingViewModel viewModel(DatasetReader reader) {
        DatasetReader recording = dir -> {
            asked.add(dir);
            return reader.read(dir);
        };
        return new LoadingViewModel(new DataLoading(SAME_THREAD, FolderResolver.AS_GIVEN, recording), NO_DOWNLOADS,
                Path.of("/data/first"), BackgroundTasks.sameThread(), loaded::add);
    }

    @Test
    void aSuccessfulLoadHandsOverTheDataAndTheBackend() {
        LoadingViewModel vm = viewModel(dir -> DATA);
        vm.start();
        assertEquals(LoadingViewModel.Phase.READY, vm.phaseProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals(1, loaded.size());
        LoadedData data = loaded.get(0);
        assertEquals(600, data.trainImages());
        assertEquals(100, data.testImages());
        // The backend with the BLAS kernels it runs on this CPU (no silent slow path), as the status bar shows it.
        assertTrue(data.backend().startsWith("CPU · OpenBLAS 0."), data.backend());
        assertTrue(data.threads() >= 1);
    }

    @Test
    void progressIsIndeterminateUntilAStepIsDoneThenCountsSteps() {
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        LoadingViewModel vm = new LoadingViewModel(new DataLoading(background::add, FolderResolver.AS_GIVEN,
                dir -> DATA), NO_DOWNLOADS, Path.of("/data/first"), BackgroundTasks.sameThread(), loaded::add);
        vm.start();
        assertEquals(LoadingViewModel.INDETERMINATE, vm.progressProperty().get());
        assertEquals("Reading the images in /data/first and starting ND4J…", vm.messageProperty().get());

        background.poll().run();
        assertEquals(1.0 / 3, vm.progressProperty().get(), 1e-12);
        assertEquals("Images read; starting ND4J (native libraries)…", vm.messageProperty().get());
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertEquals(LoadingViewModel.Phase.READY, vm.phaseProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals(1, loaded.size());
    }

    @Test
    void aLoadStartedAgainSupersedesTheOneUnderWayWhoseAnswerAndProgressAreDropped() {
        ArrayDeque<Runnable> background = new ArrayDeque<>();
        LoadingViewModel vm = new LoadingViewModel(new DataLoading(background::add, FolderResolver.AS_GIVEN,
                dir -> DATA), NO_DOWNLOADS, Path.of("/data/first"), BackgroundTasks.sameThread(), loaded::add);
        vm.start();
        Runnable firstRead = background.poll();
        Runnable firstNd4j = background.poll();
        vm.chooseDirectory(Path.of("/data/second")); // the user picks another folder before the first is read

        firstRead.run();
        firstNd4j.run();
        assertEquals(LoadingViewModel.INDETERMINATE, vm.progressProperty().get(),
                "the superseded load's steps are not the new load's progress");
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertEquals(1, loaded.size(), "only the newest load hands its data over");
        assertEquals(Path.of("/data/second"), loaded.get(0).directory());
        assertEquals(Path.of("/data/second"), vm.directoryProperty().get());
    }

    @Test
    void aMissingDataSetShowsTheReasonAndCanBeRetriedFromAnotherFolder() {
        LoadingViewModel vm = viewModel(dir -> {
            if (dir.equals(Path.of("/data/first"))) {
                throw new DatasetException("/data/first/train-images-idx3-ubyte.gz: no such file");
            }
            return DATA;
        });
        vm.start();
        assertEquals(LoadingViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertEquals("The Fashion-MNIST files could not be read: /data/first/train-images-idx3-ubyte.gz: no such file",
                vm.messageProperty().get());
        assertTrue(loaded.isEmpty());

        vm.retry();
        assertEquals(LoadingViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertEquals(List.of(Path.of("/data/first"), Path.of("/data/first")), asked);

        vm.chooseDirectory(Path.of("/data/second"));
        assertEquals(LoadingViewModel.Phase.READY, vm.phaseProperty().get());
        assertEquals(Path.of("/data/second"), vm.directoryProperty().get());
        assertEquals(Path.of("/data/second"), loaded.get(0).directory());
    }

    @Test
    void aFolderThatCannotBeUsedIsExplainedAgainAfterALanguageSwitch() {
        LoadingViewModel vm = viewModel(dir -> {
            throw new DatasetFolderException(dir, FolderProblem.of(FolderProblem.Kind.NOT_A_FOLDER));
        });
        vm.start();
        assertEquals("The folder " + Path.of("/data/first") + " cannot be used: not a folder.",
                vm.messageProperty().get());
        try {
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            vm.relocalize();
            assertEquals("无法使用文件夹 " + Path.of("/data/first") + "：不是文件夹。", vm.messageProperty().get());
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    void theDefaultFolderIsThePropertyElseNoneSoTheUsualPlacesAreSearched() {
        String saved = System.getProperty(DataLoading.DATA_DIR_PROPERTY);
        try {
            System.clearProperty(DataLoading.DATA_DIR_PROPERTY);
            assertNull(DataLoading.defaultDirectory());
            System.setProperty(DataLoading.DATA_DIR_PROPERTY, "/somewhere/else");
            assertEquals(Path.of("/somewhere/else"), DataLoading.defaultDirectory());
        } finally {
            if (saved == null) {
                System.clearProperty(DataLoading.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(DataLoading.DATA_DIR_PROPERTY, saved);
            }
        }
    }
}
