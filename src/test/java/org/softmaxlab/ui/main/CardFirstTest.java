package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softmaxlab.ui.FxWait.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.TestData;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The loading card is on screen before anything else starts: the data (ND4J's classes and native
 * libraries) starts loading only once the card has been painted, so that it does not take the CPU
 * from the card's first frame. Headless through Monocle.
 */
@Tag("window")
class CardFirstTest {

    /** Runs the loading where it is started: a load started inside show() would be seen there. */
    private static final Executor SAME_THREAD = Runnable::run;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private Application application;
    private MainWindow window;

    @AfterEach
    void close() throws Exception {
        if (application != null) {
            FxToolkit.cleanupAfterTest(new FxRobot(), application);
            WaitForAsyncUtils.waitForFxEvents();
        }
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void theDataStartsLoadingOnlyAfterTheCardIsPainted() throws Exception {
        TestData.subset();
        FxToolkit.registerPrimaryStage();
        DataLoading loading = new DataLoading(SAME_THREAD, chosen -> {
            events.add("data asked for");
            return chosen;
        }, dir -> TestData.subset());
        DatasetDownloads downloads = new DatasetDownloads(SAME_THREAD, () -> {
            throw new AssertionError("the data is there: nothing to download");
        });
        application = FxToolkit.setupApplication(() -> new Application() {
            @Override
            public void start(Stage stage) {
                window = new MainWindow(loading, downloads, SAME_THREAD);
                window.whenCardPainted(() -> events.add("card painted"));
                window.show(stage);
                events.add("shown");
            }

            @Override
            public void stop() {
                window.shutdown();
            }
        });
        await("the data was asked for", () -> events.contains("data asked for"));

        assertEquals(List.of("shown", "card painted", "data asked for"), events.subList(0, 3));
    }
}
