package org.softmaxlab.ui.main;

import impl.org.controlsfx.skin.DecorationPane;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.softmaxlab.run.TrainerThreadRunner;
import org.softmaxlab.session.Settings;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.ExitTiming;
import org.softmaxlab.ui.FramesLater;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.banner.BannerView;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.charts.ChartsView;
import org.softmaxlab.ui.datasets.DatasetChooserView;
import org.softmaxlab.ui.datasets.DatasetChooserViewModel;
import org.softmaxlab.ui.draw.DrawingPadView;
import org.softmaxlab.ui.draw.DrawingPadViewModel;
import org.softmaxlab.ui.draw.DrawingPadWindow;
import org.softmaxlab.ui.files.FileKind;
import org.softmaxlab.ui.files.ModelFilesViewModel;
import org.softmaxlab.ui.tasks.BackgroundFailureText;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.loading.DataLoading;
import org.softmaxlab.ui.loading.DatasetDownloads;
import org.softmaxlab.ui.loading.LoadedData;
import org.softmaxlab.ui.loading.LoadingView;
import org.softmaxlab.ui.loading.LoadingViewModel;
import org.softmaxlab.ui.numerics.NumericsView;
import org.softmaxlab.ui.numerics.NumericsViewModel;
import org.softmaxlab.ui.numerics.OverflowDemo;
import org.softmaxlab.ui.run.DrainPulse;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.settings.DropConfirmation;
import org.softmaxlab.ui.runs.RunsView;
import org.softmaxlab.ui.runs.RunsViewModel;
import org.softmaxlab.ui.settings.LiveLearningRate;
import org.softmaxlab.ui.settings.SettingsView;
import org.softmaxlab.ui.status.StatusBarView;
import org.softmaxlab.ui.status.StatusViewModel;

/**
 * The main window, put together: the menu bar and banner on top, settings and the run list on the
 * left, the tabs (charts, the numerics lesson, then the inspection tabs) in the middle with the
 * loading card over them until the data is ready, the status bar below. Owns the view-models and
 * the drain pulse; the app (or a test) supplies the data loading, the background executor and the
 * stage. The first frame shows the loading card alone, so that the window is on screen well before
 * the rest of it is built.
 *
 * <p>A language switch rebuilds every view from the view-models, which stay: a run goes on, and
 * nothing typed or trained is lost.
 */
public final class MainWindow {

    /** The id of the charts tab (for tests and for selecting it). */
    public static final String TRAINING_TAB_ID = "training-tab";
    /** The id of the numerics lesson's tab. */
    public static final String NUMERICS_TAB_ID = "numerics-tab";
    /**
     * Frames painted with the loading card alone before the rest is built. Building blocks the JavaFX
     * thread for about a second, and a frame only reaches the screen once that thread is free again,
     * so the card's frame must be through before building starts; the second frame waits for the first.
     */
    static final int FRAMES_BEFORE_BUILDING = 3;
    /**
     * The same on a stage that already shows {@link FirstCardWindow}'s card, which looks the same: the
     * window is on screen already, and this scene's first frame only has to be through.
     */
    static final int FRAMES_AFTER_FIRST_CARD = 2;
    /** How long closing waits for a run to notice that it was cancelled. */
    public static final Duration RUN_END_WAIT = Duration.ofSeconds(1);

    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel training;
    private final RunsViewModel runs = new RunsViewModel();
    /** The rate typed while a run trains: here, so that a language switch (which rebuilds the panel) keeps it. */
    private final LiveLearningRate liveRate;
    private final NumericsViewModel numerics = new NumericsViewModel();
    private final OverflowDemo overflowDemo;
    private final LoadingViewModel loading;
    private final DrainPulse pulse;
    private final BorderPane root = new BorderPane();
    /** One tab per way of looking at the model; the settings on the left apply to all of them. */
    private final TabPane tabs = new TabPane();
    private final LocalizedTabs localizedTabs = new LocalizedTabs(tabs);
    private final WindowSetup setup;
    private final AppearanceViewModel appearance = new AppearanceViewModel();
    /** How many skipped images the banner names (the command line lists ten too; the rest are counted). */
    private static final int SKIPPED_LISTED = 10;
    private final BannerViewModel banner = new BannerViewModel();
    private final ModelFilesViewModel files;
    /** The one service for work off the JavaFX thread: file reads, evaluations, exports, per-image work. */
    private final BackgroundTasks tasks;
    private final SessionMemory memory;
    /** The menu commands; made once the stage is known, before the menu is first built. */
    private WindowActions actions;
    private WindowBoundsKeeper bounds;
    private final InspectionTabs inspection;
    private Stage stage;
    private DrawingPadWindow drawingPad;
    /** The data set in use and how to pick another. */
    private final DatasetChooserViewModel datasets;
    /** Reads another data set once the switch is agreed; knows the data sets read so far. */
    private final DatasetSwitch datasetSwitch;
    /** Whether the data set remembered from the last session has been asked for (after the first load). */
    private boolean rememberedDatasetAsked;
    private boolean shutDown;
    private final Milestone cardPainted = new Milestone();
    private final Milestone viewsBuilt = new Milestone();

