package org.softmaxlab.ui.gallery;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.ContactSheet;
import org.softmaxlab.inspect.GalleryQuery;
import org.softmaxlab.inspect.GallerySort;
import org.softmaxlab.io.ImageFiles;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.FileExport;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * The gallery of test images the model gets wrong: the two class filters, the order, the matching
 * images, the count line and the image picked for a closer look. Selecting the images runs in the
 * background after each epoch and after each filter change; the newest request wins.
 */
public final class GalleryViewModel {

    private static final System.Logger LOG = System.getLogger(GalleryViewModel.class.getName());

    private final ObjectProperty<Integer> trueClass = new SimpleObjectProperty<>(this, "trueClass", GalleryQuery.ANY);
    private final ObjectProperty<Integer> predictedClass =
            new SimpleObjectProperty<>(this, "predictedClass", GalleryQuery.ANY);
    private final ObjectProperty<GallerySort> sort =
            new SimpleObjectProperty<>(this, "sort", GallerySort.MOST_CONFIDENTLY_WRONG);
    private final ObservableList<GalleryItem> items = FXCollections.observableArrayList();
    private final ObservableList<GalleryItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final LocalizedText countText = new LocalizedText(this, "countText");
    private final ReadOnlyBooleanWrapper showsCorrect = new ReadOnlyBooleanWrapper(this, "showsCorrect");
    private final ReadOnlyObjectWrapper<GalleryItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<float[]> selectedParameters =
            new ReadOnlyObjectWrapper<>(this, "selectedParameters");
    private final ReadOnlyObjectWrapper<float[]> selectedProbabilities =
            new ReadOnlyObjectWrapper<>(this, "selectedProbabilities");
    private final LocalizedText emptyText = new LocalizedText(this, "emptyText");
    private final NewestWins<Selection> refresh;
    private final FileExport export;
    private Evaluation evaluation;
    private ImageSet images;
    /** The test images a comparison's cell holds, which the filters then narrow; null for every mistake. */
    private int[] among;
    /** Set while {@link #showPair} changes both filters, so that they cause one refresh, not two. */
    private boolean changingFilters;

    /**
     * @param tasks where the images are selected and exports written
     */
    public GalleryViewModel(BackgroundTasks tasks) {
        refresh = tasks.newestWins();
        export = new FileExport(tasks);
        trueClass.addListener((obs, old, now) -> filtersChanged());
        predictedClass.addListener((obs, old, now) -> filtersChanged());
        sort.addListener((obs, old, now) -> filtersChanged());
        updateTexts(null);
    }

    /** What one refresh found: the images in order, and the totals the count line compares them with. */
    private record Selection(GalleryQuery query, GalleryItem[] items, int wrong, int ofClass, int among) {
    }

    /** The test images the gallery draws; set once the data is loaded. */
    public void setImages(ImageSet testImages) {
        images = testImages;
    }

    /** The test images, or null before the data is loaded. */
    public ImageSet images() {
        return images;
    }

    /** Shows what {@code latest} (the newest test-set evaluation, or null after a reset) got wrong. */
    public void setEvaluation(Evaluation latest) {
        evaluation = latest;
        if (latest == null) {
            refresh.cancel();
            items.clear();
            select(null);
            updateTexts(null);
            return;
        }
        GalleryItem current = selected.get();
        if (current != null) {
            select(GalleryItem.of(latest, current.index())); // the same image, as the newer model sees it
        }
        refreshItems(false);
    }

    /**
     * Shows the test images {@code indices} (one cell of a comparison of two models), right or wrong,
     * as {@code seenBy} classifies them; the class filters narrow them further.
     */
    public void showAmong(Evaluation seenBy, int[] indices) {
        among = indices.clone();
        select(null);
        setEvaluation(seenBy);
    }

    /** Filters to images of class {@code trueLabel} predicted as {@code predictedLabel} (a confusion-matrix cell). */
    public void showPair(int trueLabel, int predictedLabel) {
        changingFilters = true;
        try {
            trueClass.set(trueLabel);
            predictedClass.set(predictedLabel);
        } finally {
            changingFilters = false;
        }
        filtersChanged();
    }

    /** Drops both class filters: every mistake again (after a confusion cell narrowed the gallery). */
    public void showAll() {
        showPair(GalleryQuery.ANY, GalleryQuery.ANY);
    }

    /**
     * False when the evaluation shown knows predictions only (a comparison's cell: runs keep just their
     * predicted classes), so the detail can show no probabilities.
     */
    public boolean knowsProbabilities() {
        Evaluation e = evaluation;
        return e == null || e.size() == 0 || !Float.isNaN(e.probability(0, 0));
    }

    /**
     * Picks {@code item} for the detail view (null to clear). Its probabilities and the parameters
     * for its evidence maps come from the evaluation that made the gallery, never from the weights a
     * run has moved on to since: the detail explains the tile's prediction.
     */
    public void select(GalleryItem item) {
        boolean known = item != null && evaluation != null && !Float.isNaN(item.predictedProbability());
        // Parameters first: a detail redrawn on the item's change then sees the item's own weights.
        selectedParameters.set(known ? evaluation.parametersCopy() : null);
        selectedProbabilities.set(known ? evaluation.probabilities(item.index()) : null);
        selected.set(item);
    }

    /** The query the filters and order describe. */
    public GalleryQuery query() {
        return new GalleryQuery(trueClass.get(), predictedClass.get(), sort.get());
    }

    private void filtersChanged() {
        showsCorrect.set(query().showsCorrect());
        if (!changingFilters && evaluation != null) {
            refreshItems(true);
        }
    }

