package org.softmaxlab.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.ui.compare.CompareView;
import org.softmaxlab.ui.compare.CompareViewModel;
import org.softmaxlab.ui.confusion.ConfusionView;
import org.softmaxlab.ui.confusion.ConfusionViewModel;
import org.softmaxlab.ui.gallery.GalleryView;
import org.softmaxlab.ui.gallery.GalleryViewModel;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.loading.LoadedData;
import org.softmaxlab.ui.ownimage.OwnImageView;
import org.softmaxlab.ui.ownimage.OwnImageViewModel;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.runs.RunsViewModel;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.weights.WeightsView;
import org.softmaxlab.ui.weights.WeightsViewModel;

/**
 * The four tabs that look inside the model (mistakes, confusion matrix, weights, your image) and
 * how they hang together: all follow the training view-model's latest evaluation and weights; a
 * click on a confusion cell filters the gallery and brings it forward.
 *
 * <p>The view-models live as long as the window; the views are built by the tabs' factories, again
 * on each language switch, and hold their listeners on the view-models only as long as their nodes
 * live ({@link org.softmaxlab.ui.ViewListeners}).
 */
public final class InspectionTabs {

    public static final String GALLERY_TAB_ID = "gallery-tab";
    public static final String CONFUSION_TAB_ID = "confusion-tab";
    public static final String WEIGHTS_TAB_ID = "weights-tab";
    public static final String OWN_IMAGE_TAB_ID = "own-image-tab";
    public static final String STEP_TAB_ID = "step-tab";
    public static final String COMPARE_TAB_ID = "compare-tab";

    private final TrainingViewModel training;
    private final GalleryViewModel gallery;
    private final ConfusionViewModel confusion;
    private final WeightsViewModel weights;
    private final OwnImageViewModel ownImage;
    private final CompareViewModel compare;
    private final Function<Window, Optional<Path>> chooseModelFile;
    /** Your image's view as built last. */
    private OwnImageView ownImageView;

    /**
     * Makes the view-models and has them follow {@code training}; the tabs come with {@link #addTabs}.
     *
     * @param tasks           the window's background tasks: per-image work, exports, model files to compare
     * @param chooseModelFile asks for a model file for the Compare tab
     */
    /** The One step tab's pages, computed once per copied batch away from the JavaFX thread. */
    private final org.softmaxlab.ui.step.StepViewModel step;

    InspectionTabs(TrainingViewModel training, BackgroundTasks tasks, Function<Window, Optional<Path>> chooseModelFile) {
        this.training = training;
        this.chooseModelFile = chooseModelFile;
        gallery = new GalleryViewModel(tasks);
        confusion = new ConfusionViewModel(tasks);
        weights = new WeightsViewModel(tasks);
        ownImage = new OwnImageViewModel(tasks);
        compare = new CompareViewModel(tasks, Model::of);
        step = new org.softmaxlab.ui.step.StepViewModel(tasks);
        training.lastBatchProperty().addListener((obs, old, now) -> step.setBatch(now));

        training.evaluationProperty().addListener((obs, old, now) -> {
            gallery.setEvaluation(now);
            confusion.setEvaluation(now);
        });
        training.weightsProperty().addListener((obs, old, now) -> {
            weights.setWeights(now);
            ownImage.setWeights(now);
        });
    }

    /** Compares the runs of {@code runs}: each run keeps the test predictions of its newest evaluation. */
    void compareRuns(RunsViewModel runs) {
        compare.setHistory(runs.history());
        training.evaluationProperty().addListener((obs, old, now) -> compare.evaluated(runs.live(), now));
        runs.rows().addListener((ListChangeListener<Object>) change -> compare.refreshChoices());
    }

    /** Adds the four tabs through {@code addTab}, each with a factory that builds its view (again after a language switch). */
    void addTabs(TabAdder addTab) {
        Tab galleryTab = addTab.add("tab.gallery", GALLERY_TAB_ID, () -> new GalleryView(gallery).root());
        addTab.add("tab.confusion", CONFUSION_TAB_ID, () -> new ConfusionView(confusion).root());
        Tab weightsTab = addTab.add("tab.weights", WEIGHTS_TAB_ID, () -> new WeightsView(weights).root());
        Tab ownImageTab = addTab.add("tab.ownImage", OWN_IMAGE_TAB_ID, () -> {
            ownImageView = new OwnImageView(ownImage);
            return ownImageView.root();
        });
        addTab.add("tab.compare", COMPARE_TAB_ID, () -> new CompareView(compare, chooseModelFile).root());

        Tab stepTab = addTab.add("tab.step", STEP_TAB_ID, () -> new org.softmaxlab.ui.step.StepView(step).root());
        // Runs copy each step's batch out only while the step is shown opened up.
        training.batchWantedProperty().bind(stepTab.selectedProperty());

        // The tabs stay across language switches (only their content is rebuilt), so these hold.
        confusion.setOnCellChosen((trueClass, predictedClass) -> {
            gallery.showPair(trueClass, predictedClass);
            TabPane pane = galleryTab.getTabPane();
            pane.getSelectionModel().select(galleryTab);
        });
        // Runs copy their weights out only while a view shows them live: the weights, and your
        // picture's probabilities, which follow the model as it learns.
        training.weightsWantedProperty().bind(weightsTab.selectedProperty().or(ownImageTab.selectedProperty()));
    }

    /** Adds a tab to the window whose content {@code view} builds, now and on each language switch. */
    @FunctionalInterface
    interface TabAdder {
        Tab add(String titleKey, String id, Supplier<Node> view);
    }

    /** Says the view-models' texts again in the language {@link org.softmaxlab.ui.Messages} speaks now. */
    void relocalize() {
        gallery.relocalize();
        confusion.relocalize();
        ownImage.relocalize();
        compare.relocalize();
    }

    /** The data is loaded: the views ask it from now on, the gallery draws its test images. */
    void dataReady(LoadedData data) {
        WindowDataset.use(data.data().source().signature());
        // Before the new test images: A and B of the old data set are let go first.
        compare.setDataset(org.softmaxlab.session.RunDataset.of(data.data().source()));
        gallery.setImages(data.data().source().test());
        compare.setTestImages(data.data().source().test());
        compare.setTestEvaluator(model -> new Trainer(data.data()).evaluateTest(model));
    }

    /** The gallery's view-model, for tests. */
    public GalleryViewModel gallery() {
        return gallery;
    }

    /** The comparison's view-model, for tests. */
    public CompareViewModel compare() {
        return compare;
    }

    /** The confusion matrix's view-model, for tests. */
    public ConfusionViewModel confusion() {
        return confusion;
    }

    /** The weights' view-model, for tests. */
    public WeightsViewModel weights() {
        return weights;
    }

    /** Your image's view-model, for tests. */
    public OwnImageViewModel ownImage() {
        return ownImage;
    }

    /** Your image's view as built last, for tests: {@link OwnImageView#open} is where drops and the Open button end. */
    public OwnImageView ownImageView() {
        return ownImageView;
    }
}