    /**
     * Builds the window's content with settings kept for this window only (as tests want it);
     * loading starts in {@link #show}. Call on the JavaFX thread.
     *
     * @param dataLoading where the data comes from
     * @param downloads   fetches the data set when no copy is found
     * @param background  the app's executor, for the inspection views' per-image work and all exports
     */
    public MainWindow(DataLoading dataLoading, DatasetDownloads downloads, Executor background) {
        this(dataLoading, downloads, background, WindowSetup.transientDefaults());
    }

    /**
     * Builds the window's content as {@code setup} remembers it (settings, look, language, data
     * folder); loading starts in {@link #show}. Call on the JavaFX thread.
     *
     * @param dataLoading where the data comes from
     * @param downloads   fetches the data set when no copy is found
     * @param background  the app's executor, for the inspection views' per-image work and exports
     * @param setup       the remembered settings, the data folder and how files are chosen
     */
    public MainWindow(DataLoading dataLoading, DatasetDownloads downloads, Executor background, WindowSetup setup) {
        tasks = new BackgroundTasks(background, Platform::runLater);
        training = new TrainingViewModel(status, tasks);
        pulse = new DrainPulse(training);
        loading = new LoadingViewModel(dataLoading, downloads, setup.dataFolder(), tasks, this::dataLoaded);
        this.setup = setup;
        tasks.setFailureView(failure -> banner.show(Severity.ERROR, () -> Messages.get("background.failed.title"),
                () -> BackgroundFailureText.of(failure)));
        files = new ModelFilesViewModel(training, banner, Model::of, tasks);
        memory = new SessionMemory(setup, training, loading, appearance, banner);
        datasets = new DatasetChooserViewModel(DatasetSwitch.known(), List.of(), Settings.MAX_DATASETS);
        datasetSwitch = new DatasetSwitch(datasets, training, tasks, banner, setup.datasets(), this::datasetRead);
        datasets.setDrawing(this::showDrawingPad);
        datasets.currentProperty().addListener((obs, old, now) -> {
            memory.rememberDatasets(datasets.remembered());
            showTitle();
        });
        inspection = new InspectionTabs(training, tasks, window -> setup.files().chooseOpen(window, FileKind.MODEL));
        files.setOnOpened(inspection.compare()::modelFileOpened);
        if (appearance.languageProperty().get() != Messages.language()) {
            Messages.setLanguage(appearance.languageProperty().get());
            relocalizeViewModels();
        }
        appearance.languageProperty().addListener((obs, old, now) -> {
            Messages.setLanguage(now);
            relocalize();
        });
        root.setId("main-window");
        loading.phaseProperty().addListener((obs, old, now) -> {
            if (now == LoadingViewModel.Phase.LOADING || now == LoadingViewModel.Phase.DOWNLOADING) {
                status.loading();
            } else if (now == LoadingViewModel.Phase.FAILED) {
                status.loadingFailed();
            }
        });
        training.addRunObserver(runs);
        liveRate = new LiveLearningRate(training);
        inspection.compareRuns(runs);
        // runLater: the demo's second run starts once the first run's end has been handled.
        overflowDemo = new OverflowDemo(training, runs, Platform::runLater);
        addTab("tab.training", TRAINING_TAB_ID, () -> new ChartsView(training, runs).root());
        addTab("tab.numerics", NUMERICS_TAB_ID,
                () -> new NumericsView(numerics, overflowDemo, () -> selectTab(TRAINING_TAB_ID)).root());
        inspection.addTabs(this::addTab);
        root.setCenter(new LoadingView(loading).root());
    }

