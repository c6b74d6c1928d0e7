package org.softmaxlab.ui.status;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
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
        bar.getRightItems().addAll(
                label("status-speed", viewModel.speedProperty()), separator(),
                label("status-time", viewModel.timeProperty()), separator(),
                label("status-backend", viewModel.backendProperty()));
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

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
