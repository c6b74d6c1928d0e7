package org.softmaxlab.ui.runs;

import java.io.File;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;

/**
 * The run list under the settings: every run of the session with a tick for "draw it on the
 * charts", its colour there, its result, and an export of the ticked runs to CSV. Forwards to the
 * {@link RunsViewModel}; holds no state of its own.
 */
public final class RunsView {

    private final RunsViewModel viewModel;
    private final Parent root;

    @FXML
    private ListView<RunRow> runList;
    @FXML
    private Button export;
    @FXML
    private Label message;

    /** Loads the run list, bound to {@code viewModel}. */
    public RunsView(RunsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("runs/RunsView.fxml", this);
    }

    /** The panel node. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        runList.setItems(viewModel.rows());
        runList.setCellFactory(list -> new RunCell());
        Label empty = new Label(Messages.get("runs.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.RUNS_EMPTY);
        runList.setPlaceholder(empty);
        runList.setFocusTraversable(false);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(e -> export());
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("runs.export.title"));
        chooser.setInitialFileName("softmaxlab-runs.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.csv"), "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            // A few thousand rows: formatted and written in milliseconds, so on this thread, where the
            // runs live (they are not thread-safe).
            Path target = file.toPath();
            message.setText(viewModel.export(target));
        }
    }

    /** One run: tick, colour swatch, name, result; every setting in the tooltip. */
    private final class RunCell extends ListCell<RunRow> {

        private final CheckBox tick = new CheckBox();
        private final Region swatch = new Region();
        private final Label result = new Label();
        private final HBox box;
        private final Tooltip tooltip = new Tooltip();

        RunCell() {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            swatch.getStyleClass().add(Styles.RUN_SWATCH);
            result.getStyleClass().add(Styles.RUN_RESULT);
            box = new HBox(tick, swatch, gap, result);
            box.getStyleClass().add(Styles.RUN_ROW);
            tick.setOnAction(e -> {
                if (getItem() != null) {
                    viewModel.setSelected(getItem().runId(), tick.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(RunRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            tick.setText(row.live() ? Messages.format("runs.liveName", row.name()) : row.name());
            tick.setSelected(row.selected());
            // The live run is always drawn: its tick shows that and cannot be cleared.
            tick.setDisable(row.live());
            swatch.getStyleClass().removeIf(style -> style.startsWith("run-slot-"));
            swatch.setVisible(row.slot() >= 0);
            if (row.slot() >= 0) {
                swatch.getStyleClass().add(Styles.runSlot(row.slot()));
            }
            result.setText(row.result());
            tooltip.setText(row.details());
            setTooltip(tooltip);
            setGraphic(box);
        }
    }
}
