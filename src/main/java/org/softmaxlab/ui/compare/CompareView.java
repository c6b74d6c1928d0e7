package org.softmaxlab.ui.compare;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.inspect.RunComparison.Cell;
import org.softmaxlab.ui.compare.CompareViewModel.FileState;
import org.softmaxlab.ui.compare.CompareViewModel.Side;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.gallery.GalleryView;
import org.softmaxlab.ui.inspect.ClassNames;

/**
 * The Compare tab: runs A and B on top, the 2×2 table and the per-class gains on the left, and the
 * picked cell's images in the Mistakes tab's own gallery (its filters, tiles and detail) in the middle.
 */
public final class CompareView {

    private static final String PICKED = "compare-cell-picked";
    private static final String FILE_PROBLEM = "compare-file-problem";
    /** The embedded gallery's node ids: the Mistakes tab's gallery has "gallery-…" in the same scene. */
    public static final String GALLERY_ID_PREFIX = "compare-gallery-";

    private final CompareViewModel viewModel;
    private final Function<Window, Optional<Path>> chooseModelFile;
    /** The narrowest a run choice gets: enough for "Run 12…". */
    private static final double MIN_CHOICE_WIDTH = 120;

    private final DoubleProperty tabWidth = new SimpleDoubleProperty();
    private final Parent root;
    private final Map<Cell, Button> cells = new EnumMap<>(Cell.class);

    @FXML
    private BorderPane pane;
    @FXML
    private BorderPane columns;
    @FXML
    private FlowPane toolbar;
    @FXML
    private ChoiceBox<Contender> a;
    @FXML
    private ChoiceBox<Contender> b;
    @FXML
    private Button aFile;
    @FXML
    private Button bFile;
    @FXML
    private HBox fileStatus;
    @FXML
    private ProgressIndicator fileProgress;
    @FXML
    private Label fileMessage;
    @FXML
    private Button fileDismiss;
    @FXML
    private Label empty;
    @FXML
    private Label otherDatasets;
    @FXML
    private GridPane table;
    @FXML
    private Button bothRight;
    @FXML
    private Button onlyARight;
    @FXML
    private Button onlyBRight;
    @FXML
    private Button bothWrong;
    @FXML
    private Label accuracies;
    @FXML
    private Label captions;
    @FXML
    private GridPane perClass;

