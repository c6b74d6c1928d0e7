package org.softmaxlab.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.softmaxlab.inspect.HiddenUnits;
import org.softmaxlab.inspect.HiddenUnits.Ranking;
import org.softmaxlab.inspect.HiddenUnits.Unit;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;

/**
 * "Why this prediction" for the MLP: the hidden units that added most to a logit, each as its filter
 * (the first-layer weights that feed it, in the Weights tab's colours) with activation × output weight
 * = contribution under it, and the decomposition of both logits (and their difference) into these
 * units + all other units + the bias. A tooltip on a unit gives its numbers for both classes.
 */
final class HiddenUnitsPanel {

    /** Screen pixels per filter pixel: eight 56-pixel filters fit three to a row of the detail column. */
    private static final int SCALE = 2;

    private final String idPrefix;
    private final VBox root = new VBox(6);
    private final Label note = new Label();
    private final ChoiceBox<Ranking> ranking = new ChoiceBox<>();
    private final TilePane tiles = new TilePane();
    private final List<Tile> tileViews = new ArrayList<>();
    private final Label firstSum = new Label();
    private final Label secondSum = new Label();
    private final Label differenceSum = new Label();
    private float[] parameters;
    private float[] pixels;
    private int first;
    private int second;
    private boolean secondIsTrue;
    private HiddenUnits shown;

    HiddenUnitsPanel(String idPrefix) {
        this.idPrefix = idPrefix;
        root.setId(idPrefix + "hidden-units");
        root.getStyleClass().add(Styles.HIDDEN_UNITS);
        note.setWrapText(true);
        note.setId(idPrefix + "hidden-units-note");
        Label rankLabel = new Label(Messages.get("hiddenUnits.rankBy"));
        rankLabel.setLabelFor(ranking);
        rankLabel.setWrapText(true);
        ranking.setId(idPrefix + "hidden-units-ranking");
        ranking.getItems().setAll(Ranking.values());
        ranking.setValue(Ranking.FIRST);
        ranking.setConverter(converter());
        ranking.valueProperty().addListener((obs, old, now) -> refresh());
        // Label above choice: beside it, the choice would be squeezed to "Snea…" in the detail column.
        VBox rankRow = new VBox(2, rankLabel, ranking);
        rankRow.getStyleClass().add(Styles.HIDDEN_UNITS_RANK_ROW);
        tiles.setId(idPrefix + "hidden-units-tiles");
        tiles.getStyleClass().add(Styles.HIDDEN_UNITS_TILES);
        tiles.setPrefColumns(3);
        firstSum.setId(idPrefix + "hidden-units-first-sum");
        secondSum.setId(idPrefix + "hidden-units-second-sum");
        differenceSum.setId(idPrefix + "hidden-units-difference-sum");
        for (Label sum : new Label[] {firstSum, secondSum, differenceSum}) {
            sum.setWrapText(true);
            sum.getStyleClass().add(Styles.HIDDEN_UNITS_SUM);
        }
        root.getChildren().addAll(note, rankRow, tiles, firstSum, secondSum, differenceSum);
    }

    Node root() {
        return root;
    }

    /** What is shown, for tests and the hover: null before the first {@link #show}. */
    HiddenUnits shown() {
        return shown;
    }

    /** Explains why the MLP {@code parameters} give {@code pixels} class {@code first} over {@code second}. */
    void show(float[] parameters, float[] pixels, int first, int second, boolean secondIsTrue) {
        this.parameters = parameters;
        this.pixels = pixels.clone();
        this.first = first;
        this.second = second;
        this.secondIsTrue = secondIsTrue;
        // The choice names the classes: a new converter makes the box say them again.
        ranking.setConverter(converter());
        refresh();
    }

