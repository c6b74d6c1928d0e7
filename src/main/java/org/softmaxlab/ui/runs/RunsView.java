package org.softmaxlab.ui.runs;

import java.io.File;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
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
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.WindowDialogs;

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
    private Button rename;
    @FXML
    private Button remove;
    @FXML
    private Button clear;
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
        bindRunButtons();
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(e -> export());
        message.managedProperty().bind(message.visibleProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
    }

    private void bindRunButtons() {
        Runnable update = () -> {
            RunRow picked = runList.getSelectionModel().getSelectedItem();
            rename.setDisable(picked == null);
            remove.setDisable(picked == null || !viewModel.canRemove(picked.runId()));
            clear.setDisable(viewModel.clearableCount() == 0);
        };
        runList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> update.run());
        // Weakly, through the list's node: the rows outlive this view, which a language switch replaces.
        ViewListeners.of(runList).onListChange(viewModel.rows(), (ListChangeListener<RunRow>) c -> update.run());
        update.run();
        rename.setOnAction(e -> picked().ifPresent(this::rename));
        remove.setOnAction(e -> picked().ifPresent(row -> viewModel.remove(row.runId())));
        clear.setOnAction(e -> clear());
    }

    private java.util.Optional<RunRow> picked() {
        return java.util.Optional.ofNullable(runList.getSelectionModel().getSelectedItem());
    }

    private void rename(RunRow row) {
        TextInputDialog dialog = new TextInputDialog(row.name());
        WindowDialogs.dress(dialog, root, "rename-dialog");
        dialog.setTitle(Messages.get("runs.rename.title"));
        dialog.setHeaderText(Messages.format("runs.rename.header", row.name()));
        dialog.setContentText(Messages.get("runs.rename.label"));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get("runs.rename.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("reset.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getEditor().setId("rename-field");
        dialog.setOnHidden(e -> {
            String name = dialog.getResult();
            if (name != null) {
                viewModel.rename(row.runId(), name);
            }
        });
        dialog.show();
    }

    /** Every run but the live one goes, after a yes: their curves are not kept anywhere else. */
    private void clear() {
        int count = viewModel.clearableCount();
        if (count == 0) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("runs.clear.detail", count));
        ButtonType yes = new ButtonType(Messages.format("runs.clear.confirm", count), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("reset.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        WindowDialogs.dress(alert, root, "clear-dialog");
        alert.setTitle(Messages.get("runs.clear.title"));
        alert.setHeaderText(Messages.format("runs.clear.header", count));
        ((Button) alert.getDialogPane().lookupButton(yes)).setId("clear-dialog-confirm");
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                viewModel.clearAllButLive();
            }
        });
        alert.show();
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
            // The whole name shows, wrapped onto more lines, however narrow the column: a cell as wide
            // as the list (never wider, so no horizontal scrolling), the name taking what is left.
            tick.setWrapText(true);
            tick.setMinWidth(0);
            tick.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(tick, Priority.SOMETIMES);
            result.setMinWidth(Region.USE_PREF_SIZE);
            setPrefWidth(0);
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
