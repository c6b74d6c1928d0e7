package org.softmaxlab.ui.status;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** The ControlsFX status bar at the window's bottom, bound to a {@link StatusViewModel}. */
public final class StatusBarView {

    private final StatusBar bar = new StatusBar();

    /** A status bar showing {@code viewModel}'s texts and progress. */
    public StatusBarView(StatusViewModel viewModel) {
        bar.setId("status-bar");
        bar.textProperty().bind(viewModel.textProperty());
        bar.progressProperty().bind(viewModel.progressProperty());
        Label backend = label("status-backend", viewModel.backendProperty());
        // In a narrow window (the minimum size in presentation mode) the backend gives way first, its
        // tooltip saying it whole; speed, pace and time keep their width.
        backend.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(viewModel.backendProperty());
        backend.setTooltip(whole);
        bar.getRightItems().addAll(
                fixed(label("status-speed", viewModel.speedProperty())), separator(),
                fixed(label("status-time", viewModel.timeProperty())), separator(), backend);
    }

    /** The status bar node. */
    public StatusBar root() {
        return bar;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