    /**
     * @param viewModel       the comparison
     * @param chooseModelFile asks for a model file to compare (a file dialog over the given window)
     */
    public CompareView(CompareViewModel viewModel, Function<Window, Optional<Path>> chooseModelFile) {
        this.viewModel = viewModel;
        this.chooseModelFile = chooseModelFile;
        this.root = Resources.loadFxml("compare/CompareView.fxml", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        setUpRunChoice(a);
        a.valueProperty().bindBidirectional(viewModel.aProperty());
        setUpRunChoice(b);
        b.valueProperty().bindBidirectional(viewModel.bProperty());
        followTabWidth();
        for (ChoiceBox<Contender> choice : List.of(a, b)) {
            fitInToolbar(choice);
        }
        setUpFileButton(aFile, Side.A);
        setUpFileButton(bFile, Side.B);
        fileProgress.visibleProperty().bind(viewModel.fileStateProperty().isEqualTo(FileState.EVALUATING));
        fileProgress.managedProperty().bind(fileProgress.visibleProperty());
        fileDismiss.visibleProperty().bind(viewModel.fileStateProperty().isEqualTo(FileState.FAILED));
        fileDismiss.managedProperty().bind(fileDismiss.visibleProperty());
        fileDismiss.setOnAction(e -> viewModel.dismissFileMessage());
        fileMessage.textProperty().bind(viewModel.fileMessageProperty());
        fileStatus.visibleProperty().bind(viewModel.fileStateProperty().isNotEqualTo(FileState.NONE));
        fileStatus.managedProperty().bind(fileStatus.visibleProperty());
        if (viewModel.fileStateProperty().get() == FileState.FAILED) {
            fileMessage.getStyleClass().add(FILE_PROBLEM); // a view rebuilt on a language switch
        }
        ViewListeners.of(pane).onChange(viewModel.fileStateProperty(), (obs, old, now) -> {
            fileMessage.getStyleClass().remove(FILE_PROBLEM);
            if (now == FileState.FAILED) {
                fileMessage.getStyleClass().add(FILE_PROBLEM);
            }
        });
        otherDatasets.textProperty().bind(viewModel.otherDatasetsProperty());
        otherDatasets.visibleProperty().bind(viewModel.otherDatasetsProperty().isNotEmpty());
        otherDatasets.managedProperty().bind(otherDatasets.visibleProperty());
        cells.put(Cell.BOTH_RIGHT, bothRight);
        cells.put(Cell.ONLY_A_RIGHT, onlyARight);
        cells.put(Cell.ONLY_B_RIGHT, onlyBRight);
        cells.put(Cell.BOTH_WRONG, bothWrong);
        cells.forEach((cell, button) -> button.setOnAction(e -> viewModel.showCell(cell)));
        columns.setCenter(new GalleryView(viewModel.gallery(), GALLERY_ID_PREFIX).root());
        ViewListeners listeners = ViewListeners.of(pane);
        listeners.onChange(viewModel.comparisonProperty(), (obs, old, now) -> show());
        listeners.onChange(viewModel.cellProperty(), (obs, old, now) -> show());
        show();
    }

    private void setUpFileButton(Button button, Side side) {
        button.setTooltip(new Tooltip(Messages.get("compare.file.tooltip")));
        button.disableProperty().bind(viewModel.canOpenFilesProperty().not());
        button.setOnAction(e -> chooseModelFile.apply(root.getScene().getWindow())
                .ifPresent(file -> viewModel.openModelFile(file, side)));
    }

    /**
     * A long run label ("运行 2：学习率 0.03，批量大小 128，…" in presentation mode) shortens with "…" inside the
     * window, its whole text in the tooltip, instead of running past the window's right edge.
     */
    private void fitInToolbar(ChoiceBox<Contender> choice) {
        HBox row = (HBox) choice.getParent();
        // Held to the width the tab gives (not the toolbar's own: a FlowPane is as wide as its widest row, so the
        // two would hold each other up), less the choice's label and file button.
        choice.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double beside = row.getInsets().getLeft() + row.getInsets().getRight()
                    + row.getSpacing() * (row.getChildren().size() - 1) + pane.getInsets().getLeft()
                    + pane.getInsets().getRight() + toolbar.getInsets().getLeft() + toolbar.getInsets().getRight();
            for (Node other : row.getChildren()) {
                beside += other == choice ? 0 : other.prefWidth(-1);
            }
            double room = tabWidth.get() - beside;
            return tabWidth.get() > 0 ? Math.max(MIN_CHOICE_WIDTH, room) : Double.MAX_VALUE;
        }, tabWidth, row.spacingProperty(), row.insetsProperty()));
        choice.setMinWidth(MIN_CHOICE_WIDTH);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(
                () -> choice.getValue() == null ? "" : viewModel.name(choice.getValue()), choice.valueProperty()));
        choice.setTooltip(whole);
    }

    /** Follows the width of what holds this view (the tab's content area); 0 until it is in one. */
    private void followTabWidth() {
        ChangeListener<Bounds> onBounds =
                (obs, old, now) -> tabWidth.set(now.getWidth());
        pane.parentProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.layoutBoundsProperty().removeListener(onBounds);
            }
            if (now != null) {
                now.layoutBoundsProperty().addListener(onBounds);
                tabWidth.set(now.getLayoutBounds().getWidth());
            }
        });
    }

    private void setUpRunChoice(ChoiceBox<Contender> choice) {
        // A ChoiceBox listens to its items strongly: given the view-model's list, it would keep this
        // view alive after a language switch replaced it. It gets a copy that follows that list weakly.
        choice.setItems(ViewListeners.of(pane).copyOf(viewModel.choices()));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Contender run) {
                return viewModel.name(run);
            }

            @Override
            public Contender fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        });
    }

    private void show() {
        RunComparison c = viewModel.comparisonProperty().get();
        boolean shown = c != null;
        empty.setText(shown ? "" : Messages.get("compare.none"));
        empty.setVisible(!shown);
        empty.setManaged(!shown);
        table.setDisable(!shown);
        cells.forEach((cell, button) -> {
            button.setText(Messages.format("compare.cell." + cell.name(), shown ? c.count(cell) : 0));
            button.getStyleClass().remove(PICKED);
            if (cell == viewModel.cellProperty().get()) {
                button.getStyleClass().add(PICKED);
            }
        });
        accuracies.setText(shown ? Messages.format("compare.accuracies", c.accuracyA(), c.accuracyB()) : "");
        captions.setText(shown ? Messages.get("compare.captions." + CompareViewModel.captionedBy(viewModel.cellProperty().get()))
                : "");
        perClass.getChildren().clear();
        if (!shown) {
            return;
        }
        perClass.addRow(0, new Label(""), new Label(Messages.get("compare.columnA")), new Label(Messages.get("compare.columnB")), new Label(Messages.get("compare.gain")));
        for (int cls = 0; cls < ClassNames.count(); cls++) {
            double gain = c.classGain(cls);
            Label change = new Label(Messages.format("compare.gain.value", gain));
            change.setId("compare-gain-" + cls);
            if (gain != 0) {
                change.getStyleClass().add(gain > 0 ? Styles.TILE_RIGHT : Styles.TILE_WRONG);
            }
            perClass.addRow(cls + 1, new Label(ClassNames.of(cls)),
                    new Label(Messages.format("compare.percent", c.classAccuracyA(cls))),
                    new Label(Messages.format("compare.percent", c.classAccuracyB(cls))), change);
        }
    }
}
