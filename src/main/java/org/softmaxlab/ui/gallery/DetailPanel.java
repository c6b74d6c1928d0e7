package org.softmaxlab.ui.gallery;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.CrispImage;
import org.softmaxlab.ui.inspect.EvidencePanel;
import org.softmaxlab.ui.inspect.ProbabilityBars;

/**
 * The closer look at the picked image, beside the gallery: the image large, its true and predicted
 * class, and its class probabilities as bars (the ten most probable of a larger data set). Follows the newest evaluation while training goes on.
 */
final class DetailPanel {

    /** Screen pixels per image pixel. */
    static final int SCALE = 8;

    private final GalleryViewModel viewModel;
    private final CrispImage image = new CrispImage(SCALE);
    private final Label hint = new Label(Messages.get("gallery.detail.hint"));
    private final Label title = new Label();
    private final Label truth = new Label();
    private final Label predicted = new Label();
    private final ProbabilityBars bars;
    private final EvidencePanel evidence;
    private final VBox content;
    private final VBox column;
    /**
     * The column scrolls: image, bars and evidence maps are taller than the tab at the minimum window
     * size, and a column that does not scroll squeezes its texts to one elided line and cuts the maps.
     */
    private final ScrollPane root;

    /** The panel for {@code viewModel}'s picked image, its nodes named "{@code idPrefix}detail…". */
    DetailPanel(GalleryViewModel viewModel, String idPrefix) {
        this.viewModel = viewModel;
        bars = new ProbabilityBars(idPrefix + "probability-");
        evidence = new EvidencePanel(idPrefix);
        content = new VBox(title, image.view(), truth, predicted, bars.root(), evidence.root());
        column = new VBox(hint, content);
        root = new ScrollPane(column);
        root.setId(idPrefix + "detail");
        root.getStyleClass().add(Styles.DETAIL_SCROLL);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        column.getStyleClass().add(Styles.DETAIL_PANEL);
        title.getStyleClass().add(Styles.PANEL_HEADING);
        hint.setWrapText(true);
        predicted.setId(idPrefix + "detail-predicted");
        // Held by the panel's nodes: a view replaced on a language switch stops following the view-model.
        ViewListeners listeners = ViewListeners.of(column);
        listeners.onChange(viewModel.selectedProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.selectedProbabilitiesProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.selectedParametersProperty(), (obs, old, now) -> update());
        // A new evaluation may know predictions only: the hint says what a click shows.
        listeners.onChange(Bindings.size(viewModel.items()), (obs, old, now) -> update());
        update();
    }

    Node root() {
        return root;
    }

    private void update() {
        GalleryItem item = viewModel.selectedProperty().get();
        float[] probabilities = viewModel.selectedProbabilitiesProperty().get();
        ImageSet images = viewModel.images();
        boolean shown = item != null && images != null;
        // A comparison's cell knows each model's predicted class only: the image, its class and the
        // prediction, without the bars and the evidence (they need the probabilities and weights).
        boolean known = shown && probabilities != null;
        hint.setText(Messages.get(viewModel.knowsProbabilities() ? "gallery.detail.hint" : "gallery.detail.hintNoProbabilities"));
        hint.setVisible(!shown);
        hint.setManaged(!shown);
        content.setVisible(shown);
        content.setManaged(shown);
        bars.root().setVisible(known);
        bars.root().setManaged(known);
        evidence.root().setVisible(known);
        evidence.root().setManaged(known);
        if (!known) {
            bars.clear();
        }
        if (!shown) {
            return;
        }
        image.show(images, item.index());
        title.setText(Messages.format("gallery.detail.title", item.index()));
        truth.setText(Messages.format("gallery.detail.true", ClassNames.of(item.trueClass())));
        if (!known) {
            predicted.setText(Messages.format("gallery.detail.predictedOnly", ClassNames.of(item.predictedClass())));
            evidence.clear();
            return;
        }
        predicted.setText(Messages.format("gallery.detail.predicted", ClassNames.of(item.predictedClass()),
                item.predictedProbability()));
        bars.show(probabilities, item.trueClass(), item.predictedClass());
        float[] weights = viewModel.selectedParametersProperty().get();
        if (weights == null) {
            evidence.clear();
        } else {
            float[] pixels = images.scaledRow(item.index());
            int against = org.softmaxlab.inspect.Evidence.against(WindowDataset.modelOf(weights).orElseThrow(), weights,
                    pixels, item.predictedClass(), item.trueClass());
            evidence.show(weights, pixels, item.predictedClass(), against, against == item.trueClass());
        }
    }
}