    /**
     * Builds the views around the tabs, from the view-models: just after the first frame and on each
     * language switch.
     */
    private void buildViews() {
        root.setTop(new VBox(MainMenu.build(actions, appearance, files.canSaveProperty(), files.canOpenProperty(), datasets),
                new BannerView(banner).root()));
        root.setLeft(sidePanel());
        root.setCenter(new StackPane(tabs, new LoadingView(loading).root()));
        root.setBottom(new StatusBarView(status).root());
        localizedTabs.buildSelected();
    }

    /**
     * The charts view in the training tab as the window has it now, built in the language spoken now
     * if a language switch dropped it while another tab was shown (a kept reference would export the
     * old view, in the old language, and keep it and its listeners alive), and laid out.
     */
    private Parent chartsShown() {
        Node content = localizedTabs.contentOf(TRAINING_TAB_ID);
        root.applyCss();
        root.layout();
        return (Parent) content;
    }

    private void buildViewsOnce() {
        if (viewsBuilt.reached() || shutDown) {
            return;
        }
        buildViews();
        viewsBuilt.reach();
    }

    /** Runs {@code action} on the JavaFX thread once the loading card, alone in the window, has been painted. */
    public void whenCardPainted(Runnable action) {
        cardPainted.then(action);
    }

    /**
     * Runs {@code action} on the JavaFX thread once the whole window (menus, settings, tabs, status
     * bar) is built: at once if it is, else just after. Until then the window shows the loading card only.
     */
    public void whenViewsBuilt(Runnable action) {
        viewsBuilt.then(action);
    }

    /**
     * The settings with the run list below them, which takes the height left over; scrolled when the
     * window is too low for both (the menu bar and presentation mode's type leave less than 800 pixels).
     */
    private Node sidePanel() {
        Node runList = new RunsView(runs).root();
        VBox.setVgrow(runList, Priority.ALWAYS);
        VBox side = new VBox(new DatasetChooserView(datasets).root(),
                new SettingsView(training, liveRate, () -> actions.saveModel()).root(), runList);
        side.getStyleClass().add("side-panel");
        // Never squeezed below what it needs (the controls would overlap): scrolled instead.
        side.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        return scroll;
    }

    /**
     * Adds a tab titled by the message {@code titleKey} showing {@code content}. On a language switch
     * its title changes but its content stays as built: prefer the {@link Supplier} overload.
     */
    private void addTab(String titleKey, String id, Node content) {
        localizedTabs.add(titleKey, id, content);
    }

    /** Adds a tab titled by the message {@code titleKey} whose view {@code view} builds, again on a language switch. */
    private Tab addTab(String titleKey, String id, Supplier<Node> view) {
        return localizedTabs.add(titleKey, id, view);
    }

    /** Says everything again in the language {@link Messages} speaks now: view-models first, then new views. */
    private void relocalize() {
        relocalizeViewModels();
        localizedTabs.relocalize();
        if (viewsBuilt.reached()) {
            buildViews();
        }
        showTitle();
    }

    /** "SoftmaxLab — MLP on MNIST": the title names the model the settings have chosen and the data set in use. */
    String title() {
        String dataset = datasets.displayName(datasets.currentProperty().get());
        return training.settings().modelKindProperty().get() == ModelSpec.Kind.MLP
                ? Messages.format("app.titleOn.mlp", dataset) : Messages.format("app.titleOn", dataset);
    }