    private void refresh() {
        if (parameters == null) {
            return;
        }
        HiddenUnits units = HiddenUnits.of(WindowDataset.modelOf(parameters).orElseThrow(), parameters, pixels, first, second, ranking.getValue(),
                HiddenUnits.DEFAULT_TOP);
        shown = units;
        String a = ClassNames.of(first);
        String b = ClassNames.of(second);
        note.setText(Messages.format("hiddenUnits.note", units.activeCount(), units.hidden(), units.filterScale()));
        List<Unit> top = units.top();
        while (tileViews.size() < top.size()) {
            Tile tile = new Tile(idPrefix + "hidden-unit-" + tileViews.size());
            tileViews.add(tile);
        }
        tiles.getChildren().setAll(tileViews.subList(0, top.size()).stream().map(t -> t.root).toList());
        for (int r = 0; r < top.size(); r++) {
            tileViews.get(r).show(units, top.get(r), a, b);
        }
        int k = top.size();
        firstSum.setText(sum(units, first, k));
        secondSum.setText(sum(units, second, k));
        differenceSum.setText(Messages.format("hiddenUnits.difference", a, b, k,
                units.topSum(first) - units.topSum(second), units.restCount(),
                units.restSum(first) - units.restSum(second), (double) units.bias(first) - units.bias(second),
                (double) units.logit(first) - units.logit(second)));
    }

    private static String sum(HiddenUnits units, int c, int k) {
        return Messages.format("hiddenUnits.sum", ClassNames.of(c), k, units.topSum(c), units.restCount(),
                units.restSum(c), (double) units.bias(c), (double) units.logit(c), (double) units.probability(c));
    }

    private StringConverter<Ranking> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Ranking value) {
                return value == null ? "" : rankingName(value);
            }

            @Override
            public Ranking fromString(String text) {
                throw new UnsupportedOperationException("the ranking is chosen, not typed");
            }
        };
    }

    private String rankingName(Ranking value) {
        String a = ClassNames.of(first);
        String b = ClassNames.of(second);
        return switch (value) {
            case FIRST -> Messages.format("hiddenUnits.ranking.first", a);
            case SECOND -> Messages.format(secondIsTrue ? "hiddenUnits.ranking.true" : "hiddenUnits.ranking.second", b);
            case DIFFERENCE -> Messages.format("hiddenUnits.ranking.difference", a, b);
        };
    }

    /** One unit: its filter, its number, and activation × weight = contribution for the ranked quantity. */
    private static final class Tile {
        private final CrispImage filter = new CrispImage(SCALE);
        private final Label index = new Label();
        private final Label product = new Label();
        private final Label contribution = new Label();
        private final Tooltip tooltip = new Tooltip();
        private final VBox root = new VBox(1, filter.view(), index, product, contribution);

        Tile(String id) {
            root.setId(id);
            root.getStyleClass().add(Styles.HIDDEN_UNIT_TILE);
            index.getStyleClass().add(Styles.HIDDEN_UNIT_INDEX);
            product.setId(id + "-product");
            contribution.setId(id + "-contribution");
            for (Label l : new Label[] {product, contribution}) {
                l.getStyleClass().addAll(Styles.NUMERIC_CELL, Styles.HIDDEN_UNIT_NUMBER);
                l.setMinWidth(Label.USE_PREF_SIZE);
            }
            tooltip.setShowDelay(Duration.millis(200));
            tooltip.setShowDuration(Duration.INDEFINITE);
            Tooltip.install(root, tooltip);
        }

        void show(HiddenUnits units, Unit u, String a, String b) {
            filter.showArgb(units.filter(u.index(), WindowDataset.shape().channels()));
            index.setText(Messages.format("hiddenUnits.unit", u.index()));
            double weight = switch (units.ranking()) {
                case FIRST -> u.firstWeight();
                case SECOND -> u.secondWeight();
                case DIFFERENCE -> (double) u.firstWeight() - u.secondWeight();
            };
            double value = switch (units.ranking()) {
                case FIRST -> u.firstContribution();
                case SECOND -> u.secondContribution();
                case DIFFERENCE -> u.difference();
            };
            product.setText(Messages.format("hiddenUnits.product", (double) u.activation(), weight));
            contribution.setText(Messages.format("hiddenUnits.contribution", value));
            tooltip.setText(Messages.format("hiddenUnits.tooltip", u.index(), (double) u.activation(),
                    a, (double) u.firstWeight(), u.firstContribution(),
                    b, (double) u.secondWeight(), u.secondContribution(), u.difference()));
        }
    }
}
