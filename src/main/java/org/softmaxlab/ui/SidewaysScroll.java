package org.softmaxlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;

/**
 * A scroll pane for one wide part of a tall view (a table of numbers): only that part scrolls
 * sideways in a narrow window, so the texts around it can wrap to the width that is seen, while
 * the view itself scrolls up and down as a whole.
 */
public final class SidewaysScroll {

    /** The style class of such a pane: no frame, no background of its own. */
    public static final String STYLE_CLASS = "sideways-scroll";

    private SidewaysScroll() {
    }

    /** A sideways-only scroll pane around {@code content}. */
    public static ScrollPane around(Node content) {
        ScrollPane pane = new ScrollPane(content);
        fit(pane);
        return pane;
    }

    /**
     * Makes {@code pane} scroll only sideways, as tall as its content plus the scroll bar while that
     * shows. A ScrollPane asks only for its content's height, so its bar would cover the last line.
     */
    public static void fit(ScrollPane pane) {
        if (!pane.getStyleClass().contains(STYLE_CLASS)) {
            pane.getStyleClass().add(STYLE_CLASS);
        }
        pane.setFitToWidth(true); // as wide as the view where there is room; scrolls only where there is not
        pane.setVbarPolicy(ScrollBarPolicy.NEVER);
        pane.setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        pane.skinProperty().addListener((obs, old, skin) -> fitHeight(pane));
        fitHeight(pane);
    }

    private static void fitHeight(ScrollPane pane) {
        Node content = pane.getContent();
        ScrollBar bar = pane.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
                .map(ScrollBar.class::cast)
                .findFirst().orElse(null);
        if (content == null || bar == null) {
            return; // no skin yet: called again when it comes
        }
        DoubleBinding height = Bindings.createDoubleBinding(
                () -> content.prefHeight(-1) + (bar.isVisible() ? bar.getHeight() : 0)
                        + pane.snappedTopInset() + pane.snappedBottomInset(),
                content.layoutBoundsProperty(), bar.visibleProperty(), bar.heightProperty());
        pane.minHeightProperty().bind(height);
        pane.prefHeightProperty().bind(height);
    }
}
