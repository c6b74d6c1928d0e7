package org.softmaxlab.ui.draw;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;
import javafx.stage.DirectoryChooser;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.CrispImage;

/**
 * The drawing pad: the classes on the left (with how many drawings each has), the pad with what
 * the model will see beside it, the drawings of the class being drawn below (each with a button
 * that deletes it), and saving at the bottom. Keys: Enter adds the drawing, Esc clears the pad,
 * Ctrl+Z undoes (while no text field has the keyboard).
 */
public final class DrawingPadView {

    /** The pad's side in screen pixels. */
    public static final double PAD_SIDE = 320;

    private final DrawingPadViewModel viewModel;
    private final Parent root;
    private final PadCanvas pad = new PadCanvas(PAD_SIDE);
    private final CrispImage preview = new CrispImage(4);

    @FXML
    private javafx.scene.layout.BorderPane pane;
    @FXML
    private ListView<DrawnClass> classList;
    @FXML
    private TextField newClass;
    @FXML
    private Button addClass;
    @FXML
    private Button removeClass;
    @FXML
    private StackPane padHolder;
    @FXML
    private StackPane previewHolder;
    @FXML
    private Button add;
    @FXML
    private Button clear;
    @FXML
    private Button undo;
    @FXML
    private Label message;
    @FXML
    private javafx.scene.layout.HBox replaceRow;
    @FXML
    private Button replace;
    @FXML
    private Button keep;
    @FXML
    private Label examplesHeading;
    @FXML
    private FlowPane examples;
    @FXML
    private TextField setName;
    @FXML
    private Label folder;
    @FXML
    private Button chooseFolder;
    @FXML
    private Button save;
    @FXML
    private Button train;

    /** Loads the pad and binds it to {@code viewModel} (whose pad must be {@link #PAD_SIDE} square). */
    public DrawingPadView(DrawingPadViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("draw/DrawingPadView.fxml", this);
    }

    /** The pad's node. */
    public Parent root() {
        return root;
    }

    /** The surface drawn on, for tests that draw with the mouse. */
    public javafx.scene.Node padNode() {
        return pad.canvas();
    }

    @FXML
    private void initialize() {
        padHolder.getChildren().add(pad.canvas());
        previewHolder.getChildren().add(preview.view());
        pad.setOnStroke(viewModel::addStroke);
        classList.setCellFactory(list -> new ClassCell());
        classList.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                viewModel.select(now.intValue());
            }
        });
        newClass.setOnAction(e -> addClassFromField());
        addClass.setOnAction(e -> addClassFromField());
        removeClass.setOnAction(e -> {
            int at = viewModel.stateProperty().get().selected();
            if (at >= 0) {
                viewModel.removeClass(at);
            }
        });
        add.setOnAction(e -> viewModel.addDrawing());
        clear.setOnAction(e -> viewModel.clearPad());
        undo.setOnAction(e -> viewModel.undo());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        save.setOnAction(e -> viewModel.save());
        train.setOnAction(e -> viewModel.saveAndTrain());
        save.disableProperty().bind(viewModel.savingProperty());
        train.disableProperty().bind(viewModel.savingProperty());
        chooseFolder.setOnAction(e -> chooseFolder());
        // Asked in the pad, beside the message, not in a dialog: the drawings stay in view while deciding.
        replace.setOnAction(e -> viewModel.replace());
        keep.setOnAction(e -> viewModel.keep());
        replaceRow.visibleProperty().bind(viewModel.replaceQuestionProperty().isNotNull());
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());
        setName.textProperty().bindBidirectional(viewModel.nameProperty());
        message.textProperty().bind(viewModel.messageProperty());
        pane.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        ViewListeners listeners = ViewListeners.of(padHolder);
        listeners.onChange(viewModel.stateProperty(), (obs, old, now) -> showState(now));
        listeners.onChange(viewModel.previewProperty(), (obs, old, now) -> showPreview(now));
        listeners.onChange(viewModel.failedProperty(), (obs, old, now) -> showFailure(now));
        listeners.onChange(viewModel.parentFolderProperty(), (obs, old, now) -> showFolder());
        listeners.onChange(viewModel.nameProperty(), (obs, old, now) -> showFolder());
        showState(viewModel.stateProperty().get());
        showPreview(viewModel.previewProperty().get());
        showFailure(viewModel.failedProperty().get());
        showFolder();
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextField) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            viewModel.addDrawing();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            viewModel.clearPad();
            e.consume();
        } else if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            viewModel.undo();
            e.consume();
        }
    }

    private void addClassFromField() {
        if (viewModel.addClass(newClass.getText())) {
            newClass.clear();
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("draw.chooseFolderTitle"));
        File current = viewModel.parentFolderProperty().get().toFile();
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(pane.getScene().getWindow());
        if (chosen != null) {
            viewModel.parentFolderProperty().set(chosen.toPath());
        }
    }

    private void showState(PadState state) {
        pad.show(state.pad());
        classList.getItems().setAll(state.classes());
        if (state.selected() >= 0) {
            classList.getSelectionModel().select(state.selected());
        }
        removeClass.setDisable(state.selected() < 0);
        DrawnClass current = state.selectedClass();
        examples.getChildren().clear();
        if (current == null) {
            examplesHeading.setText("");
            return;
        }
        examplesHeading.setText(Messages.format("draw.examples", current.name(), current.examples().size()));
        for (int i = 0; i < current.examples().size(); i++) {
            examples.getChildren().add(thumbnail(state.selected(), i, current.examples().get(i)));
        }
    }

    private StackPane thumbnail(int classIndex, int index, DrawnExample example) {
        CrispImage image = new CrispImage(2);
        image.showInput(example.pixels());
        Button delete = new Button(Messages.get("draw.deleteMark"));
        delete.getStyleClass().add("draw-delete");
        delete.setId("draw-delete-" + index);
        delete.setTooltip(new Tooltip(Messages.get("draw.delete")));
        delete.setOnAction(e -> viewModel.deleteDrawing(classIndex, index));
        StackPane tile = new StackPane(image.view(), delete);
        StackPane.setAlignment(delete, Pos.TOP_RIGHT);
        tile.getStyleClass().add("draw-example");
        return tile;
    }

    private void showPreview(float[] pixels) {
        if (pixels == null) {
            preview.clear();
        } else {
            preview.showInput(pixels);
        }
    }

    private void showFailure(boolean failure) {
        message.getStyleClass().remove(Styles.MESSAGE_ERROR);
        if (failure) {
            message.getStyleClass().add(Styles.MESSAGE_ERROR);
        }
    }

    private void showFolder() {
        String where = Messages.format("draw.folder", viewModel.target().toString());
        folder.setText(where);
        // The label cuts a long path short from the left; the whole of it is one hover away.
        folder.setTooltip(new Tooltip(where));
    }

    /** "circle (15)": the name and how many drawings it has. */
    private static final class ClassCell extends ListCell<DrawnClass> {
        @Override
        protected void updateItem(DrawnClass item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.format("draw.classRow", item.name(), item.examples().size()));
        }
    }
}