    /**
     * @param filtered whether the filters changed: then a picked image outside the new set is let go.
     *                 After an epoch it stays, so that one can watch the model learn it.
     */
    private void refreshItems(boolean filtered) {
        Evaluation e = evaluation;
        GalleryQuery q = query();
        int[] cell = among;
        refresh.submit(() -> select(e, q, cell), found -> {
            items.setAll(found.items());
            GalleryItem picked = selected.get();
            // The closer look is of an image the gallery shows, or of none: one kept from before a filter
            // changed looked like a member of the new set.
            if (filtered && picked != null && Arrays.stream(found.items()).noneMatch(i -> i.index() == picked.index())) {
                select(null);
            }
            updateTexts(found);
        });
    }

    /** The background half of a refresh: reads only its arguments. */
    private static Selection select(Evaluation e, GalleryQuery q, int[] cell) {
        long start = System.nanoTime();
        int[] indices = cell == null ? q.select(e) : q.selectAmong(e, cell);
        GalleryItem[] found = new GalleryItem[indices.length];
        for (int k = 0; k < indices.length; k++) {
            found[k] = GalleryItem.of(e, indices[k]);
        }
        int ofClass = 0;
        for (int i = 0; i < e.size() && q.showsCorrect(); i++) {
            ofClass += e.label(i) == q.trueClass() ? 1 : 0;
        }
        LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "gallery: %d images selected in %.1f ms", found.length,
                (System.nanoTime() - start) / 1e6));
        return new Selection(q, found, e.size() - e.correctCount(), ofClass, cell == null ? -1 : cell.length);
    }

    private void updateTexts(Selection found) {
        if (found == null) {
            countText.say("gallery.count.none");
            emptyText.say("gallery.empty.none");
            return;
        }
        GalleryQuery q = found.query();
        int shown = found.items().length;
        if (found.among() >= 0) {
            countText.say("gallery.count.among", shown, found.among());
        } else if (q.showsCorrect()) {
            // The class name too is said again in a new language.
            int ofClass = found.ofClass();
            int trueLabel = q.trueClass();
            countText.set(() -> Messages.format("gallery.count.correct", shown, ofClass, ClassNames.of(trueLabel)));
        } else {
            countText.say("gallery.count.wrong", shown, found.wrong());
        }
        if (shown == 0) {
            emptyText.say("gallery.empty.noMatch");
        } else {
            emptyText.clear();
        }
    }

    /** Says the count, the empty text and the export's message again in the language {@link Messages} speaks now. */
    public void relocalize() {
        countText.relocalize();
        emptyText.relocalize();
        export.relocalize();
    }

    /** Writes the images shown now as a PNG contact sheet to {@code target}, in the background. */
    public void exportContactSheet(Path target) {
        ImageSet source = images;
        List<ContactSheet.Tile> tiles = new ArrayList<>(items.size());
        for (GalleryItem item : items) {
            tiles.add(new ContactSheet.Tile(item.index(),
                    Messages.format("gallery.sheet.true", item.index(), ClassNames.of(item.trueClass())),
                    Messages.format("gallery.sheet.predicted", ClassNames.of(item.predictedClass()),
                            item.predictedProbability())));
        }
        String title = Messages.format("gallery.sheet.title", countText.get(),
                ClassNames.orAny(trueClass.get()), ClassNames.orAny(predictedClass.get()));
        export.run(target, file -> ImageFiles.writePng(file, ContactSheet.render(source, tiles, title)));
    }

    /** True class to show, or {@link GalleryQuery#ANY}. */
    public ObjectProperty<Integer> trueClassProperty() {
        return trueClass;
    }

    /** Predicted class to show, or {@link GalleryQuery#ANY}; equal to the true class, the correct images. */
    public ObjectProperty<Integer> predictedClassProperty() {
        return predictedClass;
    }

    /** The order of the images. */
    public ObjectProperty<GallerySort> sortProperty() {
        return sort;
    }

    /** Whether the filters ask for correctly classified images (a diagonal cell), which changes what the order means. */
    public ReadOnlyBooleanProperty showsCorrectProperty() {
        return showsCorrect.getReadOnlyProperty();
    }

    /**
     * What {@code order} is called under the current filters: the images are sorted by the probability
     * of their true class, lowest first, which for mistakes is "most confidently wrong first" and for
     * correct images "least confident first".
     */
    public String sortName(GallerySort order) {
        String key = "gallery.sort." + order.name();
        return Messages.get(showsCorrect.get() && order == GallerySort.MOST_CONFIDENTLY_WRONG ? key + ".correct" : key);
    }

    /** The images matching the filters, in order (read-only). */
    public ObservableList<GalleryItem> items() {
        return readOnlyItems;
    }

    /** "412 of 1,648 wrong", or what to do before there is an evaluation. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.property();
    }

    /** Why the gallery is empty ("train a model first", "nothing matches"), or empty when it is not. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.property();
    }

    /** The image picked for the detail view, or null. */
    public ReadOnlyObjectProperty<GalleryItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /**
     * The parameters of the model whose evaluation gave the picked image's prediction and
     * probabilities (for its evidence maps), or null when not known.
     */
    public ReadOnlyObjectProperty<float[]> selectedParametersProperty() {
        return selectedParameters.getReadOnlyProperty();
    }

    /** The ten class probabilities of the picked image, or null. */
    public ReadOnlyObjectProperty<float[]> selectedProbabilitiesProperty() {
        return selectedProbabilities.getReadOnlyProperty();
    }

    /** How the last export went. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return export.messageProperty();
    }
}