    private void relocalizeViewModels() {
        status.relocalize();
        loading.relocalize();
        training.relocalize();
        runs.relocalize();
        numerics.relocalize();
        inspection.relocalize();
        banner.relocalize();
    }

    /** Brings the tab with {@code id} to the front. */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /**
     * Shows the window on {@code stage}; once its loading card is painted, the data starts loading in the
     * background. The stage may already be on screen with {@link FirstCardWindow}'s card: it stays where it is.
     */
    public void show(Stage stage) {
        this.stage = stage;
        boolean cardOnScreen = stage.isShowing();
        // ControlsFX marks invalid fields from a decoration pane above them, and without one it puts its
        // own above the scene's root at the first invalid value, re-parenting the live window (Modena's
        // colours failed to resolve meanwhile: "ClassCastException ... chart-plot-background"). One from
        // the start is never moved.
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(root);
        Scene scene = new Scene(decorations);
        scene.getStylesheets().add(Resources.stylesheet());
        KeyboardShortcuts.install(scene, training);
        stage.setTitle(title());
        // Held by the window's root, which lives as long as the window.
        ViewListeners.of(root).onChange(training.settings().modelKindProperty(), (obs, old, now) -> stage.setTitle(title()));
        stage.setScene(scene);
        actions = new WindowActions(stage, setup, files, banner, appearance, this::chartsShown, tasks, this::showDrawingPad,
                training::confirmDrop);
        DropConfirmation dropQuestion = new DropConfirmation(training, actions::saveModel);
        training.setDropGuard((what, model, proceed) -> dropQuestion.ask(what, model, proceed, root));
        files.setOnOtherDataset(new OtherDatasetQuestion(datasetSwitch, datasets::displayName,
                () -> datasets.displayName(datasets.currentProperty().get()), files, root));
        stage.setOnCloseRequest(e -> {
            // The window's close box asks as File → Quit does; the answer closes it later.
            if (training.wouldLoseTraining() && !training.stateProperty().get().isActive()) {
                e.consume();
                actions.quit();
            }
        });
        WindowLook.install(stage, root, appearance);
        bounds = WindowBoundsKeeper.install(stage, memory.windowBounds());
        stage.setOnHidden(e -> shutdown());
        stage.show();
        cardPainted.then(bounds::settle);
        viewsBuilt.then(() -> FramesLater.run(1, bounds::settle));
        // The first frame has the loading card only, so the window is on screen at once; the menus,
        // settings and charts (most of start-up's class loading, CSS and layout: about a second on
        // two cores) are built just after it, while the data already loads in the background.
        // The data starts loading then too, not before: loading ND4J (its classes and 350 MB of native
        // libraries) on the other core would slow the card's own first frame on a two-core laptop.
        FramesLater.run(cardOnScreen ? FRAMES_AFTER_FIRST_CARD : FRAMES_BEFORE_BUILDING, () -> {
            cardPainted.reach();
            if (!shutDown) {
                loading.start();
            }
            buildViewsOnce();
        });
        // The pulse runs only while a run is active (its last drain ends the run), so an idle window
        // asks JavaFX for no frames at all.
        training.stateProperty().addListener((obs, old, now) -> {
            if (now.isActive() && !shutDown) {
                pulse.start();
            } else if (!now.isActive()) {
                pulse.stop();
            }
        });
    }

    private void dataLoaded(LoadedData data) {
        buildViewsOnce(); // ready data means a usable window, even if no frame was painted yet
        status.dataReady(data.data().source().name(), data.trainImages(), data.testImages(), data.backend(),
                data.threads());
        training.dataReady(new TrainerThreadRunner(data.data()));
        runs.setDataset(org.softmaxlab.session.RunDataset.of(data.data().source()));
        inspection.dataReady(data);
        showTitle();
        saySkippedImages(data.data().source().name(), data.data().source().provenance().skipped());
        if (!datasets.busyProperty().get()) {
            // The first load (a switch remembers its own choice).
            datasetSwitch.remember(datasets.currentProperty().get(), data.data().source().signature());
        }
        if (!rememberedDatasetAsked) {
            rememberedDatasetAsked = true;
            askRememberedDataset();
        }
    }

