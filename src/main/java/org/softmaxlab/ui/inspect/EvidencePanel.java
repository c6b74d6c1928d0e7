package org.softmaxlab.ui.inspect;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.softmaxlab.inspect.Evidence;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.inspect.WeightImages;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;

/**
 * "Why this prediction": the evidence maps x ⊙ W_c of two classes and their difference on one
 * diverging scale, each logit decomposed as Σ evidence + b under its map, and what the pointer is
 * over (the pixel, both weights, both contributions). For the MLP, whose logits come from its
 * hidden layer, the {@link HiddenUnitsPanel} instead: the hidden units that added most to the logits.
 */
public final class EvidencePanel {

    private static final int SCALE = 4;

    private final VBox root = new VBox(6);
    private final Label heading = new Label(Messages.get("evidence.title"));
    private final Label note = new Label();
    private final CrispImage firstMap = new CrispImage(SCALE);
    private final CrispImage secondMap = new CrispImage(SCALE);
    private final CrispImage differenceMap = new CrispImage(SCALE);
    private final Label firstSum = new Label();
    private final Label secondSum = new Label();
    private final Label differenceSum = new Label();
    private final Label hover = new Label();
    private final VBox maps;
    private final HiddenUnitsPanel hiddenUnits;
    private Evidence shown;
    /** The data's channels: 3 for colour, whose maps add a pixel's channels up. */
    private final int channels = WindowDataset.shape().channels();

    /** An empty panel; {@code idPrefix} names its nodes ("gallery-", "own-image-"). */
    public EvidencePanel(String idPrefix) {
        root.setId(idPrefix + "evidence");
        heading.getStyleClass().add(Styles.PANEL_HEADING);
        // The texts wrap to the width of the column the panel is in (the gallery's detail, Your image).
        note.setWrapText(true);
        hover.setId(idPrefix + "evidence-hover");
        hover.setWrapText(true);
        firstSum.setId(idPrefix + "evidence-first-sum");
        secondSum.setId(idPrefix + "evidence-second-sum");
        differenceSum.setId(idPrefix + "evidence-difference-sum");
        note.setId(idPrefix + "evidence-note");
        maps = new VBox(8, tile(firstMap, firstSum), tile(secondMap, secondSum), tile(differenceMap, differenceSum));
        for (CrispImage map : new CrispImage[] {firstMap, secondMap, differenceMap}) {
            ImageView view = map.view();
            view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        }
        hiddenUnits = new HiddenUnitsPanel(idPrefix);
        root.getChildren().addAll(heading, note, maps, hover, hiddenUnits.root());
        clear();
    }

    /**
     * A map with its logit decomposition under it, wrapped to the column's width: beside the map the
     * column (300 px, larger type in presentation mode) left too little room and broke the numbers.
     */
    private static VBox tile(CrispImage image, Label caption) {
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.getStyleClass().addAll(Styles.NUMERIC_CELL, Styles.EVIDENCE_SUM);
        return new VBox(2, image.view(), caption);
    }

    public Node root() {
        return root;
    }

    /** Shows nothing. */
    public void clear() {
        shown = null;
        root.setVisible(false);
        root.setManaged(false);
    }

    /**
     * Shows why {@code parameters} give {@code pixels} class {@code first} rather than {@code second}
     * ({@code secondIsTrue}: the true class; otherwise the second best): by evidence maps for softmax
     * regression, by its hidden units for an MLP.
     */
    public void show(float[] parameters, float[] pixels, int first, int second, boolean secondIsTrue) {
        root.setVisible(true);
        root.setManaged(true);
        ModelSpec model = WindowDataset.modelOf(parameters).orElseThrow(() -> new IllegalArgumentException(
                "no model for " + WindowDataset.current().classCount() + " classes has " + parameters.length
                        + " parameters"));
        boolean linear = Evidence.isLinear(model);
        for (Node linearOnly : new Node[] {note, maps, hover}) {
            linearOnly.setVisible(linear);
            linearOnly.setManaged(linear);
        }
        hiddenUnits.root().setVisible(!linear);
        hiddenUnits.root().setManaged(!linear);
        if (!linear) {
            shown = null;
            hiddenUnits.show(parameters, pixels, first, second, secondIsTrue);
            return;
        }
        Evidence e = Evidence.of(model, parameters, pixels, first, second);
        shown = e;
        // A colour image's maps add each pixel's three channels up: what the pixel as a whole gave the logit.
        float[][] maps = {Evidence.perPixel(e.map(first), channels), Evidence.perPixel(e.map(second), channels),
            Evidence.perPixel(e.difference(), channels)};
        double scale = 0;
        for (float[] m : maps) {
            for (float v : m) {
                if (Float.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
        }
        paint(firstMap, maps[0], scale);
        paint(secondMap, maps[1], scale);
        paint(differenceMap, maps[2], scale);
        String a = ClassNames.of(first);
        String b = ClassNames.of(second);
        note.setText(Messages.format(secondIsTrue ? "evidence.note.true" : "evidence.note.second", a, b,
                String.format(java.util.Locale.ROOT, "%.3g", scale))
                + (channels > 1 ? " " + Messages.get("evidence.note.colour") : ""));
        firstSum.setText(decomposition(e, first));
        secondSum.setText(decomposition(e, second));
        differenceSum.setText(Messages.format("evidence.difference", a, b,
                e.evidenceSum(first) - e.evidenceSum(second)));
        hover.setText(Messages.get("evidence.hoverHint"));
    }

    private static String decomposition(Evidence e, int c) {
        return Messages.format("evidence.sum", ClassNames.of(c), e.evidenceSum(c), (double) e.bias(c),
                (double) e.logit(c), (double) e.probability(c));
    }

    private void hover(double x, double y) {
        if (shown == null) {
            return;
        }
        int col = (int) Math.floor(x / SCALE);
        int row = (int) Math.floor(y / SCALE);
        if (col < 0 || col >= firstMap.columns() || row < 0 || row >= firstMap.rows()) {
            return;
        }
        int j = row * firstMap.columns() + col;
        Evidence e = shown;
        if (channels > 1) {
            int plane = firstMap.columns() * firstMap.rows();
            hover.setText(Messages.format("evidence.hover.colour", row, col, (double) e.pixel(j),
                    (double) e.pixel(plane + j), (double) e.pixel(2 * plane + j), ClassNames.of(e.first()),
                    e.pixelContribution(j, e.first(), channels), ClassNames.of(e.second()),
                    e.pixelContribution(j, e.second(), channels)));
            return;
        }
        hover.setText(Messages.format("evidence.hover", row, col, (double) e.pixel(j),
                ClassNames.of(e.first()), (double) e.weight(j, e.first()), e.contribution(j, e.first()),
                ClassNames.of(e.second()), (double) e.weight(j, e.second()), e.contribution(j, e.second())));
    }

    private static void paint(CrispImage image, float[] values, double scale) {
        int[] argb = new int[values.length];
        for (int j = 0; j < values.length; j++) {
            argb[j] = WeightImages.color(values[j], scale);
        }
        image.showArgb(argb);
    }
}
