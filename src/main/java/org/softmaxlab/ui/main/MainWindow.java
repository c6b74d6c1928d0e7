package org.softmaxlab.ui.main;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.LoadedData;
import org.softmaxlab.ui.loading.LoadingView;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.numerics.NumericsView;
import org.softmaxlab.ui.numerics.NumericsViewModel;
import org.softmaxlab.ui.numerics.OverflowDemo;
import org.softmaxlab.ui.runs.RunsView;
import org.softmaxlab.ui.runs.RunsViewModel;
import org.softmaxlab.ui.status.StatusBarView;
import org.softmaxlab.ui.status.StatusViewModel;
import org.softmaxlab.ui.training.ChartsView;
import org.softmaxlab.ui.training.DrainPulse;
import org.softmaxlab.ui.training.SettingsView;
import org.softmaxlab.ui.training.TrainerThreadRunner;
import org.softmaxlab.ui.training.TrainingViewModel;

/**
 * The main window, put together: settings and the run list on the left, charts in the middle with
 * the loading card over them until the data is ready, the status bar below. Owns the view-models
 * and the drain pulse; the app (or a test) supplies the data loading and the stage.
 */
public final class MainWindow {

    /** The size the window opens at; fits a 1280×800 projector with room for window decorations. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The id of the charts tab (for tests and for selecting it). */
    public static final String TRAINING_TAB_ID = "training-tab";
    /** The id of the numerics lesson's tab. */
    public static final String NUMERICS_TAB_ID = "numerics-tab";
    /** How long closing waits for a run to notice that it was cancelled. */
    public static final Duration RUN_END_WAIT = Duration.ofSeconds(1);

    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel training = new TrainingViewModel(status);
    private final RunsViewModel runs = new RunsViewModel();
    private final NumericsViewModel numerics = new NumericsViewModel();
    private final OverflowDemo overflowDemo;
    private final LoadingViewModel loading;
    private final DrainPulse pulse = new DrainPulse(training);
    private final BorderPane root = new BorderPane();
    /** One tab per way of looking at the model; the settings on the left apply to all of them. */
    private final TabPane tabs = new TabPane();
    private boolean shutDown;

    /** Builds the window's content; loading starts in {@link #show}. Call on the JavaFX thread. */
    public MainWindow(DataLoading dataLoading) {
        loading = new LoadingViewModel(dataLoading, DataLoading.defaultDirectory(), Platform::runLater,
                this::dataLoaded);
        root.setId("main-window");
        loading.phaseProperty().addListener((obs, old, now) -> {
            if (now == LoadingViewModel.Phase.LOADING) {
                status.loading();
            } else if (now == LoadingViewModel.Phase.FAILED) {
                status.loadingFailed();
            }
        });
        training.addRunObserver(runs);
        // runLater: the demo's second run starts once the first run's end has been handled.
        overflowDemo = new OverflowDemo(training, runs, Platform::runLater);
        root.setLeft(sidePanel());
        root.setCenter(new StackPane(tabs, new LoadingView(loading).root()));
        addTab("tab.training", TRAINING_TAB_ID, new ChartsView(training, runs).root());
        addTab("tab.numerics", NUMERICS_TAB_ID,
                new NumericsView(numerics, overflowDemo, () -> selectTab(TRAINING_TAB_ID)).root());
        root.setBottom(new StatusBarView(status).root());
    }

    /** The settings with the run list below them, which takes the height left over. */
    private VBox sidePanel() {
        Node runList = new RunsView(runs).root();
        VBox.setVgrow(runList, Priority.ALWAYS);
        VBox side = new VBox(new SettingsView(training).root(), runList);
        side.getStyleClass().add("side-panel");
        return side;
    }

    /** Adds a tab titled by the message {@code titleKey} showing {@code content}. */
    private void addTab(String titleKey, String id, Node content) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId(id);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /** Brings the tab with {@code id} to the front. */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Shows the window on {@code stage} and starts loading the data in the background. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Resources.stylesheet());
        KeyboardShortcuts.install(scene, training);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnHidden(e -> shutdown());
        stage.show();
        // The pulse runs only while a run is active (its last drain ends the run), so an idle window
        // asks JavaFX for no frames at all.
        training.stateProperty().addListener((obs, old, now) -> {
            if (now.isActive() && !shutDown) {
                pulse.start();
            } else if (!now.isActive()) {
                pulse.stop();
            }
        });
        loading.start();
    }

    private void dataLoaded(LoadedData data) {
        status.dataReady(data.trainImages(), data.testImages(), data.backend(), data.threads());
        training.dataReady(new TrainerThreadRunner(data.data()));
    }

    /** Stops the pulse and cancels a run, waiting briefly for it to end; safe to call twice. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        pulse.stop();
        training.shutdown(RUN_END_WAIT);
    }

    /** The training view-model, for tests. */
    public TrainingViewModel training() {
        return training;
    }

    /** The run history's view-model, for tests. */
    public RunsViewModel runs() {
        return runs;
    }

    /** The numerics lesson's view-model, for tests. */
    public NumericsViewModel numerics() {
        return numerics;
    }

    /** The overflow demo, for tests. */
    public OverflowDemo overflowDemo() {
        return overflowDemo;
    }

    /** The loading view-model, for tests. */
    public LoadingViewModel loading() {
        return loading;
    }
}