    /** Images of a folder that could not be read are left out of training: the banner lists them and what to do. */
    private void saySkippedImages(String dataset, List<String> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        int shown = Math.min(SKIPPED_LISTED, skipped.size());
        String list = String.join("\n", skipped.subList(0, shown)) + (skipped.size() > shown ? "\n…" : "");
        banner.show(Severity.ERROR, () -> Messages.format("dataset.skipped.title", skipped.size(), dataset),
                () -> Messages.format("dataset.skipped.detail", list));
    }

    /**
     * The data sets of the last session, once the default one is there: the recent ones listed, the one
     * in use then read (a folder that has gone is said in the banner; Fashion-MNIST stays).
     */
    private void askRememberedDataset() {
        List<String> remembered = memory.rememberedDatasets();
        if (remembered.isEmpty()) {
            return;
        }
        datasets.restoreRecent(remembered);
        if (!remembered.get(0).equals(datasets.currentProperty().get())) {
            datasets.choose(remembered.get(0));
        }
    }

    /** Another data set was read (the chooser): the window takes it as it took the first, views rebuilt. */
    private void datasetRead(LoadedData data) {
        dataLoaded(data);
        localizedTabs.relocalize();
        if (viewsBuilt.reached()) {
            buildViews();
        }
    }

    /**
     * The pad's Save and train: the saved folder becomes the data set (asked as any switch is), and
     * training starts once it is read.
     */
    private void trainOnDrawings(Path folder) {
        datasetSwitch.chooseThen(folder.toAbsolutePath().normalize().toString(), false, training::start);
    }

    /** "SoftmaxLab — softmax regression on MNIST": the data set in use in the title. */
    private void showTitle() {
        if (stage != null) {
            stage.setTitle(title());
        }
    }

    /** File → Draw a data set…: the pad in its own window, made the first time and kept with its drawings. */
    public void showDrawingPad() {
        if (drawingPad == null) {
            Path remembered = memory.drawingsFolder();
            DrawingPadViewModel pad = new DrawingPadViewModel(tasks,
                    DrawingPadView.PAD_SIDE, DrawingPadView.PAD_SIDE,
                    remembered != null ? remembered : DrawingPadWindow.defaultParent(),
                    Messages.get("draw.defaultName"));
            pad.setTrainer(this::trainOnDrawings);
            // A folder chosen for the drawings is where the next lesson's drawings go too.
            pad.parentFolderProperty().addListener((obs, old, now) -> memory.rememberDrawingsFolder(now));
            drawingPad = new DrawingPadWindow(pad, appearance);
        }
        drawingPad.show(stage);
    }

    /** The data-set chooser, for tests. */
    public DatasetChooserViewModel datasets() {
        return datasets;
    }

    /** The drawing pad's window, or null before it was first shown; for tests. */
    public DrawingPadWindow drawingPad() {
        return drawingPad;
    }

    /** Stops the pulse and cancels a run, waiting briefly for it to end; safe to call twice. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        pulse.stop();
        tasks.shutdown();
        training.shutdown(RUN_END_WAIT);
        memory.windowClosing(bounds != null ? bounds.normalBounds() : null);
        ExitTiming.print("window shut down (run cancelled, settings saved)");
    }

    /** The training view-model, for tests. */
    public TrainingViewModel training() {
        return training;
    }

    /** The inspection tabs' view-models, for tests. */
    public InspectionTabs inspection() {
        return inspection;
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

    /** The look and language, for tests (the View and Language menus set them). */
    public AppearanceViewModel appearance() {
        return appearance;
    }

    /** The window's banner, for tests. */
    public BannerViewModel banner() {
        return banner;
    }

    /** Saving and opening models, for tests. */
    public ModelFilesViewModel modelFiles() {
        return files;
    }

    /** The menu commands, for tests: File → Save model… as if chosen from the menu. */
    MenuActions menuActions() {
        return actions;
    }
}
